// Why a file cannot be read, in words a user can act on. Transport-neutral: the route maps the code
// to its status through the one table (lib/http/error-statuses.ts); the browser shows the message.
import { AppError, type AppErrorCode } from "@/lib/errors/app-error";
import { MAX_FILE_BYTES } from "./limits";

/** `too_large`: over a documented limit; `wrong_type`: not an .xlsx; `not_rvtools`: a sheet or column is missing. */
export type InventoryProblem = "too_large" | "wrong_type" | "not_rvtools";

const CODES: Record<InventoryProblem, AppErrorCode> = {
  too_large: "payload_too_large",
  wrong_type: "unsupported_media_type",
  not_rvtools: "invalid_input",
};

export class InventoryError extends AppError {
  constructor(
    readonly problem: InventoryProblem,
    message: string,
  ) {
    super(CODES[problem], message, { fields: [{ field: "file", message }] });
    this.name = "InventoryError";
  }
}

/** A file over MAX_FILE_BYTES, said the same wherever it is found (the browser, the body, the reader). */
export function fileTooLarge(): InventoryError {
  return new InventoryError(
    "too_large",
    `The file is larger than the ${MAX_FILE_BYTES / 1024 / 1024} MiB limit: export only the vInfo, vHost, vDisk and vPartition tabs.`,
  );
}
