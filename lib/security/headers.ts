// The security headers every response carries, in one place so next.config.js, the front door,
// proxy.ts and the tests agree. The fixed values are data (fixed-headers.json) because next.config.js
// is plain JavaScript and reads them too. Pages get a per-request nonce CSP from proxy.ts; everything
// else (static files, API answers, downloads) gets the static policy, which allows nothing to run.
import fixed from "./fixed-headers.json";

/** Sent on every response (next.config.js `headers()`, and the front door before anyone answers). */
export const COMMON_SECURITY_HEADERS: Record<string, string> = fixed.common;

/** For responses that are not HTML pages: nothing may load, nothing may frame them. */
export const NON_PAGE_CSP: string = fixed.nonPageCsp;

/**
 * How a page's own scripts are allowed to run: a page rendered per request carries this request's
 * nonce ('strict-dynamic' lets Next's nonced loader pull in its own chunks); a page served from the
 * share-page cache, whose HTML is fixed, lists the SHA-256 of each inline script instead and loads
 * its chunks under 'self'. Either way: no 'unsafe-inline' and no 'unsafe-eval' for scripts.
 */
export type PageScripts = { nonce: string } | { hashes: string[] };

/**
 * The page policy. Styles allow inline attributes because React renders `style={…}` props, which
 * cannot carry a nonce; CSS cannot run script.
 */
export function pageCsp(scripts: PageScripts): string {
  const scriptSrc =
    "nonce" in scripts ? `'self' 'nonce-${scripts.nonce}' 'strict-dynamic'` : ["'self'", ...scripts.hashes].join(" ");
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // The estate step reads an RVTools export in a Web Worker of our own (lib/inventory/read-in-worker.ts).
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable and different on every request. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
