// POST /api/v1/inventory's handler: an RVTools export in (multipart field `file`, or the raw body
// with the xlsx content type), the estate read from it out. Nothing is stored and nothing from the
// file but counts and cluster names is answered. Reading is CPU work on the main thread, so the
// process takes few imports at once (./import-gate.ts) and reads them one after another.
import "server-only";
import { AppError, PayloadTooLargeError } from "@/lib/errors/app-error";
import { withApiErrors } from "@/lib/http/handler";
import { readLimitedBytes } from "@/lib/http/read-bytes";
import { withImportSlot } from "./import-gate";
import { fileTooLarge, InventoryError } from "./inventory-error";
import { MAX_FILE_BYTES, XLSX_TYPE } from "./limits";
import { readInventory } from "./read-inventory";

/** A form's boundaries and part headers around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export const inventoryHandler = withApiErrors(async (request: Request) =>
  withImportSlot(async (readOneAtATime) => {
    const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    let bytes: Uint8Array;
    if (type === XLSX_TYPE) {
      bytes = await readFile(request, MAX_FILE_BYTES);
    } else if (type === "multipart/form-data") {
      bytes = await fileFromForm(request);
    } else {
      throw new InventoryError(
        "wrong_type",
        `Send the RVTools export as multipart/form-data (field "file") or as the raw body with Content-Type: ${XLSX_TYPE}.`,
      );
    }
    const reading = await readOneAtATime(() => readInventory(bytes));
    return Response.json(reading, { headers: { "Cache-Control": "no-store" } });
  }),
);

async function fileFromForm(request: Request): Promise<Uint8Array> {
  const body = await readFile(request, MAX_FILE_BYTES + MULTIPART_OVERHEAD_BYTES);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": request.headers.get("content-type")! } }).formData();
  } catch {
    throw new AppError("invalid_input", "The form data could not be read (is its boundary right?).", {
      fields: [{ field: "file", message: "is missing: the form data could not be read" }],
    });
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) {
    throw new AppError("invalid_input", 'The form has no file in the field "file".', {
      fields: [{ field: "file", message: 'is missing: attach the RVTools export as the form field "file"' }],
    });
  }
  if (file.size > MAX_FILE_BYTES) throw fileTooLarge();
  return new Uint8Array(await file.arrayBuffer());
}

/** The body, refused as the file's fault (naming `file`) when over the limit. */
async function readFile(request: Request, limitBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return await readLimitedBytes(request, limitBytes);
  } catch (error) {
    throw error instanceof PayloadTooLargeError ? fileTooLarge() : error;
  }
}
