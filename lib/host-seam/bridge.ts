// The one meeting point between the HTTP server in front of Next (host/server.ts) and the app code Next
// bundles: both run in one process and share `globalThis`, but not module instances (Next bundles
// its own copy of every lib module). The app registers how to stamp a share page and the route
// handlers the server may call directly; the server registers the secret that marks its own render
// requests, and its evaluation threads.
import { timingSafeEqual } from "node:crypto";
import type { PreviewFrame } from "@/lib/recommendations/preview-frame";
import type { ThreadAnswer, ThreadJob } from "@/lib/evaluation/thread-messages";

export type RouteHandler = (request: Request) => Promise<Response>;

export type ServerBridge = {
  /**
   * What a kept page's HTML depends on, as one string: for a share page the recommendation's last
   * change, the current knowledge-base version and the engine version, or null when the
   * recommendation does not exist; for KNOWLEDGE_PAGE the current version and the day (ratings turn
   * stale by date). Throws when the database cannot answer.
   */
  stamp?: (id: string) => Promise<string | null>;
  /** Sent by the server on its own render requests; proxy.ts renders those without a nonce. */
  renderSecret?: string;
  /**
   * The app's own handlers for the hottest API routes, keyed "METHOD /path" (instrumentation.ts):
   * the server calls them without Next's routing, which costs more than the handlers themselves.
   */
  routes?: Record<string, RouteHandler>;
  /**
   * Set by the server: evaluates on one of its evaluation threads (host/evaluation-threads.ts).
   * Rejects when the thread cannot answer, or the engine threw there.
   */
  evaluate?: (job: ThreadJob) => Promise<ThreadAnswer>;
  /** Set by the server: draws a link-preview image on one of its evaluation threads (PNG bytes). */
  drawPreview?: (frame: PreviewFrame) => Promise<Uint8Array>;
  /** Set by the server: makes the kept share pages of one recommendation (or, with null, all) check their stamp on their next view. */
  recheckSharePages?: (id: string | null) => void;
};

/** The page cache's name for /knowledge (a share page's id is 22 characters, so never this). */
export const KNOWLEDGE_PAGE = "knowledge";

/** The header carrying `renderSecret`. The server strips it from every request that comes from outside. */
export const RENDER_HEADER = "x-advisor-share-render";

const KEY = Symbol.for("hypervisor-advisor.server-bridge");

export function serverBridge(): ServerBridge {
  const holder = globalThis as typeof globalThis & { [KEY]?: ServerBridge };
  return (holder[KEY] ??= {});
}

/** Whether a request carries the server's render secret (compared in constant time). */
export function isCacheRender(presented: string | string[] | null | undefined): boolean {
  const secret = serverBridge().renderSecret;
  if (typeof presented !== "string" || !secret) return false;
  const [a, b] = [Buffer.from(presented), Buffer.from(secret)];
  return a.length === b.length && timingSafeEqual(a, b);
}
