// Who may read GET /api/metrics: with METRICS_TOKEN set, a request bearing that token (compared in
// constant time); without it, loopback clients only (a Prometheus beside the app, or an SSH tunnel).
// The client address is the one the front door decided (host/front-door.ts), never a header
// a client can send.
import { createHash, timingSafeEqual } from "node:crypto";

export type MetricsAccess = { allowed: true } | { allowed: false; status: 401 | 403; message: string };

const digest = (value: string) => createHash("sha256").update(value).digest();

export function isLoopback(address: string | null): boolean {
  if (!address) return false;
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  return v4 === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/**
 * `forwardedUntrusted`: the request came through a proxy TRUST_PROXY does not name, so the loopback
 * address is the proxy's and says nothing of the client: refused as any other client would be.
 */
export function decideMetricsAccess(
  authorization: string | null,
  client: string | null,
  token: string | undefined,
  forwardedUntrusted = false,
): MetricsAccess {
  if (token === undefined) {
    if (forwardedUntrusted) {
      return {
        allowed: false,
        status: 403,
        message:
          "This request came through a proxy (it carries X-Forwarded-For) but TRUST_PROXY is unset, so its client is unknown: set TRUST_PROXY, or METRICS_TOKEN to allow others.",
      };
    }
    return isLoopback(client)
      ? { allowed: true }
      : {
          allowed: false,
          status: 403,
          message: "Metrics are served to loopback clients only (set METRICS_TOKEN to allow others).",
        };
  }
  const offered = /^Bearer (.+)$/i.exec(authorization ?? "")?.[1];
  if (offered !== undefined && timingSafeEqual(digest(offered), digest(token))) return { allowed: true };
  return { allowed: false, status: 401, message: "Metrics need the bearer token set in METRICS_TOKEN." };
}
