// The errors a caller may be shown, in words and codes, never in statuses: services throw them, and
// each boundary decides how to say them (HTTP: lib/http/error-statuses.ts, the one table of statuses,
// which also writes the API document's error answers). Anything else that escapes is a bug: logged and
// answered with a generic failure that reveals nothing.
import type { FieldError } from "@/lib/validation/field-errors";

export { fieldErrorsFromZod, formatPath, type FieldError } from "@/lib/validation/field-errors";

/** Every code a service may throw (the host's front door has a few of its own: lib/http/error-statuses.ts). */
export type AppErrorCode =
  | "invalid_input"
  | "invalid_json"
  | "incomplete_body"
  | "payload_too_large"
  | "unsupported_media_type"
  | "unauthorized"
  | "forbidden"
  | "admin_disabled"
  | "not_found"
  | "conflict"
  | "too_many_requests"
  | "unavailable";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: { fields?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** One or more fields are wrong: each named by its path, with why. */
export class ValidationError extends AppError {
  constructor(fields: FieldError[], message = describeFields(fields)) {
    super("invalid_input", message, { fields });
    this.name = "ValidationError";
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super("payload_too_large", `The request body is larger than the ${limitBytes}-byte limit.`);
    this.name = "PayloadTooLargeError";
  }
}

export class NotFoundError extends AppError {
  constructor(message = "Not found.") {
    super("not_found", message);
    this.name = "NotFoundError";
  }
}

/** No credentials were presented. */
export class UnauthorizedError extends AppError {
  constructor(message: string) {
    super("unauthorized", message);
    this.name = "UnauthorizedError";
  }
}

/** Credentials were presented but do not grant this. */
export class ForbiddenError extends AppError {
  constructor(message: string) {
    super("forbidden", message);
    this.name = "ForbiddenError";
  }
}

/** The state does not allow this now (e.g. publishing without a draft). */
export class ConflictError extends AppError {
  constructor(message: string) {
    super("conflict", message);
    this.name = "ConflictError";
  }
}

/** A rate limit was reached; `retryAfterSeconds` says when the window resets. */
export class TooManyRequestsError extends AppError {
  constructor(retryAfterSeconds: number, message = "Too many attempts. Try again later.") {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    super("too_many_requests", `${message} Retry in ${seconds} s.`, { retryAfterSeconds: seconds });
    this.name = "TooManyRequestsError";
  }
}

/** Something this depends on (the database) is not answering: worth trying again shortly. */
export class ServiceUnavailableError extends AppError {
  constructor(message: string) {
    super("unavailable", message, { retryAfterSeconds: 5 });
    this.name = "ServiceUnavailableError";
  }
}

function describeFields(fields: FieldError[]): string {
  const shown = fields.slice(0, 3).map((f) => `${f.field} ${f.message}`);
  const more = fields.length > 3 ? ` (and ${fields.length - 3} more)` : "";
  return `Invalid input: ${shown.join("; ")}${more}.`;
}
