// Fixed-window arithmetic for the rate limiter, kept pure so it can be tested without a database.
import { rateLimitSubject } from "@/lib/security/client-address";
import { CLIENT_HEADER } from "@/lib/host-seam/request-headers";

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
 * The client a limit applies to: the address host/server.ts worked out for the request (from the socket,
 * and X-Forwarded-For only as far as TRUST_PROXY allows; host/front-door.ts) and set in a
 * header it always overwrites. Without that server in front (`next dev`), every client is "unknown".
 */
export function clientAddress(request: Request): string {
  return (request.headers.get(CLIENT_HEADER) || "unknown").slice(0, 64);
}

/** The client as per-client limits count it: its address, or its IPv6 network of `ipv6PrefixBits`. */
export function limitedClient(request: Request, ipv6PrefixBits: number): string {
  return rateLimitSubject(clientAddress(request), ipv6PrefixBits);
}
