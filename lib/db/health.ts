// Database liveness for /api/health.
import "server-only";
import { getDb } from "./client";

/** Resolves when the database answers a trivial query; rejects with the driver's error otherwise. */
export async function pingDatabase(): Promise<void> {
  await getDb().$queryRawUnsafe("SELECT 1");
}
