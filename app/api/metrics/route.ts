// GET /api/metrics: the process's Prometheus metrics (lib/observability/metrics.ts), to loopback
// clients or to holders of METRICS_TOKEN (lib/observability/metrics-access.ts). docs/deploy.md has a
// scrape configuration.
import { getEnv } from "@/lib/config/env";
import { decideMetricsAccess } from "@/lib/observability/metrics-access";
import { metrics } from "@/lib/observability/metrics";
import { CLIENT_HEADER, FORWARDED_HEADER } from "@/lib/host-seam/request-headers";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const access = decideMetricsAccess(
    request.headers.get("authorization"),
    request.headers.get(CLIENT_HEADER),
    getEnv().METRICS_TOKEN,
    request.headers.get(FORWARDED_HEADER) === "untrusted",
  );
  if (!access.allowed) {
    const code = access.status === 401 ? "unauthorized" : "forbidden";
    return Response.json(
      { error: { code, message: access.message } },
      {
        status: access.status,
        headers: { "Cache-Control": "no-store", ...(access.status === 401 ? { "WWW-Authenticate": "Bearer" } : {}) },
      },
    );
  }
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" },
  });
}
