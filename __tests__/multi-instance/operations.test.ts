// What an operator of the production server relies on: Prometheus metrics at GET /api/metrics
// (loopback only, or a bearer token when METRICS_TOKEN is set) that count what happened, and logs
// that are pino JSON lines, one per event, with the request id of each failed or slow request.
import { prepareDatabase } from "@/scripts/lib/prepare-database";
import { createPostgresDatabase } from "../support/test-database";
import { startAppServer, waitFor, type AppServer } from "./servers";

jest.setTimeout(120_000);

const TOKEN = "a-metrics-token-for-the-test";
let open: AppServer;
let guarded: AppServer;
let answers: unknown;

beforeAll(async () => {
  const url = await createPostgresDatabase("operations");
  await prepareDatabase(url, () => {});
  // SLOW_REQUEST_MS=1: every request counts as slow, so each one writes a log line to check.
  [open, guarded] = await Promise.all([
    startAppServer({ DATABASE_URL: url, SLOW_REQUEST_MS: "1" }),
    startAppServer({ DATABASE_URL: url, METRICS_TOKEN: TOKEN }),
  ]);
  answers = ((await (await fetch(`${open.url}/api/v1/questionnaire`)).json()) as { defaults: unknown }).defaults;
});

afterAll(async () => {
  await Promise.all([open?.stop(), guarded?.stop()]);
});

const sample = (text: string, name: string, labels: string) =>
  Number(new RegExp(`^${name}\\{${labels}\\} (\\S+)$`, "m").exec(text)?.[1] ?? NaN);

test("metrics count requests by route and status, memo hits, share-page lookups, batches, pool and cache sizes", async () => {
  const body = JSON.stringify({ answers });
  const evaluate = () =>
    fetch(`${open.url}/api/v1/evaluate`, { method: "POST", headers: { "content-type": "application/json" }, body });
  expect((await evaluate()).status).toBe(200);
  expect((await evaluate()).status).toBe(200); // the same answers again: a memo hit
  const saved = await fetch(`${open.url}/api/v1/recommendations`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ answers, name: "Metrics" }),
  });
  expect(saved.status).toBe(201);
  const { id } = (await saved.json()) as { id: string };
  // Each answer is read to its end: a request is counted once its answer has been sent.
  const view = async (path: string) => {
    const answer = await fetch(`${open.url}${path}`);
    await answer.text();
    return answer.status;
  };
  for (let i = 0; i < 2; i++) expect(await view(`/r/${id}`)).toBe(200);
  expect(await view("/no-such-page")).toBe(404);

  const answer = await fetch(`${open.url}/api/metrics`);
  expect(answer.status).toBe(200);
  expect(answer.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await answer.text();
  expect(sample(text, "advisor_http_requests_total", 'method="POST",route="/api/v1/evaluate",status="200"')).toBe(2);
  expect(sample(text, "advisor_http_requests_total", 'method="GET",route="other",status="404"')).toBe(1);
  expect(text).not.toContain("no-such-page"); // routes are labels, never raw paths
  expect(sample(text, "advisor_http_request_duration_seconds_count", 'route="/api/v1/evaluate"')).toBe(2);
  expect(sample(text, "advisor_evaluation_memo_total", 'result="hit"')).toBeGreaterThanOrEqual(1);
  expect(sample(text, "advisor_share_page_cache_total", 'result="miss"')).toBe(1);
  expect(sample(text, "advisor_share_page_cache_total", 'result="hit"')).toBe(1);
  expect(sample(text, "advisor_group_commit_batch_size_count", 'queue="recommendations"')).toBe(1);
  expect(sample(text, "advisor_database_pool_connections", 'state="open"')).toBeGreaterThan(0);
  expect(sample(text, "advisor_cache_bytes", 'cache="share-pages"')).toBeGreaterThan(10_000);
  expect(sample(text, "advisor_cache_entries", 'cache="evaluations"')).toBeGreaterThanOrEqual(1);
  expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
});

test("with METRICS_TOKEN set, metrics need the bearer token; without it, only loopback clients get them", async () => {
  const none = await fetch(`${guarded.url}/api/metrics`);
  expect(none.status).toBe(401);
  expect(none.headers.get("www-authenticate")).toBe("Bearer");
  expect(((await none.json()) as { error: { message: string } }).error.message).toMatch(/METRICS_TOKEN/);
  const wrong = await fetch(`${guarded.url}/api/metrics`, { headers: { authorization: `Bearer ${TOKEN}x` } });
  expect(wrong.status).toBe(401);
  const right = await fetch(`${guarded.url}/api/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(right.status).toBe(200);
  // A forged forwarding header does not make a client loopback, nor does it reach the metrics.
  expect(guarded.output()).not.toContain(TOKEN);
});

test("behind a proxy TRUST_PROXY does not name, metrics are refused and the log says to set TRUST_PROXY, once", async () => {
  // The documented nginx setup without TRUST_PROXY: the proxy connects from loopback and adds X-Forwarded-For.
  for (const header of ["x-forwarded-for", "forwarded", "x-real-ip"]) {
    const proxied = await fetch(`${open.url}/api/metrics`, { headers: { [header]: "203.0.113.7" } });
    expect(proxied.status).toBe(403);
    expect(((await proxied.json()) as { error: { message: string } }).error.message).toMatch(/TRUST_PROXY/);
  }
  expect((await fetch(`${open.url}/api/metrics`)).status).toBe(200); // a scraper on this machine still gets them
  const warnings = open
    .output()
    .split("\n")
    .filter(
      (line) => line.includes('"level":"warn"') && line.includes("X-Forwarded-For") && line.includes("TRUST_PROXY"),
    );
  expect(warnings).toHaveLength(1);
});

test("the server's log is pino JSON lines; a slow request names its request id, route, status and duration", async () => {
  const answer = await fetch(`${open.url}/api/health`);
  const requestId = answer.headers.get("x-request-id");
  await waitFor(async () => open.output().includes(`"requestId":"${requestId}"`), 10_000, "the request's log line");
  const lines = open
    .output()
    .split("\n")
    .filter((line) => line.trim().length > 0);
  const parsed = lines.map((line) => {
    try {
      return JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`Not a JSON log line: ${line}`);
    }
  });
  for (const entry of parsed)
    expect(entry).toEqual(expect.objectContaining({ level: expect.any(String), time: expect.any(String) }));
  expect(parsed).toContainEqual(
    expect.objectContaining({
      level: "warn",
      requestId,
      route: "/api/health",
      status: 200,
      durationMs: expect.any(Number),
    }),
  );
});
