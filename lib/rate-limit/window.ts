// Fixed-window arithmetic for the rate limiter, kept pure so it can be tested without a database.

export type RateLimit = { max: number; windowSeconds: number };

export type RateLimitDecision = { allowed: boolean; count: number; remaining: number; retryAfterSeconds: number };

/** The moment before which a window that started then has expired. */
export function windowCutoff(now: Date, limit: RateLimit): Date {
  return new Date(now.getTime() - limit.windowSeconds * 1000);
}

/** Judges a bucket after this request was counted in it. */
export function decide(count: number, windowStart: Date, now: Date, limit: RateLimit): RateLimitDecision {
  const resetsAt = windowStart.getTime() + limit.windowSeconds * 1000;
  return {
    allowed: count <= limit.max,
    count,
    remaining: Math.max(0, limit.max - count),
    retryAfterSeconds: Math.max(1, Math.ceil((resetsAt - now.getTime()) / 1000)),
  };
}

/**
 * The client a limit applies to: the first X-Forwarded-For entry (the proxy's view of the client),
 * else "local". Only meaningful behind a proxy that overwrites the header; see docs/admin.md.
 */
export function clientAddress(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const real = request.headers.get("x-real-ip")?.trim();
  const address = forwarded || real || "local";
  return address.slice(0, 64);
}
