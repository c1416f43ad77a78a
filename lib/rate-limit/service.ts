// A generic rate limiter whose counters live in the database, so every app instance shares them.
// Fixed windows: one row per key, counted with single-statement updates that are atomic on SQLite
// and PostgreSQL alike (no read-modify-write race on the count), for a whole group of requests at once.
import "server-only";
import { getDb } from "@/lib/db/client";
import { groupCommit } from "@/lib/db/group-commit";
import { sqliteHotWrites } from "@/lib/db/sqlite-hot-writes";
import { metrics } from "@/lib/observability/metrics";
import { processValue } from "@/lib/process-state";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { MAX_WINDOW_SECONDS } from "@/lib/config/env";
import { decide, windowCutoff, type RateLimit, type RateLimitDecision } from "./window";

export type { RateLimit, RateLimitDecision } from "./window";

type Hit = { key: string; limit: RateLimit };

/**
 * Counts one request against `key` (e.g. "admin-login:203.0.113.9") and says whether it may proceed.
 * Requests that arrive while a count is being written are counted together (lib/db/group-commit.ts):
 * one statement per key for the whole group, each request judged by its own place in the count.
 */
export function hitRateLimit(key: string, limit: RateLimit): Promise<RateLimitDecision> {
  // One queue per process, whichever bundle copy of this module asks (lib/process-state.ts).
  const queue = processValue("group-commit:rate-limits", () =>
    groupCommit<Hit, RateLimitDecision>(countHits, {
      onBatch: (size) => metrics().batches.observe({ queue: "rate-limits" }, size),
    }),
  );
  return queue({ key, limit });
}

/** Dead windows are deleted at most this often per process, so the table holds only live clients. */
const SWEEP_EVERY_MS = 60_000;

async function countHits(hits: Hit[]): Promise<RateLimitDecision[]> {
  const now = new Date();
  await sweepDeadWindows(now);
  const groups = new Map<string, number[]>();
  hits.forEach(({ key, limit }, index) => {
    const group = JSON.stringify([key, limit.max, limit.windowSeconds]);
    const indexes = groups.get(group);
    if (indexes) indexes.push(index);
    else groups.set(group, [index]);
  });
  const decisions: RateLimitDecision[] = new Array(hits.length);
  for (const indexes of groups.values()) {
    const { key, limit } = hits[indexes[0]!]!;
    const { count, windowStart } = await addToWindow(key, indexes.length, limit, now);
    const first = count - indexes.length + 1; // what the group's first request made the count
    indexes.forEach((index, place) => (decisions[index] = decide(first + place, windowStart, now, limit)));
  }
  return decisions;
}

/** Adds `n` requests to `key`'s window (restarting it if it has expired); the count and window after. */
async function addToWindow(
  key: string,
  n: number,
  limit: RateLimit,
  now: Date,
): Promise<{ count: number; windowStart: Date }> {
  const db = getDb();
  const cutoff = windowCutoff(now, limit);
  for (let attempt = 0; attempt < 3; attempt++) {
    // The common case, a live window, is one statement (UPDATE … RETURNING): cheap enough to sit in
    // front of every save without costing the save path a second round trip.
    const hot = sqliteHotWrites(); // on SQLite, a prepared statement (lib/db/sqlite-hot-writes.ts)
    const live = hot
      ? hot.countInLiveWindow(key, n, cutoff)
      : (
          await db.rateLimitBucket.updateManyAndReturn({
            where: { key, windowStart: { gt: cutoff } },
            data: { count: { increment: n } },
            select: { count: true, windowStart: true },
          })
        )[0];
    if (live) return live;
    // No live window: restart an expired one, or create the first. Two instances restarting the
    // same window at once may undercount by one group; acceptable for a limiter.
    const restarted = await db.rateLimitBucket.updateMany({
      where: { key, windowStart: { lte: cutoff } },
      data: { windowStart: now, count: n },
    });
    if (restarted.count === 0) {
      try {
        await db.rateLimitBucket.create({ data: { key, windowStart: now, count: n }, select: { key: true } });
      } catch (error) {
        if (isUniqueViolation(error)) continue; // another request created it first: count again
        throw error;
      }
    }
    return { count: n, windowStart: now };
  }
  throw new Error(`Rate limiter could not count a request for ${key}`);
}

/**
 * Deletes the rows of windows that ended: every row whose window started longer ago than the longest
 * window any limit may have. One statement, at most once a minute per process; without it a row per
 * client (per IPv6 network, per account name tried) would stay for ever.
 */
async function sweepDeadWindows(now: Date): Promise<void> {
  const sweep = processValue("rate-limit-sweep", () => ({ lastAt: 0 }));
  if (now.getTime() - sweep.lastAt < SWEEP_EVERY_MS) return;
  sweep.lastAt = now.getTime();
  const cutoff = windowCutoff(now, { max: 0, windowSeconds: MAX_WINDOW_SECONDS });
  await getDb().rateLimitBucket.deleteMany({ where: { windowStart: { lt: cutoff } } });
}

/** Forgets a key's window (e.g. an account's failed sign-ins once its password is given). */
export async function resetRateLimit(key: string): Promise<void> {
  await getDb().rateLimitBucket.deleteMany({ where: { key } });
}

/**
 * Gives back one request counted against `key` (a sign-in that succeeded), so that only failures use
 * up the limit while every attempt is still counted before it is judged.
 */
export async function refundRateLimit(key: string): Promise<void> {
  await getDb().rateLimitBucket.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}
