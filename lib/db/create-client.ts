// Builds a Prisma client for DATABASE_URL: PostgreSQL (through @prisma/adapter-pg and a pg pool) for a
// postgres:// or postgresql:// URL, else SQLite (through better-sqlite3). Kept free of "server-only"
// so scripts (start, seed, benchmarks) and tests can use it; app code goes through lib/db/client.ts.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { isPostgresUrl } from "@/lib/config/env";
import { PrismaClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgres/client";

/**
 * Both generated clients come from one model source (prisma/schema.prisma; the PostgreSQL schema is
 * derived from it), so they have the same API: the SQLite client's type stands for both.
 */
export type Db = PrismaClient;

/** How long a connection waits on a locked database before giving up (better-sqlite3 busy timeout). */
export const BUSY_TIMEOUT_MS = 10_000;

export type ClientOptions = { poolSize?: number; onPool?: (pool: pg.Pool) => void };

export function createPrismaClient(databaseUrl: string, options: ClientOptions = {}): Db {
  if (isPostgresUrl(databaseUrl)) {
    const pool = new pg.Pool({
      connectionString: databaseUrl,
      max: options.poolSize ?? 10,
      // Fail fast while the database is down (requests answer 503 at once) rather than queueing;
      // the pool opens new connections by itself once it is back.
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
    });
    // The pool is ours so that its use can be reported (GET /api/metrics); the client still ends it.
    options.onPool?.(pool);
    const adapter = new PrismaPg(pool, { disposeExternalPool: true });
    return new PostgresPrismaClient({ adapter }) as unknown as Db;
  }
  const adapter = new PrismaBetterSQLite3({ url: databaseUrl, timeout: BUSY_TIMEOUT_MS });
  const client = new PrismaClient({ adapter });
  // FULL: every commit is fsynced before the 201 goes out, so an acknowledged save survives a power
  // loss, not only a killed process (docs/performance.md). The setting is per connection, and a
  // connection opened on a file already in WAL mode starts at NORMAL, so it is set on each client;
  // being the client's first statement, it runs before any write.
  void client.$executeRawUnsafe("PRAGMA synchronous = FULL").catch(() => {});
  return client;
}

/**
 * SQLite only: WAL lets readers proceed while one writer commits, and the journal mode is stored in
 * the file, so setting it once at start is enough; the busy timeout above covers writer contention.
 */
export async function configureSqlite(db: Db): Promise<void> {
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
}
