// What the server records of every request it answers: the request count and latency by route and
// status (GET /api/metrics), and a log line for each 5xx and each slow request, with the request id
// the front door gave it. Routes are labels from a fixed list, never raw paths, so neither the
// metrics nor the logs carry share ids or anything else a client put in the URL.
import type http from "node:http";
import { logger } from "./logger";
import { metrics } from "./metrics";
import { routeLabel } from "./route-label";

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

export function observeRequest(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  { requestId, slowMs }: { requestId: string; slowMs: number },
): void {
  const started = process.hrtime.bigint();
  response.once("finish", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const method = METHODS.has(request.method ?? "") ? request.method! : "other";
    const route = routeLabel((request.url ?? "/").split("?")[0]!);
    const status = response.statusCode;
    const { requests, duration } = metrics();
    requests.inc({ method, route, status: String(status) });
    duration.observe({ route }, seconds);
    const durationMs = Math.round(seconds * 1000);
    if (status < 500 && durationMs < slowMs) return;
    // 503 is the answer while the database is down (docs/deploy.md): an operational state, not a fault.
    const level = status >= 500 && status !== 503 ? "error" : "warn";
    logger()[level](
      { requestId, method, route, status, durationMs },
      status >= 500 ? `answered ${status}` : "slow request",
    );
  });
}
