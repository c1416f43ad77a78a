// The production HTTP server (`npm start` runs it after migrating and building): Next's own request
// handler, behind the front door every request passes (host/front-door.ts: who the client is,
// the request id, and refusing bad methods, malformed paths and cross-origin writes), with two fast
// paths in front of it.
// - `GET /r/{id}`, its link-preview image and `GET /knowledge`: served from memory once rendered
//   (host/page-cache/).
// - `POST /api/v1/evaluate` and `POST /api/v1/recommendations`: the app's own route handlers, called
//   directly (host/direct-route.ts), so evaluations go out precompressed and neither pays
//   for Next's routing.
// Everything else goes straight to Next.
//
// Why a server of our own: serving a kept page through Next's pipeline (even returned from
// proxy.ts) costs more than Next serving a static file, and a share link opened by a whole
// department at once should cost no more than that; for the two API routes, Next's routing and
// per-response gzip cost more than the handlers' own work. See docs/performance.md.
//
//   node dist/server.cjs [--port 3000] [--hostname 0.0.0.0]   (compiled by `npm run build`; defaults: PORT and HOST)
//   tsx host/server.ts [--port 3000] [--hostname 0.0.0.0]           (the same, from source)
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { getEnv } from "@/lib/config/env";
import { PUBLIC_ID_PATTERN } from "@/lib/recommendations/tokens";
import { isCacheRender, KNOWLEDGE_PAGE, RENDER_HEADER, serverBridge, type RouteHandler } from "@/lib/host-seam/bridge";
import { callRouteHandler } from "@/host/direct-route";
import { EvaluationThreads } from "@/host/evaluation-threads";
import { chooseEncoding } from "@/lib/http/encoding";
import { internalErrorBody, logServerError } from "@/lib/http/server-error";
import { routeConsoleToLogger } from "@/lib/observability/console-to-logger";
import { logger } from "@/lib/observability/logger";
import { metrics } from "@/lib/observability/metrics";
import { observeRequest } from "@/lib/observability/request-log";
import { keepInProcess } from "@/lib/process-state";
import { OFFLINE_ENV } from "@/lib/config/offline-env";
import { parseTrustProxy } from "@/lib/security/client-address";
import {
  judgeRequest,
  normaliseTarget,
  ownOrigin,
  refuseConnect,
  refuseUnparsable,
  sendRefusal,
  setDefaultHeaders,
  identifyRequest,
} from "./front-door";
import { FORWARDED_HEADER, INBOUND_ID_HEADER, REQUEST_ID_HEADER } from "@/lib/host-seam/request-headers";
import { ROUTER_HEADERS } from "@/host/page-cache/router-headers";
import {
  bodyFor,
  SharePageCache,
  type CachedPage,
  type PageRequest,
  type RenderedPage,
} from "@/host/page-cache/page-cache";

/** The app's root: the parent of this file's folder (host/ from source, dist/ compiled). */
const APP_DIR = path.resolve(__dirname, "..");

export type RunningServer = { url: string; cache: SharePageCache; close(): Promise<void> };

