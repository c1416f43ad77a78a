// Two production servers on one PostgreSQL database, as behind a load balancer: nothing one needs
// lives only in the other's memory. Save on one, read and delete on the other; publish in one admin,
// see the new version on the other; the admin sign-in rate limit counts across both. What each keeps
// in memory (share pages) follows a change made on the other within the re-check window.
import { prepareDatabase } from "@/scripts/lib/prepare-database";
import { RECHECK_MS } from "@/host/page-cache/page-cache";
import { createPostgresDatabase } from "../support/test-database";
import { startAppServer, waitFor, type AppServer } from "./servers";

jest.setTimeout(120_000);

const ADMIN_PASSWORD = "two-instances-admin-password";
let a: AppServer;
let b: AppServer;

beforeAll(async () => {
  const url = await createPostgresDatabase("two-instances");
  await prepareDatabase(url, () => {});
  const env = {
    DATABASE_URL: url,
    ADMIN_PASSWORD,
    ADMIN_LOGIN_MAX_ATTEMPTS: "3",
    ADMIN_LOGIN_WINDOW_SECONDS: "600",
    DATABASE_POOL_SIZE: "4",
  };
  [a, b] = await Promise.all([startAppServer(env), startAppServer(env)]);
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
});

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});

test("a recommendation saved on one instance is read and deleted on the other, and its share page is gone on both", async () => {
  const { defaults } = (await (await fetch(`${b.url}/api/v1/questionnaire`)).json()) as { defaults: unknown };
  const saved = await fetch(`${a.url}/api/v1/recommendations`, {
    method: "POST",
    ...json({ answers: defaults, name: "Saved on A" }),
  });
  expect(saved.status).toBe(201);
  const { id, ownerToken } = (await saved.json()) as { id: string; ownerToken: string };

  // Both instances render the share page once and then serve it from memory.
  for (const server of [b, a]) {
    for (const expected of ["miss", "hit"]) {
      const page = await fetch(`${server.url}/r/${id}`);
      expect(page.status).toBe(200);
      expect(page.headers.get("x-advisor-cache")).toBe(expected);
      expect(await page.text()).toContain("Saved on A");
    }
  }
  expect((await fetch(`${b.url}/api/v1/recommendations/${id}`)).status).toBe(200);

  // Renamed on B: B shows the new name at once, A within its re-check window.
  const renamed = await fetch(`${b.url}/api/v1/recommendations/${id}`, {
    method: "PATCH",
    ...json({ name: "Renamed on B" }, { authorization: `Bearer ${ownerToken}` }),
  });
  expect(renamed.status).toBe(200);
  expect((await (await fetch(`${b.url}/r/${id}`)).text()).includes("Renamed on B")).toBe(true);
  const shows = (server: AppServer, text: string) => async () =>
    (await (await fetch(`${server.url}/r/${id}`)).text()).includes(text);
  await waitFor(shows(a, "Renamed on B"), RECHECK_MS + 2_000, "instance A to show the rename made on B");

  // Deleted on B: neither instance serves it any more (A once its window has passed).
  const deleted = await fetch(`${b.url}/api/v1/recommendations/${id}`, {
    method: "DELETE",
    headers: { authorization: `Bearer ${ownerToken}` },
  });
  expect(deleted.status).toBe(204);
  expect((await fetch(`${b.url}/r/${id}`)).status).toBe(404);
  await waitFor(
    async () => (await fetch(`${a.url}/r/${id}`)).status === 404,
    RECHECK_MS + 2_000,
    "instance A to stop serving the deleted page",
  );
  for (const server of [a, b]) {
    expect((await fetch(`${server.url}/r/${id}`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/v1/recommendations/${id}`)).status).toBe(404);
    expect((await fetch(`${server.url}/r/${id}/snapshot.json`)).status).toBe(404);
  }
});

test("a version published in the admin of one instance is live on the other; the admin session works on both", async () => {
  const login = await fetch(`${a.url}/api/admin/login`, {
    method: "POST",
    ...json({ name: "admin", password: ADMIN_PASSWORD }),
  });
  expect(login.status).toBe(204);
  const cookie = login.headers.get("set-cookie")!.split(";")[0]!;

  // The session created through A is honoured by B (sessions and the signing secret live in the database).
  expect((await fetch(`${b.url}/api/admin/draft`, { headers: { cookie } })).status).toBe(200);

  const model = (await (await fetch(`${b.url}/api/v1/model`)).json()) as {
    version: { number: number };
    ratings: { hypervisor: string; criterion: string; score: number; rationale: string }[];
  };
  expect(model.version.number).toBe(1);
  const rating = model.ratings.find((r) => r.hypervisor === "xen")!;
  const edit = await fetch(`${a.url}/api/admin/draft/ratings/xen/${rating.criterion}`, {
    method: "PUT",
    ...json({ ...rating, rationale: `${rating.rationale} Re-checked on instance A.` }, { cookie }),
  });
  expect(edit.status).toBe(200);
  const { fingerprint } = (await (await fetch(`${a.url}/api/admin/draft`, { headers: { cookie } })).json()) as {
    fingerprint: string;
  };
  const published = await fetch(`${a.url}/api/admin/draft/publish`, {
    method: "POST",
    ...json({ note: "Published on A", reviewed: fingerprint }, { cookie }),
  });
  expect(published.status).toBe(201);

  const onB = (await (await fetch(`${b.url}/api/v1/model`)).json()) as typeof model;
  expect(onB.version.number).toBe(2);
  expect(onB.ratings.find((r) => r.hypervisor === "xen" && r.criterion === rating.criterion)!.rationale).toContain(
    "Re-checked on instance A.",
  );
  expect(await (await fetch(`${b.url}/knowledge`)).text()).toContain("Version <strong>2</strong>");

  // Signing out on B ends the session on A too.
  expect((await fetch(`${b.url}/api/admin/logout`, { method: "POST", headers: { cookie } })).status).toBe(204);
  expect((await fetch(`${a.url}/api/admin/draft`, { headers: { cookie } })).status).toBe(401);
});

test("the admin sign-in rate limit counts attempts made through either instance, whatever X-Forwarded-For claims", async () => {
  let forged = 0;
  // No TRUST_PROXY: the socket's address is the client, so a new forged address per attempt gains nothing.
  const attempt = (server: AppServer) =>
    fetch(`${server.url}/api/admin/login`, {
      method: "POST",
      ...json({ name: "admin", password: "wrong password, certainly" }, { "x-forwarded-for": `203.0.113.${++forged}` }),
    });
  expect((await attempt(a)).status).toBe(401);
  expect((await attempt(b)).status).toBe(401);
  expect((await attempt(a)).status).toBe(401);
  const limited = await attempt(b); // the 4th attempt with a limit of 3, whichever instance gets it
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  expect((await attempt(a)).status).toBe(429);
});
