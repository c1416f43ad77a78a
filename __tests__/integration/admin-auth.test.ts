// Who may use the admin area: every admin API answers 401 and every admin page redirects to the login
// without a session; the login checks the password, rate-limits per client and sets a safe cookie.
import { ADMIN_TEST_PASSWORD, adminRequest, signIn } from "../support/admin";
import { useFreshDatabase } from "../support/test-database";

jest.setTimeout(60_000);
// Pages read the cookie through next/headers; these tests present none (or a forged one).
const presentedCookie: { value?: string } = {};
jest.mock("next/headers", () => ({
  headers: async () => new Headers(presentedCookie.value ? { cookie: `ha_admin=${presentedCookie.value}` } : {}),
}));

type Route = (request: Request, context: unknown) => Promise<Response>;
let login: Route;

beforeAll(async () => {
  process.env.ADMIN_PASSWORD = ADMIN_TEST_PASSWORD;
  process.env.ADMIN_LOGIN_MAX_ATTEMPTS = "5";
  process.env.ADMIN_LOGIN_ACCOUNT_MAX_ATTEMPTS = "10";
  process.env.ADMIN_LOGIN_WINDOW_SECONDS = "900";
  await useFreshDatabase("admin-auth");
  login = (await import("@/app/api/admin/login/route")).POST as Route;
});

const entryContext = { params: Promise.resolve({ entity: "ratings", key: ["kvm", "gpu"] }) };

const API_ROUTES: [string, () => Promise<Route>, string, string, unknown?][] = [
  [
    "POST /api/admin/logout",
    async () => (await import("@/app/api/admin/logout/route")).POST as Route,
    "POST",
    "/api/admin/logout",
  ],
  [
    "GET /api/admin/draft",
    async () => (await import("@/app/api/admin/draft/route")).GET as Route,
    "GET",
    "/api/admin/draft",
  ],
  [
    "DELETE /api/admin/draft",
    async () => (await import("@/app/api/admin/draft/route")).DELETE as Route,
    "DELETE",
    "/api/admin/draft",
  ],
  [
    "POST /api/admin/draft/publish",
    async () => (await import("@/app/api/admin/draft/publish/route")).POST as Route,
    "POST",
    "/api/admin/draft/publish",
    { note: "sneaky" },
  ],
  [
    "PUT /api/admin/draft/{entity}/{key}",
    async () => (await import("@/app/api/admin/draft/[entity]/[...key]/route")).PUT as Route,
    "PUT",
    "/api/admin/draft/ratings/kvm/gpu",
    { score: 0 },
  ],
  [
    "GET /api/admin/knowledge/export",
    async () => (await import("@/app/api/admin/knowledge/export/route")).GET as Route,
    "GET",
    "/api/admin/knowledge/export",
  ],
  [
    "POST /api/admin/knowledge/import",
    async () => (await import("@/app/api/admin/knowledge/import/route")).POST as Route,
    "POST",
    "/api/admin/knowledge/import",
    { content: {} },
  ],
  [
    "GET /api/admin/audit",
    async () => (await import("@/app/api/admin/audit/route")).GET as Route,
    "GET",
    "/api/admin/audit",
  ],
  [
    "GET /api/admin/accounts",
    async () => (await import("@/app/api/admin/accounts/route")).GET as Route,
    "GET",
    "/api/admin/accounts",
  ],
  [
    "POST /api/admin/accounts",
    async () => (await import("@/app/api/admin/accounts/route")).POST as Route,
    "POST",
    "/api/admin/accounts",
    { name: "intruder", role: "owner", password: "a password long enough" },
  ],
];

describe.each(API_ROUTES)("%s without a session", (_name, load, method, path, body) => {
  test("answers 401 and does nothing; a forged cookie fares no better", async () => {
    const route = await load();
    for (const headers of [
      {} as Record<string, string>,
      { cookie: `ha_admin=${"A".repeat(43)}.${"B".repeat(43)}` },
      { cookie: "ha_admin=garbage" },
    ]) {
      const response = await route(adminRequest(method, path, body, headers), entryContext);
      expect(response.status).toBe(401);
      expect((await response.json()).error.code).toBe("unauthorized");
    }
  });
});

