// Two hooks Next calls in the server process.
//
// register(): tells the share-page cache in server.ts how to stamp a page (lib/share-cache/bridge.ts):
// the stamp needs the database, which only code Next bundles may reach.
//
// onRequestError(): server errors Next catches itself (pages, layouts, metadata, the OG image) are
// logged as one JSON line, with the request id proxy.ts gave the request and the digest the error
// page shows, so an operator can find the line a user reports. API routes log through
// lib/http/handler.ts instead.
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ shareCacheBridge }, { shareStamp }] = await Promise.all([
    import("@/lib/share-cache/bridge"),
    import("@/lib/recommendations/share-stamp"),
  ]);
  shareCacheBridge().stamp = shareStamp;
}

export const onRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const headers = request.headers as Record<string, string | string[] | undefined>;
  const requestId = [headers["x-request-id"]].flat()[0] ?? null;
  const failure = error as Error & { digest?: string };
  console.error(
    JSON.stringify({
      level: "error",
      requestId,
      digest: failure.digest ?? null,
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
      error: { name: failure.name, message: failure.message, stack: failure.stack },
    }),
  );
};
