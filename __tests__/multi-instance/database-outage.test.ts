// A database outage: while PostgreSQL is stopped, /api/health, the API and pages answer 503 (pages
// with a "temporarily unavailable" page); once it is started again, everything answers 200 without
// restarting the app. Runs on a cluster of its own, so stopping it disturbs no other test.
import { startPostgresCluster, type PostgresCluster } from "@/scripts/lib/postgres-cluster";
import { prepareDatabase } from "@/scripts/lib/prepare-database";
import { createPostgresDatabase } from "../support/test-database";
import { startAppServer, waitFor, type AppServer } from "./servers";

jest.setTimeout(120_000);

let cluster: PostgresCluster;
let app: AppServer;

beforeAll(async () => {
  cluster = await startPostgresCluster("outage");
  const url = await createPostgresDatabase("outage", cluster.url);
  await prepareDatabase(url, () => {});
  app = await startAppServer({ DATABASE_URL: url });
});

afterAll(async () => {
  await app?.stop();
  cluster?.remove();
});

const status = async (path: string) => (await fetch(`${app.url}${path}`, { redirect: "manual" })).status;

test("stop PostgreSQL: 503 everywhere with a clear message; start it: 200 again, with no restart", async () => {
  const { defaults } = (await (await fetch(`${app.url}/api/v1/questionnaire`)).json()) as { defaults: unknown };
  const saved = await fetch(`${app.url}/api/v1/recommendations`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ answers: defaults }),
  });
  expect(saved.status).toBe(201);
  const { id } = (await saved.json()) as { id: string };
  for (const path of ["/api/health", "/api/v1/model", "/knowledge", `/r/${id}`]) expect(await status(path)).toBe(200);

  cluster.stop();

  const health = await fetch(`${app.url}/api/health`);
  expect(health.status).toBe(503);
  expect(await health.json()).toEqual({ status: "unavailable", reason: expect.any(String) });

  const api = await fetch(`${app.url}/api/v1/model`);
  expect(api.status).toBe(503);
  expect(api.headers.get("retry-after")).toBeTruthy();
  expect(await api.json()).toEqual({
    error: { code: "unavailable", message: expect.stringMatching(/temporarily unavailable/i) },
  });

  // A kept page (a share page, the knowledge page) checked less than RECHECK_MS ago is still served
  // from memory; a view in the window after may be too, while its check runs behind it
  // (host/page-cache/page-cache.ts); once a check has failed, Next answers, like every other page.
  for (const kept of [`/r/${id}`, "/knowledge"]) {
    await waitFor(async () => (await status(kept)) !== 200, 10_000, `${kept} to wait for its failing check`);
  }
  for (const path of ["/knowledge", `/r/${id}`, "/"]) {
    const page = await fetch(`${app.url}${path}`); // follows the redirect to the 503 page
    expect(page.status).toBe(503);
    expect(page.url).toContain(`/unavailable?from=${encodeURIComponent(path)}`);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(await page.text()).toMatch(/Temporarily unavailable/);
  }

  cluster.start();

  await waitFor(async () => (await status("/api/health")) === 200, 30_000, "/api/health to answer 200 again");
  for (const path of ["/api/v1/model", "/knowledge", `/r/${id}`, "/"]) expect(await status(path)).toBe(200);
});
