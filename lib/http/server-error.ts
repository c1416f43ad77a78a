// What happens to an error nobody expected, wherever it is caught (the route-handler wrapper, or
// server.ts around the direct routes): one JSON log line with a fresh request id, and an answer that
// names only that id. Free of framework and server-only imports, so server.ts can use it too.
import { randomUUID } from "node:crypto";

type Where = { method?: string; path?: string; requestId?: string | null; inboundRequestId?: string | null };

/**
 * Logs the error as one JSON line and returns the request id the client is given: the one server.ts
 * gave the request, else a fresh one. An id the client sent is a separate field, never ours.
 */
export function logServerError(where: Where, error: unknown): string {
  const requestId = where.requestId || randomUUID();
  console.error(
    JSON.stringify({
      level: "error",
      requestId,
      ...(where.inboundRequestId ? { inboundRequestId: where.inboundRequestId } : {}),
      method: where.method,
      path: where.path,
      error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error),
    }),
  );
  return requestId;
}

export function internalErrorBody(requestId: string) {
  return { error: { code: "internal_error", message: "Something went wrong on our side.", requestId } };
}
