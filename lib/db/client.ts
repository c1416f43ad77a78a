// The app's one Prisma client per process. Kept on globalThis so development hot reloads reuse it
// instead of opening a new connection each time a module is re-evaluated.
import "server-only";
import { getEnv } from "@/lib/config/env";
import { createPrismaClient, type Db } from "./create-client";

const globalForDb = globalThis as unknown as { hypervisorAdvisorDb?: Db };

export function getDb(): Db {
  const env = getEnv();
  globalForDb.hypervisorAdvisorDb ??= createPrismaClient(env.DATABASE_URL, { poolSize: env.DATABASE_POOL_SIZE });
  return globalForDb.hypervisorAdvisorDb;
}