const PAGES: [string, () => Promise<(props: never) => Promise<unknown>>, object][] = [
  ["/admin", async () => (await import("@/app/admin/page")).default, {}],
  ["/admin/knowledge", async () => (await import("@/app/admin/knowledge/page")).default, {}],
  [
    "/admin/edit/ratings/kvm/gpu",
    async () => (await import("@/app/admin/edit/[entity]/[...key]/page")).default,
    { params: Promise.resolve({ entity: "ratings", key: ["kvm", "gpu"] }) },
  ],
  ["/admin/versions", async () => (await import("@/app/admin/versions/page")).default, {}],
  [
    "/admin/versions/diff",
    async () => (await import("@/app/admin/versions/diff/page")).default,
    { searchParams: Promise.resolve({ from: "1", to: "1" }) },
  ],
  ["/admin/audit", async () => (await import("@/app/admin/audit/page")).default, { searchParams: Promise.resolve({}) }],
  ["/admin/stale", async () => (await import("@/app/admin/stale/page")).default, {}],
  ["/admin/import", async () => (await import("@/app/admin/import/page")).default, {}],
  ["/admin/accounts", async () => (await import("@/app/admin/accounts/page")).default, {}],
];

describe.each(PAGES)("page %s without a session", (_path, load, props) => {
  test("redirects to /admin/login, also with a forged cookie", async () => {
    const Page = await load();
    for (const cookie of [undefined, `${"A".repeat(43)}.${"B".repeat(43)}`]) {
      presentedCookie.value = cookie;
      await expect(Page(props as never)).rejects.toMatchObject({ digest: expect.stringContaining(";/admin/login;") });
    }
    presentedCookie.value = undefined;
  });
});

test("the login page shows the form without a session and sends a signed-in admin on to /admin", async () => {
  const Page = (await import("@/app/admin/login/page")).default;
  expect(await Page()).toBeTruthy();
  presentedCookie.value = (await signIn(login, "192.0.2.50")).split("=")[1];
  await expect(Page()).rejects.toMatchObject({ digest: expect.stringContaining(";/admin;") });
  presentedCookie.value = undefined;
});

test("a wrong password is 401 and sets no cookie; the right one sets an httpOnly, SameSite=Strict, expiring cookie", async () => {
  const client = { "x-advisor-client": "198.51.100.7" };
  const wrong = await login(
    adminRequest("POST", "/api/admin/login", { name: "admin", password: "not the password" }, client),
    undefined,
  );
  expect(wrong.status).toBe(401);
  expect(wrong.headers.get("set-cookie")).toBeNull();
  const missing = await login(adminRequest("POST", "/api/admin/login", {}, client), undefined);
  expect(missing.status).toBe(400);
  expect(((await missing.json()).error.fields as { field: string }[]).map((f) => f.field)).toEqual([
    "name",
    "password",
  ]);

  const ok = await login(
    adminRequest("POST", "/api/admin/login", { name: "admin", password: ADMIN_TEST_PASSWORD }, client),
    undefined,
  );
  expect(ok.status).toBe(204);
  const cookie = ok.headers.get("set-cookie")!;
  expect(cookie).toMatch(/^ha_admin=[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}; /);
  for (const attribute of ["HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=28800"])
    expect(cookie).toContain(attribute);
  expect(cookie).not.toContain(ADMIN_TEST_PASSWORD);

  // The session works, and logging out kills it.
  const session = cookie.split(";")[0]!;
  const audit = (await import("@/app/api/admin/audit/route")).GET as Route;
  expect((await audit(adminRequest("GET", "/api/admin/audit", undefined, { cookie: session }), undefined)).status).toBe(
    200,
  );
  const logout = (await import("@/app/api/admin/logout/route")).POST as Route;
  const out = await logout(adminRequest("POST", "/api/admin/logout", undefined, { cookie: session }), undefined);
  expect(out.status).toBe(204);
  expect(out.headers.get("set-cookie")).toContain("Max-Age=0");
  expect((await audit(adminRequest("GET", "/api/admin/audit", undefined, { cookie: session }), undefined)).status).toBe(
    401,
  );
});

