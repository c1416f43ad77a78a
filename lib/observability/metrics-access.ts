// Who may read GET /api/metrics: with METRICS_TOKEN set, a request bearing that token (compared in
// constant time); without it, loopback clients only (a Prometheus beside the app, or an SSH tunnel).
// The client address is the one the front door decided (lib/server/front-door.ts), never a header
// a client can send.
import { createHash, timingSafeEqual } from "node:crypto";

export type MetricsAccess = { allowed: true } | { allowed: false; status: 401 | 403; message: string };

const digest = (value: string) => createHash("sha256").update(value).digest();

export function isLoopback(address: string | null): boolean {
  if (!address) return false;
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  return v4 === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

export function decideMetricsAccess(
  authorization: string | null,
  client: string | null,
  token: string | undefined,
): MetricsAccess {
  if (token === undefined) {
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