export async function startServer({ port, hostname }: { port: number; hostname: string }): Promise<RunningServer> {
  Object.assign(process.env, { NODE_ENV: "production" }, OFFLINE_ENV);
  routeConsoleToLogger();
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: APP_DIR, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const { PUBLIC_URL: publicUrl, TRUST_PROXY, SLOW_REQUEST_MS, EVALUATION_THREADS } = getEnv();
  const trust = parseTrustProxy(TRUST_PROXY);
  if (trust.kind === "none" && ["127.0.0.1", "::1", "localhost"].includes(hostname)) {
    // Listening on loopback only is how a reverse proxy is usually put in front.
    logger().warn(
      "Listening on loopback without TRUST_PROXY: if a reverse proxy forwards to this server, set TRUST_PROXY, or every client will look like the proxy (one shared rate limit; metrics refused). docs/deploy.md",
    );
  }
  const bridge = serverBridge();
  bridge.renderSecret = randomBytes(32).toString("base64url");
  const threads = startEvaluationThreads(EVALUATION_THREADS);
  if (threads) {
    bridge.evaluate = (job) => threads.evaluate(job);
    bridge.drawPreview = (frame) => threads.draw(frame);
  }
  let selfAddress: AddressInfo | null = null;
  let warnedOfProxy = false;
  const cache = new SharePageCache({
    stamp: (id) => (bridge.stamp ? bridge.stamp(id) : Promise.resolve(null)),
    render: (request) => renderThroughNext(selfAddress!, request, bridge.renderSecret!),
  });
  keepInProcess("share-pages", cache);
  // The app calls this (lib/host-seam/invalidation.ts) when it changes what a share page shows.
  bridge.recheckSharePages = (id) => (id === null ? cache.recheckAll() : cache.recheck(id));

  // Host is checked by the front door, so that its refusal carries the security headers.
  const server = http.createServer({ requireHostHeader: false }, (request, response) => {
    // The cache's own render request goes straight to Next; from anyone else the header is dropped.
    if (isCacheRender(request.headers[RENDER_HEADER])) return void handle(request, response);
    delete request.headers[RENDER_HEADER];
    const requestId = identifyRequest(request, trust);
    if (request.headers[FORWARDED_HEADER] && !warnedOfProxy) {
      warnedOfProxy = true;
      logger().warn(
        { requestId },
        "Requests arrive with X-Forwarded-For (or Forwarded, X-Real-IP) but TRUST_PROXY is unset: every client looks like the proxy, so all share one rate limit and metrics are refused to them. Set TRUST_PROXY to the proxy's address or hop count (docs/deploy.md).",
      );
    }
    observeRequest(request, response, { requestId, slowMs: SLOW_REQUEST_MS });
    setDefaultHeaders(response, requestId);
    const refusal = normaliseTarget(request) ?? judgeRequest(request, ownOrigin(request, publicUrl));
    if (refusal) return sendRefusal(request, response, refusal, requestId);
    const method = request.method ?? "GET";
    const pathname = (request.url ?? "/").split("?")[0]!;
    const route = `${method} ${pathname}`;
    const direct = bridge.routes?.[route];
    if (direct) return void answerDirectly(direct, request, response, () => handle(request, response));
    const pageRequest = keptPageRequest(request, publicUrl !== undefined);
    if (!pageRequest) return void handle(request, response);
    cache.lookup(pageRequest).then(
      (found) => (found ? send(request, response, found.page, found.rendered) : handle(request, response)),
      () => handle(request, response), // the stamp could not be read: Next answers (e.g. 503 during an outage)
    );
  });
  server.on("connect", (_request, socket) => refuseConnect(socket));
  server.on("clientError", refuseUnparsable);
  server.keepAliveTimeout = 65_000; // longer than common load balancers' idle timeout, as next start does

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, resolve);
  });
  selfAddress = server.address() as AddressInfo;
  const url = `http://${hostname === "0.0.0.0" || hostname === "::" ? "localhost" : hostname}:${selfAddress.port}`;
  // What `next start` sets, for code that builds its own origin.
  Object.assign(process.env, { PORT: String(selfAddress.port), __NEXT_PRIVATE_ORIGIN: url });

  return {
    url,
    cache,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      delete bridge.evaluate;
      delete bridge.drawPreview;
      await threads?.close();
      await app.close();
    },
  };
}

/**
 * The evaluation threads (host/evaluation-threads.ts), `count` of them or one fewer than the
 * CPUs (1 to 4); none when `count` is 0. Compiled, they run dist/evaluation-worker.cjs; from source,
 * the TypeScript worker through tsx.
 */
function startEvaluationThreads(count: number | undefined): EvaluationThreads | null {
  const size = count ?? Math.min(4, Math.max(1, os.availableParallelism() - 1));
  if (size === 0) return null;
  const compiled = path.basename(__dirname) === "dist";
  return compiled
    ? new EvaluationThreads(path.join(__dirname, "evaluation-worker.cjs"), size)
    : new EvaluationThreads(path.join(APP_DIR, "lib", "evaluation", "worker.ts"), size, { typescript: true });
}

/**
 * One of the app's route handlers, without Next in between. The handlers answer every error they
 * expect themselves (lib/http/handler.ts); this only catches what escapes them (e.g. a failure while
 * writing the answer), so that it is logged and answered rather than crashing the process.
 */