test("after 5 attempts in the window a client gets 429 with Retry-After, even with the right password; others are unaffected", async () => {
  const client = { "x-advisor-client": "203.0.113.9" };
  for (let i = 0; i < 5; i++) {
    expect(
      (
        await login(
          adminRequest("POST", "/api/admin/login", { name: "admin", password: `guess number ${i}` }, client),
          undefined,
        )
      ).status,
    ).toBe(401);
  }
  const limited = await login(
    adminRequest("POST", "/api/admin/login", { name: "admin", password: ADMIN_TEST_PASSWORD }, client),
    undefined,
  );
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(800);
  expect((await limited.json()).error.code).toBe("too_many_requests");
  expect(
    (
      await login(
        adminRequest(
          "POST",
          "/api/admin/login",
          { name: "admin", password: ADMIN_TEST_PASSWORD },
          { "x-advisor-client": "203.0.113.10" },
        ),
        undefined,
      )
    ).status,
  ).toBe(204);
});

test("sessions are stored only as hashes and an expired session is refused", async () => {
  const cookie = await signIn(login, "192.0.2.60");
  const token = cookie.split("=")[1]!.split(".")[0]!;
  const { getDb } = await import("@/lib/db/client");
  const rows = await getDb().adminSession.findMany({ select: { id: true } });
  expect(rows.some((row) => row.id.includes(token))).toBe(false);
  const { hashSessionToken } = await import("@/lib/admin/credentials");
  await getDb().adminSession.update({
    where: { id: hashSessionToken(token) },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  const audit = (await import("@/app/api/admin/audit/route")).GET as Route;
  expect((await audit(adminRequest("GET", "/api/admin/audit", undefined, { cookie }), undefined)).status).toBe(401);
});

describe("guessing a password is limited however the attempts are spread", () => {
  const EDITOR_PASSWORD = "an editor's own long password";
  const attempt = (client: string, name: string, password: string) =>
    login(adminRequest("POST", "/api/admin/login", { name, password }, { "x-advisor-client": client }), undefined).then(
      (response) => response.status,
    );

  beforeAll(async () => {
    const { createAccount } = await import("@/lib/admin/account-service");
    await createAccount({ name: "e.holder", role: "editor", password: EDITOR_PASSWORD }, null);
  });

  test("signing in to an account one holds gives a client no fresh guesses at another", async () => {
    const client = "203.0.113.40";
    const answers: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (let guess = 0; guess < 4; guess++) answers.push(await attempt(client, "admin", `guess ${round}.${guess}`));
      answers.push(await attempt(client, "e.holder", EDITOR_PASSWORD));
    }
    // The fifth wrong guess is the last one answered: the sixth and all after are refused.
    const guesses = answers.filter((_, index) => index % 5 !== 4);
    expect(guesses.filter((status) => status === 401)).toHaveLength(5);
    expect(guesses.slice(5).every((status) => status === 429)).toBe(true);
    expect(answers.slice(0, 5)).toEqual([401, 401, 401, 401, 204]);
  });

  test("an account takes 10 guesses per window from any number of clients, then not even its password", async () => {
    for (let i = 0; i < 10; i++) expect(await attempt(`198.51.100.${60 + i}`, "e.holder", `guess ${i}`)).toBe(401);
    expect(await attempt("198.51.100.90", "e.holder", EDITOR_PASSWORD)).toBe(429);
    expect(await attempt("198.51.100.91", "E.Holder ", EDITOR_PASSWORD)).toBe(429); // the same account, spelt otherwise
    // Other accounts are untouched, and names that do not exist are counted alike (no hint of which exist).
    expect(await attempt("198.51.100.92", "admin", ADMIN_TEST_PASSWORD)).toBe(204);
    for (let i = 0; i < 10; i++) expect(await attempt(`198.51.100.${100 + i}`, "nobody", `guess ${i}`)).toBe(401);
    expect(await attempt("198.51.100.120", "nobody", "guess")).toBe(429);
  });
});
