// Brings a database up to date: applies committed migrations with `prisma migrate deploy` (the
// provider's own folder: prisma.config.ts picks it from the URL), turns on WAL for SQLite, and seeds
// the knowledge base when the database has none. Safe to run on every start, and from several
// instances at once (PostgreSQL: migrate takes an advisory lock; the seed is written once).
import { spawnSync } from "node:child_process";
import { OFFLINE_ENV } from "@/lib/config/offline-env";
import fs from "node:fs";
import path from "node:path";
import { isPostgresUrl } from "@/lib/config/env";
import { configureSqlite, createPrismaClient } from "@/lib/db/create-client";
import { SEED_RELEASES, seedKnowledge } from "@/lib/knowledge/seed-data";
import { seedKnowledgeBase, upgradeKnowledgeBase } from "@/lib/knowledge/seed";

const root = path.resolve(__dirname, "..", "..");

/** SQLite resolves `file:` paths against the working directory; create the folder it will need. */
function ensureSqliteFolder(databaseUrl: string): void {
  if (isPostgresUrl(databaseUrl)) return;
  const file = databaseUrl.slice("file:".length).split("?")[0] ?? "";
  if (file && file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}

/**
 * Two instances starting together may both try to apply the same migration; the loser fails on a
 * table the winner just created. A retry then finds the migration recorded and has nothing to do.
 */
const MIGRATE_ATTEMPTS = 3;

export function migrateDatabase(databaseUrl: string): void {
  ensureSqliteFolder(databaseUrl);
  const prisma = path.join(root, "node_modules", ".bin", "prisma");
  let failure = "";
  for (let attempt = 1; attempt <= MIGRATE_ATTEMPTS; attempt++) {
    const result = spawnSync(prisma, ["migrate", "deploy"], {
      cwd: root,
      env: {
        ...process.env,
        ...OFFLINE_ENV,
        DATABASE_URL: databaseUrl,
        NODE_OPTIONS:
          `${process.env.NODE_OPTIONS ?? ""} --require ${path.join(root, "scripts", "lib", "prisma-cli-timers.cjs")}`.trim(),
      },
      encoding: "utf8",
    });
    if (result.status === 0) return;
    failure = `${result.stdout ?? ""}${result.stderr ?? ""}`;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500 * attempt); // back off before retrying
  }
  throw new Error(`prisma migrate deploy failed ${MIGRATE_ATTEMPTS} times:\n${failure}`);
}

export async function prepareDatabase(databaseUrl: string, log: (line: string) => void = console.log) {
  migrateDatabase(databaseUrl);
  const db = createPrismaClient(databaseUrl);
  try {
    if (!isPostgresUrl(databaseUrl)) await configureSqlite(db);
    const outcome = await seedKnowledgeBase(db, seedKnowledge);
    log(
      outcome.seeded
        ? `Seeded the knowledge base as version ${outcome.versionNumber}.`
        : `Knowledge base already present (${outcome.reason}); not seeding.`,
    );
    const upgraded = outcome.seeded ? null : await upgradeKnowledgeBase(db, seedKnowledge, SEED_RELEASES);
    if (upgraded !== null) log(`Published version ${upgraded}: the seed's newer collections and corrections.`);
    return outcome;
  } finally {
    await db.$disconnect();
  }
}
