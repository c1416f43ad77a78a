// The one place that decides what a client sees when a route handler fails: expected, typed errors
// (lib/errors/app-error.ts) become their status (./error-statuses.ts) and message; anything else is
// logged with a request id and answered 500.
import { isDatabaseUnavailable } from "@/lib/db/prisma-errors";
import { EngineInputError } from "@/lib/decision";
import { KnowledgeBaseMissingError } from "@/lib/knowledge/service";
import { AppError, ServiceUnavailableError, ValidationError } from "@/lib/errors/app-error";
import { errorResponse } from "./error-statuses";
import { internalErrorBody, logServerError } from "./server-error";
import { INBOUND_ID_HEADER, REQUEST_ID_HEADER } from "@/lib/host-seam/request-headers";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

export function withApiErrors<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      const known = toAppError(error);
      if (known) return errorResponse(known);
      const requestId = logServerError(
        {
          method: request.method,
          path: new URL(request.url).pathname,
          requestId: request.headers.get(REQUEST_ID_HEADER),
          inboundRequestId: request.headers.get(INBOUND_ID_HEADER),
        },
        error,
      );
      return Response.json(internalErrorBody(requestId), { status: 500 });
    }
  };
}

/** Typed errors from the layers below that a client may be shown (statuses: ./error-statuses.ts). */
function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof KnowledgeBaseMissingError) return new ServiceUnavailableError(error.message);
  if (error instanceof EngineInputError) return new ValidationError([{ field: error.field, message: error.message }]);
  if (isDatabaseUnavailable(error)) {
    return new ServiceUnavailableError("The database is temporarily unavailable. Try again in a few seconds.");
  }
  return undefined;
}
