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
