// The errors a client may see. Anything else that escapes a handler is a bug: it is logged and
// answered with a generic 500 that reveals nothing.
import type { FieldError } from "@/lib/validation/field-errors";

// Kept importable from here for the HTTP layer; the domain imports lib/validation directly.
export { fieldErrorsFromZod, formatPath, type FieldError } from "@/lib/validation/field-errors";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export class ValidationError extends HttpError {
  constructor(fields: FieldError[], message = describeFields(fields)) {
    super(400, "invalid_input", message, fields);
    this.name = "ValidationError";
  }
}

export class PayloadTooLargeError extends HttpError {
  constructor(limitBytes: number) {
    super(413, "payload_too_large", `The request body is larger than the ${limitBytes}-byte limit.`);
    this.name = "PayloadTooLargeError";
  }
}

export class NotFoundError extends HttpError {
  constructor(message = "Not found.") {
    super(404, "not_found", message);
    this.name = "NotFoundError";
  }
}

/** No credentials were presented. */
export class UnauthorizedError extends HttpError {
  constructor(message: string) {
    super(401, "unauthorized", message, undefined, { "WWW-Authenticate": "Bearer" });
    this.name = "UnauthorizedError";
  }
}

/** Credentials were presented but do not grant this. */
export class ForbiddenError extends HttpError {
  constructor(message: string) {
    super(403, "forbidden", message);
    this.name = "ForbiddenError";
  }
}

/** The state does not allow this now (e.g. publishing without a draft). */
export class ConflictError extends HttpError {
  constructor(message: string) {
    super(409, "conflict", message);
    this.name = "ConflictError";
  }
}

/** A rate limit was reached; Retry-After says how many seconds until the window resets. */
export class TooManyRequestsError extends HttpError {
  constructor(retryAfterSeconds: number, message = "Too many attempts. Try again later.") {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    super(429, "too_many_requests", `${message} Retry in ${seconds} s.`, undefined, { "Retry-After": String(seconds) });
    this.name = "TooManyRequestsError";
  }
}

export class ServiceUnavailableError extends HttpError {
  constructor(message: string) {
    super(503, "unavailable", message, undefined, { "Retry-After": "5" });
    this.name = "ServiceUnavailableError";
  }
}

function describeFields(fields: FieldError[]): string {
  const shown = fields.slice(0, 3).map((f) => `${f.field} ${f.message}`);
  const more = fields.length > 3 ? ` (and ${fields.length - 3} more)` : "";
  return `Invalid input: ${shown.join("; ")}${more}.`;
}
