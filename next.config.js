// @ts-check
// Security headers: the fixed ones go on every response here; pages get their nonce CSP from
// proxy.ts, everything else (static files, API answers) the no-script policy below.
/** @type {import('next').NextConfig} */

// Kept in step with lib/security/headers.ts (a .js config cannot import the TypeScript module);
// __tests__/unit/security-headers.test.ts checks that they agree.
const COMMON_SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy":
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()",
};
const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const toList = (/** @type {Record<string, string>} */ headers) =>
  Object.entries(headers).map(([key, value]) => ({ key, value }));

const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // better-sqlite3 and the Prisma runtime are native/server-only; Next already keeps them external.
  async headers() {
    return [
      { source: "/:path*", headers: toList(COMMON_SECURITY_HEADERS) },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: NON_PAGE_CSP }] },
      { source: "/_next/static/:path*", headers: [{ key: "Content-Security-Policy", value: NON_PAGE_CSP }] },
      { source: "/_next/image", headers: [{ key: "Content-Security-Policy", value: NON_PAGE_CSP }] },
      { source: "/favicon.ico", headers: [{ key: "Content-Security-Policy", value: NON_PAGE_CSP }] },
    ];
  },
};

module.exports = nextConfig;
