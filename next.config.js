// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // better-sqlite3 and the Prisma runtime are native/server-only; Next already keeps them external.
};

module.exports = nextConfig;
