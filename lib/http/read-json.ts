// Reads a JSON request body with a hard size limit (./read-bytes.ts) and refuses text no database
// here can store.
import { AppError } from "@/lib/errors/app-error";
import { readLimitedBytes } from "./read-bytes";

export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;

export async function readJsonBody(request: Request, limitBytes = DEFAULT_BODY_LIMIT_BYTES): Promise<unknown> {
  const text = await readLimitedText(request, limitBytes);
  if (text.trim() === "") throw new AppError("invalid_json", "The request body is empty; send a JSON object.");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, rejectUnstorableText);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("invalid_json", "The request body is not valid JSON.");
  }
  return parsed;
}

/**
 * Text no database here can store: a lone surrogate (a high one not followed by a low one, or a low
 * one not preceded by a high one) is not Unicode at all, and PostgreSQL refuses NUL in text.
 */
const UNSTORABLE_TEXT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/;

/**
 * JSON may spell such characters ("\\ud800", "\\u0000"); the driver would fail on them when storing,
 * so they are refused here, for every route and every string (keys too), as the client's error.
 */
function rejectUnstorableText(key: string, value: unknown): unknown {
  if (UNSTORABLE_TEXT.test(key) || (typeof value === "string" && UNSTORABLE_TEXT.test(value))) {
    throw new AppError(
      "invalid_json",
      "The request body contains text that cannot be stored: a NUL character or invalid Unicode (a lone surrogate).",
    );
  }
  return value;
}

async function readLimitedText(request: Request, limitBytes: number): Promise<string> {
  const bytes = await readLimitedBytes(request, limitBytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("invalid_json", "The request body is not valid UTF-8 text.");
  }
}
