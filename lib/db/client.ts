// The app's one Prisma client per process, kept in the process's one home for state
// (lib/process-state.ts) so development hot reloads and Next's several bundles of this module reuse
// it instead of opening new connections. A PostgreSQL pool is kept beside it for the metrics.
import "server-only";
import { getEnv } from "@/lib/config/env";
import { keepInProcess, processValue } from "@/lib/process-state";
import { createPrismaClient, type Db } from "./create-client";

export function getDb(): Db {
  return processValue("database", () => {
    const env = getEnv();
    return createPrismaClient(env.DATABASE_URL, {
      poolSize: env.DATABASE_POOL_SIZE,
      onPool: (pool) => keepInProcess("database-pool", pool),
    });
  });
}
