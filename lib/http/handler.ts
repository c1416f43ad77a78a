// The one place that decides what a client sees when a route handler fails: expected, typed errors
// become their status and message; anything else is logged with a request id and answered 500.
import { isDatabaseUnavailable } from "@/lib/db/prisma-errors";
import { EngineInputError } from "@/lib/decision";
import { KnowledgeBaseMissingError } from "@/lib/knowledge/service";
import { HttpError, ServiceUnavailableError, ValidationError } from "./errors";
import { internalErrorBody, logServerError } from "./server-error";
import { INBOUND_ID_HEADER, REQUEST_ID_HEADER } from "@/lib/host-seam/request-headers";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

export function jsonError(error: HttpError): Response {
  const body = {
    error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) },
  };
  return Response.json(body, { status: error.status, headers: error.headers });
}

export function withApiErrors<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      const known = toHttpError(error);
      if (known) return jsonError(known);
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

/** Typed errors from the layers below that map onto a client-visible status. */
function toHttpError(error: unknown): HttpError | undefined {
  if (error instanceof HttpError) return error;
  if (error instanceof KnowledgeBaseMissingError) return new ServiceUnavailableError(error.message);
  if (error instanceof EngineInputError) return new ValidationError([{ field: error.field, message: error.message }]);
  if (isDatabaseUnavailable(error)) {
    return new ServiceUnavailableError("The database is temporarily unavailable. Try again in a few seconds.");
  }
  return undefined;
}
