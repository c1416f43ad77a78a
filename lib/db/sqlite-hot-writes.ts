// The two writes every save makes (its rate-limit count and its row), on SQLite, as prepared
// statements on better-sqlite3 connections of their own. Through Prisma each passes its query
// compiler (WebAssembly, on the main thread): 28 % of that thread under a flood of saves, the row's
// compressed evaluation included (docs/performance.md). The statements write exactly what Prisma
// writes (dates as the same ISO text), so every other read and write still goes through Prisma.
// PostgreSQL keeps Prisma: there the statements are compiled once per shape and the commit is not
// on this thread. Behind the services' interfaces (lib/recommendations/service.ts,
// lib/rate-limit/service.ts), which fall back to Prisma when this returns null.
import "server-only";
import Database from "better-sqlite3";
import { getEnv, isPostgresUrl } from "@/lib/config/env";
import { processValue } from "@/lib/process-state";
import { BUSY_TIMEOUT_MS } from "./create-client";

/** A save's row, as lib/recommendations/service.ts builds it. */
export type RecommendationRow = {
  id: string;
  ownerTokenHash: string;
  name: string | null;
  notes: string | null;
  answersJson: string;
  weightsJson: string;
  quotesJson: string;
  assumptionsJson: string;
  evaluationBrotli: Uint8Array<ArrayBuffer>;
  kbVersion: number;
  modelVersion: string;
  winner: string | null;
  createdAt: Date;
  updatedAt: Date;
};

export type HotWrites = {
  /** Inserts the rows in one transaction (one fsync): all of them or none. */
  insertRecommendations(rows: RecommendationRow[]): void;
  /** Adds `n` to a live window's count; its count and start after, or null when it has no live window. */
  countInLiveWindow(key: string, n: number, cutoff: Date): { count: number; windowStart: Date } | null;
  /** Each connection's `synchronous` as SQLite reports it (2 = FULL, 1 = NORMAL): what the tests hold it to. */
  synchronous(): { rows: number; counts: number };
};

/** How Prisma stores a DateTime on SQLite: ISO text with an explicit offset. */
const sqliteDate = (date: Date) => date.toISOString().replace("Z", "+00:00");

/** The process's statements, or null on PostgreSQL. */
export function sqliteHotWrites(): HotWrites | null {
  return processValue("sqlite-hot-writes", () => {
    const url = getEnv().DATABASE_URL;
    if (isPostgresUrl(url)) return null;
    const file = url.replace(/^file:/, "");
    const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    // Every commit fsynced before the 201, as on Prisma's connection (lib/db/create-client.ts).
    db.pragma("synchronous = FULL");
    const insert = db.prepare(
      `INSERT INTO "Recommendation" ("id", "ownerTokenHash", "name", "notes", "answersJson", "weightsJson", "quotesJson",
        "assumptionsJson", "evaluationBrotli", "kbVersion", "modelVersion", "winner", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertAll = db.transaction((rows: RecommendationRow[]) => {
      for (const row of rows) {
        insert.run(
          row.id,
          row.ownerTokenHash,
          row.name,
          row.notes,
          row.answersJson,
          row.weightsJson,
          row.quotesJson,
          row.assumptionsJson,
          Buffer.from(row.evaluationBrotli.buffer, row.evaluationBrotli.byteOffset, row.evaluationBrotli.byteLength),
          row.kbVersion,
          row.modelVersion,
          row.winner,
          sqliteDate(row.createdAt),
          sqliteDate(row.updatedAt),
        );
      }
    });
    // The count is not the save: a power cut may forget the last counts (a client gets a few more
    // saves in that window), never a row. So it commits on a connection that does not wait for the
    // disk (NORMAL, in WAL mode: written through the OS, fsynced at the next checkpoint or FULL commit),
    // which took a sixth of the main thread under a flood of saves when each count waited (2026-12-07).
    const counts = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    counts.pragma("synchronous = NORMAL");
    const count = counts.prepare(
      `UPDATE "RateLimitBucket" SET "count" = "count" + ? WHERE "key" = ? AND "windowStart" > ?
       RETURNING "count", "windowStart"`,
    );
    return {
      insertRecommendations: (rows) => insertAll(rows),
      countInLiveWindow(key, n, cutoff) {
        const row = count.get(n, key, sqliteDate(cutoff)) as { count: number; windowStart: string } | undefined;
        return row ? { count: Number(row.count), windowStart: new Date(row.windowStart) } : null;
      },
      synchronous: () => ({
        rows: Number(db.pragma("synchronous", { simple: true })),
        counts: Number(counts.pragma("synchronous", { simple: true })),
      }),
    };
  });
}
