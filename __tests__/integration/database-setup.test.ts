// Migrating and seeding: on a new database, twice, and concurrently — the knowledge base is written once.
// Runs on SQLite (a new file, switched to WAL) and on PostgreSQL (a new database on the test cluster).
import { spawn } from "node:child_process";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/create-client";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import { prepareDatabase } from "@/scripts/lib/prepare-database";
import { makeTempDatabase, testProvider, useFreshDatabase } from "../support/test-database";

jest.setTimeout(60_000);

async function countRows(url: string) {
  const db = createPrismaClient(url);
  try {
    const entries = (collection: string) => db.kbDocument.count({ where: { collection } });
    const [versions, ratings, criteria, platforms, support, capabilities, history, journalMode] = await Promise.all([
      db.kbVersion.count(),
      entries("ratings"),
      entries("criteria"),
      entries("platforms"),
      entries("platformSupport"),
      entries("capabilities"),
      entries("history"),
      testProvider === "sqlite"
        ? db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode").then((rows) => rows[0]?.journal_mode)
        : Promise.resolve("n/a"),
    ]);
    return { versions, ratings, criteria, platforms, support, capabilities, history, journalMode };
  } finally {
    await db.$disconnect();
  }
}

test("a new database is migrated (SQLite: switched to WAL) and seeded once; a second start changes nothing", async () => {
  const { url } = await makeTempDatabase("setup");
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
    journalMode: testProvider === "sqlite" ? "wal" : "n/a",
  });

  const second = await prepareDatabase(url, () => {});
  expect(second.seeded).toBe(false);
  expect(await countRows(url)).toEqual(afterFirst);
});

test("two app processes starting at once on the same new database migrate it and seed exactly one version", async () => {
  const { url } = await makeTempDatabase("race");
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

test("on SQLite, saves' rows commit with synchronous = FULL; only the rate limiter's counts at NORMAL", async () => {
  if (testProvider !== "sqlite") return expect(testProvider).toBe("postgres"); // a SQLite setting
  await useFreshDatabase("hot-writes-synchronous"); // prepared, so the file is already in WAL mode
  const { sqliteHotWrites } = await import("@/lib/db/sqlite-hot-writes");
  // An acknowledged save must survive a power cut; a forgotten count only lets a client save a little more.
  expect(sqliteHotWrites()?.synchronous()).toEqual({ rows: 2, counts: 1 });
});

test("on SQLite, every client commits with synchronous = FULL, even on a file already in WAL mode", async () => {
  if (testProvider !== "sqlite") return expect(testProvider).toBe("postgres"); // a SQLite setting
  const { url } = await makeTempDatabase("synchronous");
  await prepareDatabase(url, () => {}); // leaves the file in WAL mode
  for (let i = 0; i < 3; i++) {
    const db = createPrismaClient(url);
    const rows = await db.$queryRawUnsafe<{ synchronous: number | bigint }[]>("PRAGMA synchronous");
    await db.$disconnect();
    expect(Number(rows[0]?.synchronous)).toBe(2); // 2 = FULL
  }
});
