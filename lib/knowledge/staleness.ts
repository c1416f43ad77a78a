// A rating is flagged as possibly stale when its evidence is older than this: the market moved a lot
// in 18-month spans since 2023 (Broadcom, driver removals), so older evidence deserves a re-check.
export const STALE_AFTER_MONTHS = 18;

export function isStale(asOf: string, now: Date, months = STALE_AFTER_MONTHS): boolean {
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  return new Date(`${asOf}T00:00:00Z`) < limit;
}

// One formatter for every date: toLocaleDateString with options builds a new one per call, which
// cost the results page ~30 ms of its start-up (hundreds of "as of" dates) on this machine.
const AS_OF = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "5 Dec 2026" for 2026-12-05. */
export function formatAsOf(asOf: string): string {
  return AS_OF.format(new Date(`${asOf}T00:00:00Z`));
}
