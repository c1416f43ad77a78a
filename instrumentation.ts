// Two hooks Next calls in the server process.
//
// register(): hands the host (host/server.ts, through lib/host-seam/bridge.ts) what it needs from code Next bundles: how to
// stamp a share page (that needs the database) and the handlers of the two hottest API routes,
// which the host calls without Next's routing.
//
// onRequestError(): server errors Next catches itself (pages, layouts, metadata, the OG image) are
// logged (one pino JSON line), with the request id proxy.ts gave the request and the digest the error
// page shows, so an operator can find the line a user reports. API routes log through
// lib/http/handler.ts instead.
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ serverBridge, KNOWLEDGE_PAGE }, { shareStamp, knowledgePageStamp }, { evaluateHandler }, { saveHandler }] =
    await Promise.all([
      import("@/lib/host-seam/bridge"),
      import("@/lib/recommendations/share-stamp"),
      import("@/lib/evaluation/handler"),
      import("@/lib/recommendations/save-handler"),
    ]);
  const bridge = serverBridge();
  bridge.stamp = (id) => (id === KNOWLEDGE_PAGE ? knowledgePageStamp() : shareStamp(id));
  const evaluate = evaluateHandler({ precompressed: true });
  bridge.routes = {
    "POST /api/v1/evaluate": (request) => evaluate(request, undefined),
    "POST /api/v1/recommendations": (request) => saveHandler(request, undefined),
  };
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return; // the edge bundle has no pino, and no edge code runs here
  const { logger } = await import("@/lib/observability/logger");
  const headers = request.headers as Record<string, string | string[] | undefined>;
  const requestId = [headers["x-request-id"]].flat()[0] ?? null;
  const inboundRequestId = [headers["x-advisor-inbound-request-id"]].flat()[0];
  const failure = error as Error & { digest?: string };
  logger().error(
    {
      requestId,
      ...(inboundRequestId ? { inboundRequestId } : {}),
      digest: failure.digest ?? null,
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
      err: failure,
    },
    "unexpected error while rendering",
  );
};
