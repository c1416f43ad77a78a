import { randomBytes } from "node:crypto";
import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { MAX_VARIANTS_PER_PAGE, pageBody, SharePageCache, type PageRequest, type RenderedPage } from "./page-cache";

const page = (html: string, headers: RenderedPage["headers"] = {}): RenderedPage => ({
  status: 200,
  headers: {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "private, no-store",
    vary: "rsc",
    ...headers,
  },
  html: Buffer.from(html),
});
const request = (id = "abc", host = "advisor.example"): PageRequest => ({ id, path: `/r/${id}`, headers: { host } });

function setup(
  overrides: { stamp?: (id: string) => Promise<string | null>; render?: () => Promise<RenderedPage> } = {},
) {
  let now = 1_000_000;
  let stampValue: string | null = "v1";
  const calls = { stamp: 0, render: 0 };
  const cache = new SharePageCache({
    now: () => now,
    stamp: overrides.stamp ?? (async () => (calls.stamp++, stampValue)),
    render:
      overrides.render ??
      (async () => (calls.render++, page(`<p>rendered for ${stampValue}</p><script>go()</script>`))),
  });
  return {
    cache,
    calls,
    advance: (ms: number) => (now += ms),
    setStamp: (value: string | null) => (stampValue = value),
  };
}

test("a page is rendered once, then served from memory without asking the database within the window", async () => {
  const { cache, calls, advance } = setup();
  const first = await cache.lookup(request());
  expect(first?.rendered).toBe(true);
  advance(999);
  const second = await cache.lookup(request());
  expect(second?.rendered).toBe(false);
  expect(second?.page).toBe(first?.page);
  expect(calls).toEqual({ stamp: 1, render: 1 });
});

test("after the window views are answered from memory at once while one stamp check runs behind them", async () => {
  const { cache, calls, advance } = setup();
  const first = await cache.lookup(request());
  advance(1_000);
  const results = await Promise.all(Array.from({ length: 20 }, () => cache.lookup(request())));
  expect(results.every((r) => r?.rendered === false && r.page === first?.page)).toBe(true);
  await cache.settled();
  expect(calls).toEqual({ stamp: 2, render: 1 });
  advance(999); // the check restarted the window
  await cache.lookup(request());
  expect(calls.stamp).toBe(2);
});

test("a changed stamp renders the page again for the views after the check; a deleted one is not served", async () => {
  const { cache, calls, advance, setStamp } = setup();
  await cache.lookup(request());
  setStamp("v2");
  advance(1_000);
  const during = await cache.lookup(request());
  expect(pageBody(during!.page, "identity").toString()).toContain("rendered for v1");
  await cache.settled();
  const after = await cache.lookup(request());
  expect(pageBody(after!.page, "identity").toString()).toContain("rendered for v2");
  setStamp(null);
  advance(1_000);
  await cache.lookup(request());
  await cache.settled();
  expect(await cache.lookup(request())).toBeNull();
  expect(cache.size.pages).toBe(0);
  expect(calls.render).toBe(2);
});

test("a page not checked for two windows waits for its check: no view shows what is older than that", async () => {
  const { cache, advance, setStamp } = setup();
  await cache.lookup(request());
  setStamp("v2");
  advance(2_000);
  const view = await cache.lookup(request());
  expect(view?.rendered).toBe(true);
  expect(pageBody(view!.page, "identity").toString()).toContain("rendered for v2");
});

test("a change while a check is under way: the next view waits for a check that starts after it", async () => {
  let release: (stamp: string) => void = () => {};
  let stampValue = "v1";
  let slow = false;
  let now = 0;
  const cache = new SharePageCache({
    now: () => now,
    stamp: () => (slow ? new Promise<string>((resolve) => (release = resolve)) : Promise.resolve(stampValue)),
    render: async () => page(`<p>rendered for ${stampValue}</p>`),
  });
  await cache.lookup(request());
  slow = true;
  now += 1_000;
  await cache.lookup(request()); // a background check starts and reads the stamp before the change
  slow = false;
  stampValue = "v2"; // the change commits…
  cache.recheck("abc"); // …and the handler says so before answering
  const next = await cache.lookup(request());
  expect(pageBody(next!.page, "identity").toString()).toContain("rendered for v2");
  release("v1"); // the earlier check ends with what it read, which must not be kept
  await cache.settled();
  const later = await cache.lookup(request());
  expect(pageBody(later!.page, "identity").toString()).toContain("rendered for v2");
});

test("a page kept after a render is recompressed behind the view, and every encoding still decodes to it", async () => {
  const { cache } = setup();
  const first = await cache.lookup(request());
  await cache.settled();
  const kept = await cache.lookup(request());
  for (const { page: p } of [first!, kept!]) {
    expect(brotliDecompressSync(p.bodies.br!).toString()).toBe(pageBody(p, "identity").toString());
    expect(p.bytes).toBe(p.bodies.br!.length + p.bodies.gzip!.length);
  }
  expect(cache.size.bytes).toBe(kept!.page.bytes);
});