function answerDirectly(
  handler: RouteHandler,
  request: http.IncomingMessage,
  response: http.ServerResponse,
  viaNext: () => void,
) {
  callRouteHandler(handler, request, response).then(
    (answered) => {
      if (!answered) viaNext();
    },
    (error: unknown) => {
      const requestId = logServerError(
        {
          method: request.method,
          path: request.url,
          requestId: request.headers[REQUEST_ID_HEADER] as string,
          inboundRequestId: request.headers[INBOUND_ID_HEADER] as string | undefined,
        },
        error,
      );
      if (response.headersSent) return void response.destroy();
      response.writeHead(500, { "content-type": "application/json" });
      response.end(JSON.stringify(internalErrorBody(requestId)));
    },
  );
}

/** A share page's link-preview image; the query is a cache-buster of Next's, which draws the same image without it. */
const PREVIEW_IMAGE = /^\/r\/([A-Za-z0-9_-]{22})\/opengraph-image(\?[0-9a-f]{1,32})?$/;

/**
 * `GET /r/{id}`, its link-preview image, or `GET /knowledge`, for a whole page (no query, not a
 * router fetch), with what else its HTML depends on: the address its link-preview URLs name
 * (app/layout.tsx), which is PUBLIC_URL where that is set and otherwise the one the page was opened on.
 */
function keptPageRequest(request: http.IncomingMessage, hasPublicUrl: boolean): PageRequest | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (ROUTER_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  const path = request.url ?? "";
  const image = PREVIEW_IMAGE.exec(path);
  if (image) return { id: image[1]!, path: `/r/${image[1]!}/opengraph-image`, headers: {} };
  const id = path === "/knowledge" ? KNOWLEDGE_PAGE : path.startsWith("/r/") ? path.slice(3) : null;
  if (id === null || (id !== KNOWLEDGE_PAGE && !PUBLIC_ID_PATTERN.test(id))) return null;
  const headers: Record<string, string> = {};
  if (hasPublicUrl) return { id, path, headers };
  for (const name of ["host", "x-forwarded-host", "x-forwarded-proto"]) {
    const value = request.headers[name];
    if (typeof value === "string") headers[name] = value;
  }
  return { id, path, headers };
}

function send(request: http.IncomingMessage, response: http.ServerResponse, page: CachedPage, rendered: boolean) {
  metrics().sharePages.inc({ result: rendered ? "miss" : "hit" });
  const { body, encoding } = bodyFor(page, chooseEncoding(request.headers["accept-encoding"]));
  response.writeHead(200, {
    ...page.headers,
    ...(encoding === "identity" ? {} : { "content-encoding": encoding }),
    "content-length": body.length,
    [REQUEST_ID_HEADER]: request.headers[REQUEST_ID_HEADER],
    "x-advisor-cache": rendered ? "miss" : "hit",
  });
  response.end(request.method === "HEAD" ? undefined : body);
}

/** Renders the page through this same server (and so through Next), marked as the cache's own request. */
function renderThroughNext(self: AddressInfo, { path: pagePath, headers }: PageRequest, secret: string) {
  return new Promise<RenderedPage>((resolve, reject) => {
    const host = self.address === "0.0.0.0" ? "127.0.0.1" : self.address === "::" ? "::1" : self.address;
    const outgoing = http.request(
      {
        host,
        port: self.port,
        path: pagePath,
        method: "GET",
        headers: { ...headers, "accept-encoding": "identity", [RENDER_HEADER]: secret },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("end", () =>
          resolve({ status: incoming.statusCode ?? 500, headers: incoming.headers, html: Buffer.concat(chunks) }),
        );
        incoming.on("error", reject);
      },
    );
    outgoing.setTimeout(30_000, () =>
      outgoing.destroy(new Error(`Rendering ${pagePath} for the page cache took over 30 s`)),
    );
    outgoing.on("error", reject);
    outgoing.end();
  });
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

if (require.main === module) {
  const env = getEnv();
  const port = Number(argument("port") ?? env.PORT);
  const hostname = argument("hostname") ?? env.HOST;
  startServer({ port, hostname }).then(
    (running) => {
      logger().info({ url: running.url }, `Hypervisor Advisor is listening on ${running.url}`);
      for (const signal of ["SIGINT", "SIGTERM"] as const) {
        process.once(signal, () => void running.close().finally(() => process.exit(0)));
      }
    },
    (error: unknown) => {
      logger().fatal({ err: error }, "the server could not start");
      process.exit(1);
    },
  );
}
