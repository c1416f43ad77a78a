// What happens to an error nobody expected, wherever it is caught (the route-handler wrapper, or
// host/server.ts around the direct routes): one log line with the request id, and an answer that names
// only that id. Free of framework and server-only imports, so host/server.ts can use it too.
import { randomUUID } from "node:crypto";
import { logger } from "@/lib/observability/logger";

type Where = { method?: string; path?: string; requestId?: string | null; inboundRequestId?: string | null };

/**
 * Logs the error and returns the request id the client is given: the one host/server.ts
 * gave the request, else a fresh one. An id the client sent is a separate field, never ours.
 */
export function logServerError(where: Where, error: unknown): string {
  const requestId = where.requestId || randomUUID();
  logger().error(
    {
      requestId,
      ...(where.inboundRequestId ? { inboundRequestId: where.inboundRequestId } : {}),
      method: where.method,
      path: where.path,
      err: error instanceof Error ? error : new Error(String(error)),
    },
    "unexpected error",
  );
  return requestId;
}

export function internalErrorBody(requestId: string) {
  return { error: { code: "internal_error", message: "Something went wrong on our side.", requestId } };
}
