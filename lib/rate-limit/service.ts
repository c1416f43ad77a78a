// A generic rate limiter whose counters live in the database, so every app instance shares them.
// Fixed windows: one row per key, counted with single-statement updates that are atomic on SQLite
// and PostgreSQL alike (no read-modify-write race on the count).
import "server-only";
import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { decide, windowCutoff, type RateLimit, type RateLimitDecision } from "./window";

export type { RateLimit, RateLimitDecision } from "./window";

/** Counts one request against `key` (e.g. "admin-login:203.0.113.9") and says whether it may proceed. */
export async function hitRateLimit(key: string, limit: RateLimit, now = new Date()): Promise<RateLimitDecision> {
  const db = getDb();
  const cutoff = windowCutoff(now, limit);
  for (let attempt = 0; attempt < 3; attempt++) {
    // The common case, a live window, is one statement (UPDATE … RETURNING): cheap enough to sit in
    // front of every save without costing the save path a second round trip.
    const [live] = await db.rateLimitBucket.updateManyAndReturn({
      where: { key, windowStart: { gt: cutoff } },
      data: { count: { increment: 1 } },
      select: { count: true, windowStart: true },
    });
    if (live) return decide(live.count, live.windowStart, now, limit);
    // No live window: restart an expired one, or create the first. Two instances restarting the
    // same window at once may undercount by one request; acceptable for a limiter.
    const restarted = await db.rateLimitBucket.updateMany({
      where: { key, windowStart: { lte: cutoff } },
      data: { windowStart: now, count: 1 },
    });
    if (restarted.count === 0) {
      try {
        await db.rateLimitBucket.create({ data: { key, windowStart: now, count: 1 }, select: { key: true } });
      } catch (error) {
        if (isUniqueViolation(error)) continue; // another request created it first: count again
        throw error;
      }
    }
    return decide(1, now, now, limit);
  }
  throw new Error(`Rate limiter could not count a request for ${key}`);
}

/** Forgets a key's window (e.g. after a successful login), so honest users are not locked out later. */
export async function resetRateLimit(key: string): Promise<void> {
  await getDb().rateLimitBucket.deleteMany({ where: { key } });
}
