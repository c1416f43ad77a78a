// Migrating and seeding: on a new file, twice, and concurrently — the knowledge base is written once.
import { spawn } from "node:child_process";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import { prepareDatabase } from "@/scripts/lib/prepare-database";
import { makeTempDatabaseUrl } from "../support/test-database";

jest.setTimeout(60_000);

async function countRows(url: string) {
  const db = createPrismaClient(url);
  try {
    const [versions, ratings, criteria, platforms, support, capabilities, history, journal] = await Promise.all([
      db.kbVersion.count(),
      db.rating.count(),
      db.criterion.count(),
      db.platform.count(),
      db.platformSupport.count(),
      db.capability.count(),
      db.historyEvent.count(),
      db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode"),
    ]);
    return { versions, ratings, criteria, platforms, support, capabilities, history, journalMode: journal[0]?.journal_mode };
  } finally {
    await db.$disconnect();
  }
}

test("a new database file is migrated, switched to WAL and seeded once; a second start changes nothing", async () => {
  const { url } = makeTempDatabaseUrl("setup");
  const first = await prepareDatabase(url, () => {});
  expect(first).toEqual({ seeded: true, versionNumber: 1 });
  const afterFirst = await countRows(url);
  expect(afterFirst).toEqual({
    versions: 1,
    ratings: seedKnowledge.ratings.length,
    criteria: seedKnowledge.criteria.length,
    platforms: seedKnowledge.platforms.length,
    support: seedKnowledge.platformSupport.length,
    capabilities: seedKnowledge.capabilities.length,
    history: seedKnowledge.history.length,
    journalMode: "wal",
  });

  const second = await prepareDatabase(url, () => {});
  expect(second.seeded).toBe(false);
  expect(await countRows(url)).toEqual(afterFirst);
});

test("two app processes starting at once on the same new database migrate it and seed exactly one version", async () => {
  const { url } = makeTempDatabaseUrl("race");
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const start = () =>
    new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(tsx, ["scripts/prepare-db.ts"], { env: { ...process.env, DATABASE_URL: url } });
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
      child.on("exit", (code) => resolve({ code, output }));
    });
  const runs = await Promise.all([start(), start()]);
  // The output rides along so a failure says why a start failed.
  expect(runs).toEqual([expect.objectContaining({ code: 0 }), expect.objectContaining({ code: 0 })]);

  const counts = await countRows(url);
  expect(counts.versions).toBe(1);
  expect(counts.ratings).toBe(seedKnowledge.ratings.length);
});
