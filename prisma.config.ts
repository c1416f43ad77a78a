// Prisma CLI configuration. Uses the JS engine with a driver adapter because the native schema
// engine cannot be downloaded on these machines (see docs/architecture in README).
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// The CLI ignores .env when this file exists; variables already set still win.
if (fs.existsSync(".env")) process.loadEnvFile(".env");

const DEFAULT_DATABASE_URL = "file:./data/advisor.db";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL || DEFAULT_DATABASE_URL });
  },
});
