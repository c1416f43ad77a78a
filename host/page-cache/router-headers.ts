// The request headers of Next's client-side navigations and prefetches: such a request to /r/{id}
// wants the page's RSC payload, never the kept HTML. Next does not export these as a public API, so
// host/page-cache/router-headers.test.ts compares this list with Next's own and fails on an upgrade
// that adds or renames one.
export const ROUTER_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-hmr-refresh",
] as const;
