// Public pages that are the same for everyone, rendered once and served from memory: shared
// recommendations and the knowledge page. A share link may be opened by a whole department at once,
// and rendering its page costs ~25 ms of CPU (the knowledge page, 640 KB of HTML, ~80 ms); but a
// share page only changes when the recommendation is renamed or deleted, or a new knowledge-base
// version is published (its "today's data" notice), and the knowledge page with a new version or
// day. So each page is kept, compressed, with a stamp of what it depends on, and
// the stamp is checked again at most once per `recheckMs`: a view within the next window is still
// answered from memory while the check runs behind it, and the views after see its outcome; a view
// later than that waits for the check. So a change made through another instance shows within two
// windows, and one made through this instance at once (the server calls `recheck` or `recheckAll`,
// which make the next view wait for a check that starts after the change). Framework-free: the
// server passes in how to stamp and how to render.
import { promisify } from "node:util";
import { LRUCache } from "lru-cache";
import { brotliCompress, gunzipSync, gzip } from "node:zlib";
import { brotliParams } from "@/lib/http/encoded-body";
import type { Encoding } from "@/lib/http/encoding";
import { hashedPageCsp } from "./inline-script-hashes";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** How long a checked page is served without asking the database again. */
export const RECHECK_MS = 1_000;
/**
 * Without PUBLIC_URL a page is kept once per address it was opened on (its link previews name that
 * address); a client rotating Host headers would otherwise fill the cache with copies of one page.
 */
export const MAX_VARIANTS_PER_PAGE = 4;
/**
 * A page is kept as brotli and gzip only (not as plain HTML, three to four times their size): a
 * ~60 KB page takes ~20 KB, so 64 MB keeps thousands of pages, and a department opening hundreds
 * of different links is served from memory.
 */
const MAX_BYTES = 64 * 1024 * 1024;

/** A kept page's `checkedAt` when its next view must wait for a stamp check. */
const MUST_CHECK = Number.NEGATIVE_INFINITY;

/**
 * A page to serve: `id` names it to the stamp (a recommendation's id, or KNOWLEDGE_PAGE), `path` is
 * where Next renders it, and `headers` are the request headers its HTML depends on (e.g. the Host its
 * link previews name).
 */
export type PageRequest = { id: string; path: string; headers: Record<string, string> };
export type RenderedPage = { status: number; headers: Record<string, string | string[] | undefined>; html: Buffer };
export type CachedPage = {
  stamp: string;
  checkedAt: number;
  headers: Record<string, string>;
  /**
   * HTML compressed both ways browsers accept (the rare client that takes neither gets it inflated);
   * an image, which compresses no further, as it is (identity only).
   */
  bodies: Partial<Record<Encoding, Buffer>>;
  bytes: number;
};

/** The page's bytes in `encoding`: the kept forms as they are, identity inflated from the gzip one. */
export function pageBody(page: CachedPage, encoding: Encoding): Buffer {
  return (
    page.bodies[encoding] ?? (encoding === "identity" ? gunzipSync(page.bodies.gzip!) : pageBody(page, "identity"))
  );
}

/** What to send a client that prefers `preferred`: that encoding where it is kept, else the page as it is. */
export function bodyFor(page: CachedPage, preferred: Encoding): { body: Buffer; encoding: Encoding } {
  if (page.bodies.identity) return { body: page.bodies.identity, encoding: "identity" };
  return { body: pageBody(page, preferred), encoding: preferred };
}
export type Lookup = { page: CachedPage; rendered: boolean } | null;

type Options = {
  stamp: (id: string) => Promise<string | null>;
  render: (request: PageRequest) => Promise<RenderedPage>;
  recheckMs?: number;
  maxBytes?: number;
  now?: () => number;
};

// Per-response headers, and the ones this cache sets itself, are not kept from the render.
const NOT_KEPT = new Set([
  "connection",
  "content-encoding",
  "content-length",
  "content-security-policy",
  "date",
  "etag",
  "keep-alive",
  "transfer-encoding",
  "x-request-id",
]);

export class SharePageCache {
  /** Least recently viewed pages go first once their bytes (all encodings) pass the budget. */
  private readonly entries: LRUCache<string, CachedPage>;
  /** The check under way per page; `superseded` once something changed after it started (`mustCheck`). */
  private readonly pending = new Map<string, { flight: Promise<Lookup>; superseded: boolean }>();
  private readonly compressing = new Set<Promise<void>>();
  private readonly recheckMs: number;
  private readonly now: () => number;

  constructor(private readonly options: Options) {
    this.recheckMs = options.recheckMs ?? RECHECK_MS;
    this.now = options.now ?? Date.now;
    this.entries = new LRUCache<string, CachedPage>({
      maxSize: options.maxBytes ?? MAX_BYTES,
      sizeCalculation: (page) => Math.max(1, page.bytes),
    });
  }

  /**
   * The page to serve, or null when there is none to serve from memory (the recommendation does not
   * exist, or Next answered something other than a cacheable 200): the caller lets Next answer.
   * Rejects when the stamp cannot be read (database down): the caller lets Next answer that too.
   */
  lookup(request: PageRequest): Promise<Lookup> {
    const key = JSON.stringify([request.id, request.path, request.headers]);
    const entry = this.entries.get(key);
    const age = entry ? this.now() - entry.checkedAt : Number.POSITIVE_INFINITY;
    if (entry && age < this.recheckMs) return Promise.resolve({ page: entry, rendered: false });
    if (entry && age < this.recheckMs * 2) {
      // Just past the window, the check runs behind this view rather than in front of it: waiting
      // for the database put a query into one in every few views on a busy page, and those were the
      // slowest views (docs/performance.md). A page nobody opened for longer waits for its check, so
      // no view shows what is more than two windows old. A check that fails (database down) makes
      // the next view wait for its own, which then rejects as before.
      this.check(key, request).catch(() => this.mustCheck(key));
      return Promise.resolve({ page: entry, rendered: false });
    }
    return this.check(key, request);
  }

