// Reads a JSON request body with a hard size limit, counting bytes as they arrive so an oversized
// body is refused without being buffered whole.
import { HttpError, PayloadTooLargeError } from "./errors";

export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;

export async function readJsonBody(request: Request, limitBytes = DEFAULT_BODY_LIMIT_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limitBytes) throw new PayloadTooLargeError(limitBytes);

  const text = await readLimitedText(request, limitBytes);
  if (text.trim() === "") throw new HttpError(400, "invalid_json", "The request body is empty; send a JSON object.");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, rejectLoneSurrogates);
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, "invalid_json", "The request body is not valid JSON.");
  }
  return parsed;
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * JSON may spell a lone surrogate ("\\ud800"), which is not Unicode text: databases and drivers
 * reject it when storing, so it is refused here, for every route, as the client's error it is.
 */
function rejectLoneSurrogates(key: string, value: unknown): unknown {
  if (LONE_SURROGATE.test(key) || (typeof value === "string" && LONE_SURROGATE.test(value))) {
    throw new HttpError(400, "invalid_json", "The request body contains text that is not valid Unicode (a lone surrogate).");
  }
  return value;
}

async function readLimitedText(request: Request, limitBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limitBytes) {
      await reader.cancel();
      throw new PayloadTooLargeError(limitBytes);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new HttpError(400, "invalid_json", "The request body is not valid UTF-8 text.");
  }
}
