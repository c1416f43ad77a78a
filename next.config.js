// @ts-check
// Next's configuration. Security headers: the fixed ones go on every response here; pages get their
// nonce CSP from proxy.ts, JavaScript chunks a policy that lets a worker load our own scripts, and
// everything else (other static files, API answers) the no-script policy. Both
// values come from lib/security/fixed-headers.json, the one place they are written (lib/security/headers.ts).
const fixed = require("./lib/security/fixed-headers.json");

/** @param {Record<string, string>} headers */
const toList = (headers) => Object.entries(headers).map(([key, value]) => ({ key, value }));
const noScript = [{ key: "Content-Security-Policy", value: fixed.nonPageCsp }];
// A Web Worker runs under its own script's policy: the inventory reader's worker (Turbopack's worker
// bootstrap, a chunk) loads its code with importScripts, so JavaScript chunks may load our own scripts.
const workerScript = [{ key: "Content-Security-Policy", value: fixed.workerCsp }];

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks the whole project (app, lib, tests, scripts) with tsc in its first stage
  // and sets this for its build, which would otherwise spend 12 s checking the same types again.
  // Every other build (`npm start`, `next build`) checks them.
  typescript: { ignoreBuildErrors: process.env.ADVISOR_TYPES_CHECKED === "1" },
  // better-sqlite3 and the Prisma runtime are native/server-only; Next already keeps them external.
  // The report's PDF library reads its own data files at run time (the standard fonts' metrics, next
  // to its code): it and its font engine load from node_modules, unbundled.
  serverExternalPackages: ["pdfkit", "fontkit"],
  async headers() {
    return [
      { source: "/:path*", headers: toList(fixed.common) },
      { source: "/api/:path*", headers: noScript },
      { source: "/_next/static/:path*", headers: noScript },
      { source: "/_next/static/chunks/:path*", headers: workerScript },
      { source: "/_next/image", headers: noScript },
      { source: "/favicon.ico", headers: noScript },
      { source: "/icon.svg", headers: noScript },
    ];
  },
};

module.exports = nextConfig;