  /** Makes every page check its stamp on its next view, before answering: something may have changed. */
  recheckAll(): void {
    for (const key of this.entries.keys()) this.mustCheck(key);
  }

  /** Makes one recommendation's pages (one per host it was opened on) check their stamp on the next view. */
  recheck(id: string): void {
    for (const key of this.entries.keys()) if ((JSON.parse(key) as [string])[0] === id) this.mustCheck(key);
  }

  /** Resolves once every check, render and recompression under way has finished (for the tests). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.pending.values()].map(({ flight }) => flight));
    await Promise.allSettled([...this.compressing]);
  }

  get size(): { pages: number; bytes: number } {
    return { pages: this.entries.size, bytes: this.entries.calculatedSize };
  }

  /** Drops the least recently viewed copies of a page so that one more stays within MAX_VARIANTS_PER_PAGE. */
  private makeRoomForVariant({ id, path }: PageRequest): void {
    const variants = [...this.entries.keys()].filter((key) => {
      const [keptId, keptPath] = JSON.parse(key) as [string, string];
      return keptId === id && keptPath === path;
    });
    for (const key of variants.slice(MAX_VARIANTS_PER_PAGE - 1)) this.entries.delete(key); // most recent first
  }

  /** Everyone asking while one check (and perhaps one render) runs shares its outcome. */
  private check(key: string, request: PageRequest): Promise<Lookup> {
    const under = this.pending.get(key);
    if (under) return under.flight;
    const check = { flight: Promise.resolve<Lookup>(null), superseded: false };
    check.flight = this.refresh(key, request, check).finally(() => {
      if (this.pending.get(key) === check) this.pending.delete(key);
    });
    this.pending.set(key, check);
    return check.flight;
  }

  /**
   * The next view waits for a check of its own: one already under way may have read the stamp before
   * the change, so it is set aside (its waiters still get its answer, but it keeps nothing).
   */
  private mustCheck(key: string): void {
    const entry = this.entries.peek(key);
    if (entry) entry.checkedAt = MUST_CHECK;
    const under = this.pending.get(key);
    if (under) {
      under.superseded = true;
      this.pending.delete(key);
    }
  }

  private async refresh(key: string, request: PageRequest, check: { superseded: boolean }): Promise<Lookup> {
    const checkedAt = this.now();
    const stamp = await this.options.stamp(request.id);
    const entry = this.entries.peek(key);
    if (stamp === null) {
      if (!check.superseded) this.entries.delete(key);
      return null;
    }
    if (entry && entry.stamp === stamp) {
      if (!check.superseded) entry.checkedAt = checkedAt;
      return { page: entry, rendered: false };
    }
    const rendered = await this.options.render(request);
    const page = isCacheable(rendered) ? await build(stamp, checkedAt, rendered) : null;
    if (check.superseded) return page && { page, rendered: true };
    this.entries.delete(key);
    if (!page) return null;
    this.makeRoomForVariant(request);
    this.entries.set(key, page);
    this.compressBetter(key, page, rendered.html);
    return { page, rendered: true };
  }

  /**
   * The view that waited for a render got brotli 9; the kept page switches to brotli 11 once that is
   * done on the thread pool (~150 ms for a 175 KB page, 8–9 % fewer bytes on every later view).
   */
  private compressBetter(key: string, page: CachedPage, html: Buffer): void {
    if (!page.bodies.br) return; // an image, kept as it is
    const done = brotli(html, brotliParams(11, html.length)).then(
      (br) => {
        const kept = this.entries.peek(key);
        if (kept !== page) return; // changed or evicted meanwhile
        const bytes = page.bytes - page.bodies.br!.length + br.length;
        this.entries.set(key, { ...page, bodies: { ...page.bodies, br }, bytes });
      },
      () => {}, // the quality-9 form stays
    );
    this.compressing.add(done);
    void done.finally(() => this.compressing.delete(done));
  }
}

const isImage = (headers: RenderedPage["headers"]) => String(headers["content-type"] ?? "") === "image/png";

/** Only a plain 200 HTML page (or PNG image) that sets no cookie is the same for everyone who opens the link. */
function isCacheable({ status, headers }: RenderedPage): boolean {
  const type = String(headers["content-type"] ?? "");
  return status === 200 && (type.startsWith("text/html") || isImage(headers)) && headers["set-cookie"] === undefined;
}

async function build(stamp: string, checkedAt: number, { headers, html }: RenderedPage): Promise<CachedPage> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !NOT_KEPT.has(name.toLowerCase())) kept[name.toLowerCase()] = [value].flat().join(", ");
  }
  // An image keeps the no-script CSP every non-page answer gets (host/front-door.ts).
  if (isImage(headers)) return { stamp, checkedAt, headers: kept, bodies: { identity: html }, bytes: html.length };
  kept["content-security-policy"] = hashedPageCsp(html.toString("utf8"));
  // Next's Vary (its router headers) still holds; the body now also depends on Accept-Encoding.
  kept.vary =
    kept.vary && /accept-encoding/i.test(kept.vary)
      ? kept.vary
      : [kept.vary, "Accept-Encoding"].filter(Boolean).join(", ");
  // Compressed once here, on the thread pool, instead of on every response (brotli 11 follows).
  const [br, gz] = await Promise.all([brotli(html, brotliParams(9, html.length)), gzipAsync(html, { level: 9 })]);
  return { stamp, checkedAt, headers: kept, bodies: { br, gzip: gz }, bytes: br.length + gz.length };
}
