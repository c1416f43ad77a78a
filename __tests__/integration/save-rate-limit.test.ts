// The per-client save limit: past SAVE_RATE_LIMIT_MAX saves in a window, 429 with Retry-After.
import { useFreshDatabase } from "../support/test-database";
import { answers } from "../support/answers";

jest.setTimeout(60_000);

type Route = (request: Request, context: unknown) => Promise<Response>;
let save: Route;
const ANSWERS = answers("linuxOnOpenStack");

beforeAll(async () => {
  process.env.SAVE_RATE_LIMIT_MAX = "3";
  process.env.SAVE_RATE_LIMIT_WINDOW_SECONDS = "600";
  await useFreshDatabase("save-limit");
  save = (await import("@/app/api/v1/recommendations/route")).POST as Route;
});

const request = (client: string) =>
  new Request("http://localhost:3000/api/v1/recommendations", {
    method: "POST",
    headers: { "content-type": "application/json", "x-advisor-client": client },
    body: JSON.stringify({ answers: ANSWERS }),
  });

test("a client's fourth save in the window gets 429 with Retry-After; other clients are unaffected", async () => {
  for (let i = 0; i < 3; i++) expect((await save(request("198.51.100.1"), undefined)).status).toBe(201);
  const limited = await save(request("198.51.100.1"), undefined);
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(500);
  expect((await limited.json()).error.code).toBe("too_many_requests");
  expect((await save(request("198.51.100.2"), undefined)).status).toBe(201);
});

test("saves sent at once are counted together yet judged one by one: exactly the limit gets through", async () => {
  const statuses = await Promise.all(
    Array.from({ length: 7 }, () => save(request("198.51.100.3"), undefined).then((r) => r.status)),
  );
  expect(statuses.filter((status) => status === 201)).toHaveLength(3);
  expect(statuses.filter((status) => status === 429)).toHaveLength(4);
  const { getDb } = await import("@/lib/db/client");
  const bucket = await getDb().rateLimitBucket.findUnique({ where: { key: "save:198.51.100.3" } });
  expect(bucket?.count).toBe(7);
});

test("an IPv6 client is limited by its /64: new addresses in the same network get no fresh saves", async () => {
  for (const address of ["2001:db8:7:7::1", "2001:db8:7:7::2", "2001:db8:7:7:ffff::3"])
    expect((await save(request(address), undefined)).status).toBe(201);
  expect((await save(request("2001:db8:7:7:abcd:1234:5678:9abc"), undefined)).status).toBe(429);
  expect((await save(request("2001:db8:7:8::1"), undefined)).status).toBe(201); // the neighbouring network
});

test("rows of windows that ended are deleted, so the table does not grow with every client ever seen", async () => {
  const { getDb } = await import("@/lib/db/client");
  const { processValue } = await import("@/lib/process-state");
  const day = 24 * 60 * 60 * 1000;
  await getDb().rateLimitBucket.createMany({
    data: [
      { key: "save:192.0.2.1", windowStart: new Date(Date.now() - 2 * day), count: 3 },
      { key: "admin-login-account:gone", windowStart: new Date(Date.now() - day - 60_000), count: 9 },
      { key: "save:192.0.2.2", windowStart: new Date(Date.now() - 60_000), count: 1 },
    ],
  });
  processValue("rate-limit-sweep", () => ({ lastAt: 0 })).lastAt = 0; // as if the last sweep was long ago
  expect((await save(request("198.51.100.4"), undefined)).status).toBe(201);
  const keys = (await getDb().rateLimitBucket.findMany({ select: { key: true } })).map((row) => row.key);
  expect(keys).not.toContain("save:192.0.2.1");
  expect(keys).not.toContain("admin-login-account:gone");
  expect(keys).toEqual(expect.arrayContaining(["save:192.0.2.2", "save:198.51.100.4"]));
});
