// The one table of HTTP statuses for the errors a client may be shown: the codes services throw
// (lib/errors/app-error.ts) and the host's front door refuses with (host/front-door.ts). Route
// handlers answer through it (lib/http/handler.ts), and the API document lists each status's codes
// from it (lib/api/openapi.ts), so the two cannot drift.
import type { AppError, AppErrorCode } from "@/lib/errors/app-error";

/** Refusals the front door makes before any route runs. */
export type FrontDoorCode =
  | "malformed_path"
  | "bad_request_target"
  | "missing_host"
  | "malformed_request"
  | "cross_origin_request"
  | "method_not_allowed"
  | "unsupported_media_type"
  | "headers_too_large";

export const ERROR_STATUS = {
  invalid_input: 400,
  invalid_json: 400,
  incomplete_body: 400,
  malformed_path: 400,
  bad_request_target: 400,
  missing_host: 400,
  malformed_request: 400,
  unauthorized: 401,
  forbidden: 403,
  admin_disabled: 403,
  cross_origin_request: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  headers_too_large: 431,
  unavailable: 503,
} as const satisfies Record<AppErrorCode | FrontDoorCode, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** The codes answered with `status`, for the API document. */
export function codesFor(status: number): ErrorCode[] {
  return (Object.keys(ERROR_STATUS) as ErrorCode[]).filter((code) => ERROR_STATUS[code] === status);
}

/** The JSON answer to a client for `error`: its status, the headers that go with it, and the body. */
export function errorResponse(error: AppError): Response {
  const { fields, retryAfterSeconds } = error.details;
  const headers: Record<string, string> = {};
  if (error.code === "unauthorized") headers["WWW-Authenticate"] = "Bearer";
  if (retryAfterSeconds !== undefined) headers["Retry-After"] = String(retryAfterSeconds);
  const body = { error: { code: error.code, message: error.message, ...(fields ? { fields } : {}) } };
  return Response.json(body, { status: ERROR_STATUS[error.code], headers });
}
