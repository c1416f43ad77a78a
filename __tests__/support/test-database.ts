// A throwaway database per test file, migrated with the committed migrations and seeded the same way
// `npm start` does it. SQLite by default; with TEST_DATABASE=postgres, a new database on the
// throwaway cluster whose superuser URL is TEST_POSTGRES_URL (started by scripts/test.ts).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDatabase } from "@/scripts/lib/postgres-cluster";
import { prepareDatabase } from "@/scripts/lib/prepare-database";

/**
 * The provider this Jest run tests. `npm test` runs every __tests__/integration file on both; a test
 * about one provider's mechanics (e.g. SQLite's file locks) checks this and uses `test.skip` or
 * its own expectations for the other.
 */
export const testProvider: "postgres" | "sqlite" = process.env.TEST_DATABASE === "postgres" ? "postgres" : "sqlite";

export function makeTempDatabaseUrl(label: string): { url: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `advisor-${label}-`));
  return { url: `file:${path.join(dir, "test.db")}`, dir };
}

function postgresAdminUrl(): string {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) throw new Error("TEST_DATABASE=postgres needs TEST_POSTGRES_URL (npm test starts a cluster and sets it).");
  return url;
}

/** Creates an empty PostgreSQL database on the test cluster and returns its URL. */
export async function createPostgresDatabase(label: string, adminUrl = postgresAdminUrl()): Promise<string> {
  const name = `t_${label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .slice(0, 30)}_${randomBytes(4).toString("hex")}`;
  return createDatabase(adminUrl, name);
}

/** An empty database of the provider under test (not migrated). */
export async function makeTempDatabase(label: string): Promise<{ url: string }> {
  return testProvider === "postgres" ? { url: await createPostgresDatabase(label) } : makeTempDatabaseUrl(label);
}

/**
 * Points the app's environment at a fresh, migrated and seeded database. Call before importing app
 * modules. Under `npm test`, a copy of the one template scripts/test.ts migrated and seeded for the
 * stage (TEST_TEMPLATE_DATABASE: a file copied on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL);
 * run directly, each file migrates and seeds its own.
 */
export async function useFreshDatabase(label: string): Promise<{ url: string }> {
  const template = process.env.TEST_TEMPLATE_DATABASE;
  let db: { url: string };
  if (template && testProvider === "postgres") {
    const name = `t_${label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .slice(0, 30)}_${randomBytes(4).toString("hex")}`;
    db = { url: await createDatabase(postgresAdminUrl(), name, template) };
  } else if (template) {
    db = makeTempDatabaseUrl(label);
    fs.copyFileSync(template, db.url.slice("file:".length));
  } else {
    db = await makeTempDatabase(label);
    await prepareDatabase(db.url, () => {});
  }
  process.env.DATABASE_URL = db.url;
  return db;
}
