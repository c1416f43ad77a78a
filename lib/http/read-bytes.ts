// Reads a request body with a hard size limit, counting bytes as they arrive so an oversized body
// is refused (413) without being buffered whole; a declared Content-Length over it is refused at once.
import { AppError, PayloadTooLargeError } from "@/lib/errors/app-error";

export async function readLimitedBytes(request: Request, limitBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limitBytes) throw new PayloadTooLargeError(limitBytes);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      // The client hung up mid-body: its own doing, not the database's nor ours (no one is left to
      // read the answer, but it must not be logged or counted as a server error).
      throw new AppError("incomplete_body", "The request body was cut off before it was complete.");
    }
    const { done, value } = chunk;
    if (done) break;
    received += value.byteLength;
    if (received > limitBytes) {
      await reader.cancel();
      throw new PayloadTooLargeError(limitBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
