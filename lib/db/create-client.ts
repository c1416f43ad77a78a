// Builds a Prisma client on the SQLite driver adapter. Kept free of "server-only" so scripts (start,
// seed, benchmarks) and tests can use it; app code goes through lib/db/client.ts instead.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/sqlite/client";

export type Db = PrismaClient;

/** How long a connection waits on a locked database before giving up (better-sqlite3 busy timeout). */
const BUSY_TIMEOUT_MS = 10_000;

export function createPrismaClient(databaseUrl: string): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: databaseUrl, timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

/**
 * WAL lets readers proceed while one writer commits, and the journal mode is stored in the file,
 * so setting it once at start is enough; the busy timeout above covers writer-writer contention.
 */
export async function configureSqlite(db: PrismaClient): Promise<void> {
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
}
