// Prisma CLI configuration. Uses the JS engine with a driver adapter because the native schema
// engine cannot be downloaded on these machines. DATABASE_URL picks the provider: postgres:// or
// postgresql:// uses the derived PostgreSQL schema and its own migrations folder (docs/deploy.md);
// anything else is the SQLite file.
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// The CLI ignores .env when this file exists; variables already set still win.
if (fs.existsSync(".env")) process.loadEnvFile(".env");

const DEFAULT_DATABASE_URL = "file:./data/advisor.db";
const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const postgres = /^postgres(ql)?:\/\//i.test(url);

/**
 * adapter-pg 6.19.3 cannot decode the pg_catalog types `name` (OID 19) and `"char"` (OID 18) that the
 * schema engine reads during migrate (prisma/orm#27403). For the CLI only, report them as text (25):
 * both arrive from the server as plain strings.
 */
function decodeCatalogTypesAsText(): void {
  // pg exports Result at run time although its type declarations do not.
  const { Result } = pg as unknown as { Result: { prototype: unknown } };
  const prototype = Result.prototype as {
    addFields(fields: { dataTypeID: number }[]): void;
    __advisorPatched?: boolean;
  };
  if (prototype.__advisorPatched) return;
  const addFields = prototype.addFields;
  prototype.addFields = function (fields) {
    for (const field of fields) if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
    return addFields.call(this, fields);
  };
  prototype.__advisorPatched = true;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? path.join("prisma", "postgres", "schema.prisma") : path.join("prisma", "schema.prisma"),
  migrations: {
    // ADVISOR_MIGRATIONS_PATH: only the storage-migration test sets it, to stop at an earlier release.
    path:
      process.env.ADVISOR_MIGRATIONS_PATH ||
      (postgres ? path.join("prisma", "postgres", "migrations") : path.join("prisma", "migrations")),
  },
  async adapter() {
    if (!postgres) return new PrismaBetterSQLite3({ url });
    decodeCatalogTypesAsText();
    // allowExitOnIdle: otherwise the CLI waits for pg's 10-second idle timeout before it exits.
    return new PrismaPg({ connectionString: url, max: 2, allowExitOnIdle: true });
  },
});
