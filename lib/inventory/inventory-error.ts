// Why a file cannot be read, in words a user can act on. Transport-neutral: the route maps the code
// to its status through the one table (lib/http/error-statuses.ts); the browser shows the message.
import { AppError, type AppErrorCode } from "@/lib/errors/app-error";

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
