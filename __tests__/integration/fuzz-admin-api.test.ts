// Hostile input against every admin route handler, both signed out (forged cookies) and signed in
// (so the bodies are actually parsed): never a 5xx, always a JSON error a client can read.
import fc from "fast-check";
import { ADMIN_TEST_PASSWORD, signIn, loadAdminRoutes } from "../support/admin";
import {
  expectClientSafeAnswer,
  expectPrototypeIntact,
  hostileBodyText,
  mutatedBody,
  oddString,
  FUZZ_SEED,
} from "../support/hostile";
import { useFreshDatabase } from "../support/test-database";
import { ADMIN_COOKIE } from "@/lib/admin/session-cookie";

jest.setTimeout(60_000);

let routes: Awaited<ReturnType<typeof loadAdminRoutes>>;
let cookie: string;

beforeAll(async () => {
  process.env.ADMIN_PASSWORD = ADMIN_TEST_PASSWORD;
  // The login limit is tested in admin-auth.test.ts; here it must not turn fuzz cases into 429s.
  process.env.ADMIN_LOGIN_MAX_ATTEMPTS = "100000";
  await useFreshDatabase("fuzz-admin");
  routes = await loadAdminRoutes();
  cookie = await signIn(routes.login);
});

const clean = (s: string) => s.replace(/[\ud800-\udfff]/g, "\ufffd");
const raw = (method: string, path: string, body: string | undefined, headers: Record<string, string>) =>
  new Request(`http://localhost:3000${path}`, {
    method,
    body,
    headers: { "content-type": "application/json", ...headers },
  });
const forgedCookie = oddString.map((s) => `${ADMIN_COOKIE}=${encodeURIComponent(clean(s.slice(0, 300)))}`);

test("POST /api/admin/login: hostile bodies from many clients get 4xx JSON errors, never 5xx", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(hostileBodyText(4 * 1024), mutatedBody({ name: "admin", password: "x" })),
      fc.ipV4(),
      async (body, client) => {
        const response = await routes.login(
          raw("POST", "/api/admin/login", body, { "x-advisor-client": client }),
          undefined,
        );
        await expectClientSafeAnswer(response, `login ${body.slice(0, 80)}`);
        expect(response.status).not.toBe(204);
        expectPrototypeIntact();
      },
    ),
    { numRuns: 300, seed: FUZZ_SEED },
  );
});

test("signed in: hostile draft edits, publishes, imports and queries never 5xx", async () => {
  const entity = fc.oneof(
    fc.constantFrom("ratings", "criteria", "platform-support", "capabilities", "__proto__", "constructor"),
    oddString.map((s) => clean(s.slice(0, 40))),
  );
  const key = fc.array(
    fc.oneof(
      fc.constantFrom("kvm", "esxi", "performance", "__proto__", "..", "%E0%A4%A"),
      oddString.map((s) => clean(s.slice(0, 60))),
    ),
    { maxLength: 4 },
  );
  const query = oddString.map((s) => encodeURIComponent(clean(s.slice(0, 100))));
  await fc.assert(
    fc.asyncProperty(entity, key, hostileBodyText(32 * 1024), query, async (entityName, keyParts, body, q) => {
      const context = { params: Promise.resolve({ entity: entityName, key: keyParts }) };
      await expectClientSafeAnswer(
        await routes.put(raw("PUT", "/api/admin/draft/x/y", body, { cookie }), context),
        `PUT ${entityName}/${keyParts.join("/")} ${body.slice(0, 60)}`,
      );
      await expectClientSafeAnswer(
        await routes.publish(raw("POST", "/api/admin/draft/publish", body, { cookie }), undefined),
        `publish ${body.slice(0, 60)}`,
      );
      await expectClientSafeAnswer(
        await routes.import(raw("POST", "/api/admin/knowledge/import", body, { cookie }), undefined),
        `import ${body.slice(0, 60)}`,
      );
      await expectClientSafeAnswer(
        await routes.export(raw("GET", `/api/admin/knowledge/export?version=${q}`, undefined, { cookie }), undefined),
        `export ${q}`,
      );
      await expectClientSafeAnswer(
        await routes.audit(raw("GET", `/api/admin/audit?before=${q}`, undefined, { cookie }), undefined),
        `audit ${q}`,
      );
      expectPrototypeIntact();
    }),
    { numRuns: 250, seed: FUZZ_SEED },
  );
});

test("forged or garbled admin cookies are refused with 401/403 JSON on every admin route", async () => {
  await fc.assert(
    fc.asyncProperty(forgedCookie, async (forged) => {
      const headers = { cookie: forged };
      const context = { params: Promise.resolve({ entity: "ratings", key: ["kvm", "performance"] }) };
      for (const [name, route, method, body, ctx] of [
        ["logout", routes.logout, "POST", undefined, undefined],
        ["draft", routes.draft, "GET", undefined, undefined],
        ["discard", routes.discard, "DELETE", undefined, undefined],
        ["put", routes.put, "PUT", "{}", context],
        ["publish", routes.publish, "POST", '{"note":"hello"}', undefined],
        ["import", routes.import, "POST", "{}", undefined],
        ["export", routes.export, "GET", undefined, undefined],
        ["audit", routes.audit, "GET", undefined, undefined],
      ] as const) {
        const response = await route(raw(method, "/api/admin/x", body, headers), ctx);
        await expectClientSafeAnswer(response, `${name} with ${forged}`);
        expect([name, [401, 403].includes(response.status)]).toEqual([name, true]);
      }
    }),
    { numRuns: 40, seed: FUZZ_SEED },
  );
});

test("admin bodies over their limits are refused with 413", async () => {
  const over = (bytes: number) => JSON.stringify({ note: "x".repeat(bytes) });
  const context = { params: Promise.resolve({ entity: "ratings", key: ["kvm", "performance"] }) };
  expect(
    (
      await routes.login(
        raw("POST", "/api/admin/login", over(5 * 1024), { "x-advisor-client": "192.0.2.77" }),
        undefined,
      )
    ).status,
  ).toBe(413);
  expect(
    (await routes.put(raw("PUT", "/api/admin/draft/ratings/kvm/performance", over(33 * 1024), { cookie }), context))
      .status,
  ).toBe(413);
  expect(
    (await routes.publish(raw("POST", "/api/admin/draft/publish", over(9 * 1024), { cookie }), undefined)).status,
  ).toBe(413);
  expect(
    (await routes.import(raw("POST", "/api/admin/knowledge/import", over(2 * 1024 * 1024 + 1), { cookie }), undefined))
      .status,
  ).toBe(413);
});