test("a background check that fails keeps nothing new, and the next view waits for its own check", async () => {
  let down = false;
  const { cache, advance } = setup({
    stamp: async () => {
      if (down) throw new Error("database down");
      return "v1";
    },
  });
  await cache.lookup(request());
  down = true;
  advance(1_000);
  expect((await cache.lookup(request()))?.rendered).toBe(false); // served from memory, checked behind
  await cache.settled();
  await expect(cache.lookup(request())).rejects.toThrow("database down");
  down = false;
  expect((await cache.lookup(request()))?.rendered).toBe(false); // the stamp is unchanged: no render
});

test("recheckAll makes the next view check its stamp at once (a change made through this instance)", async () => {
  const { cache, calls, setStamp } = setup();
  await cache.lookup(request());
  setStamp("renamed");
  cache.recheckAll();
  expect(pageBody((await cache.lookup(request()))!.page, "identity").toString()).toContain("rendered for renamed");
  expect(calls).toEqual({ stamp: 2, render: 2 });
});

test("recheck(id) makes only that recommendation's pages check their stamp at once", async () => {
  const { cache, calls } = setup();
  await cache.lookup(request("abc"));
  await cache.lookup(request("abc", "other.example"));
  await cache.lookup(request("xyz"));
  expect(calls.stamp).toBe(3);
  cache.recheck("abc");
  await cache.lookup(request("abc"));
  await cache.lookup(request("abc", "other.example"));
  await cache.lookup(request("xyz"));
  expect(calls.stamp).toBe(5); // both hosts of abc were checked again, xyz was served as kept
});

test("a stamp that cannot be read rejects (the caller lets Next answer) and nothing is kept", async () => {
  const { cache } = setup({
    stamp: async () => {
      throw new Error("database down");
    },
  });
  await expect(cache.lookup(request())).rejects.toThrow("database down");
  expect(cache.size.pages).toBe(0);
});

test("only a plain 200 HTML page without cookies is kept", async () => {
  for (const rendered of [
    { ...page("<p>gone</p>"), status: 404 },
    page("{}", { "content-type": "application/json" }),
    page("<p>hi</p>", { "set-cookie": "a=b" }),
  ]) {
    const { cache } = setup({ render: async () => rendered });
    expect(await cache.lookup(request())).toBeNull();
    expect(cache.size.pages).toBe(0);
  }
});

test("the kept page carries a hash CSP, Next's headers, and the same HTML in every encoding", async () => {
  const { cache } = setup();
  const found = (await cache.lookup(request()))!.page;
  const html = pageBody(found, "identity").toString();
  expect(gunzipSync(found.bodies.gzip!).toString()).toBe(html);
  expect(brotliDecompressSync(found.bodies.br!).toString()).toBe(html);
  expect(found.headers["content-security-policy"]).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/);
  expect(found.headers["cache-control"]).toBe("private, no-store");
  expect(found.headers.vary).toBe("rsc, Accept-Encoding");
  expect(found.headers["content-length"]).toBeUndefined();
});

test("pages for different hosts are kept apart, and the oldest pages go when memory is full", async () => {
  let n = 0;
  const cache = new SharePageCache({
    stamp: async () => "v1",
    // Random hex does not compress much: ~5 KB each as brotli and as gzip, so 25 KB holds two pages.
    render: async () => page(`<p>${randomBytes(5_000).toString("hex")}${n++}</p>`),
    maxBytes: 25_000,
  });
  // Each kept page is recompressed better in the background, and storing that form counts as a use:
  // waiting for it after each view keeps the order of use the order of the views.
  const view = async (...args: Parameters<typeof request>) => {
    const found = await cache.lookup(request(...args));
    await cache.settled();
    return found;
  };
  await view("a", "one.example");
  await view("a", "two.example");
  expect(cache.size.pages).toBe(2);
  await view("b");
  expect(cache.size.pages).toBe(2);
  expect((await view("a", "one.example"))?.rendered).toBe(true); // evicted, rendered again
  expect(cache.size.bytes).toBeLessThanOrEqual(25_000);
});

test("rotating Host headers keeps at most four copies of one page and evicts no other page", async () => {
  const { cache, calls } = setup();
  await cache.lookup(request("other"));
  for (let i = 0; i < 20; i++) await cache.lookup(request("abc", `rotated-${i}.example`));
  expect(cache.size.pages).toBe(1 + MAX_VARIANTS_PER_PAGE);
  const rendersSoFar = calls.render;
  expect((await cache.lookup(request("other")))?.rendered).toBe(false);
  expect((await cache.lookup(request("abc", "rotated-19.example")))?.rendered).toBe(false);
  expect(calls.render).toBe(rendersSoFar);
});
