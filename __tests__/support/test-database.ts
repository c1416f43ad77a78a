// A throwaway SQLite database per test file: migrated with the committed migrations and seeded the
// same way `npm start` does it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { prepareDatabase } from "@/scripts/lib/prepare-database";

export function makeTempDatabaseUrl(label: string): { url: string; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `advisor-${label}-`));
  return { url: `file:${path.join(dir, "test.db")}`, dir };
}

/** Points the app's environment at a fresh, migrated and seeded database. Call before importing app modules. */
export async function useFreshDatabase(label: string): Promise<{ url: string; dir: string }> {
  const db = makeTempDatabaseUrl(label);
  await prepareDatabase(db.url, () => {});
  process.env.DATABASE_URL = db.url;
  return db;
}
