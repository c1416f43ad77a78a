// Hostile input against every public route handler: malformed JSON, wrong types, huge strings, deep
// nesting, unicode, __proto__/constructor keys, odd ids and headers. Each answer must be a 4xx with
// a JSON error (or a success, when the mutation happens to be valid), never a 5xx or a crash.
import fc from "fast-check";
import { useFreshDatabase } from "../support/test-database";
import { OWNER_COOKIE } from "@/lib/recommendations/owner-cookie";
import {
  expectClientSafeAnswer,
  expectPrototypeIntact,
  hostileBodyText,
  mutatedBody,
  oddString,
  FUZZ_SEED,
} from "../support/hostile";
import { answers } from "../support/answers";

jest.setTimeout(60_000);

type Route = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const routes: Record<string, Route> = {};
const base = "http://localhost:3000";
const ANSWERS = answers("linuxOnOpenStack");
let saved: { id: string; ownerToken: string };

beforeAll(async () => {
  // The save limit is exercised in rate-limit-api.test.ts; here it must not turn fuzz cases into 429s.
  process.env.SAVE_RATE_LIMIT_MAX = "1000000";
  await useFreshDatabase("fuzz-public");
  const one = await import("@/app/api/v1/recommendations/[id]/route");
  Object.assign(routes, {
    evaluate: (await import("@/app/api/v1/evaluate/route")).POST,
    save: (await import("@/app/api/v1/recommendations/route")).POST,
    get: one.GET,
    patch: one.PATCH,
    remove: one.DELETE,
    snapshot: (await import("@/app/r/[id]/snapshot.json/route")).GET,
    csv: (await import("@/app/r/[id]/ranking.csv/route")).GET,
    costs: (await import("@/app/r/[id]/costs.csv/route")).GET,
    model: (await import("@/app/api/v1/model/route")).GET,
  } as unknown as Record<string, Route>);
  const response = await routes.save!(post("/api/v1/recommendations", JSON.stringify({ answers: ANSWERS })), noParams);
  saved = (await response.json()) as typeof saved;
});

const noParams = { params: Promise.resolve({}) };
const idParams = (id: string) => ({ params: Promise.resolve({ id }) });
function post(path: string, body: string, headers: Record<string, string> = {}, method = "POST"): Request {
  return new Request(`${base}${path}`, { method, headers: { "content-type": "application/json", ...headers }, body });
}

const hostileId = fc.oneof(
  oddString.map((s) => s.slice(0, 300)),
  fc.constant("A".repeat(22)),
  fc.stringMatching(/^[A-Za-z0-9_-]{22}$/),
);
const hostileAuth = fc.oneof(
  fc.constant({}),
  oddString.map((s) => ({ authorization: `Bearer ${s.slice(0, 500)}`.replace(/[\r\n\0]/g, "") })),
  oddString.map((s) => ({
    cookie: `${OWNER_COOKIE}=${encodeURIComponent(s.slice(0, 500).replace(/[\ud800-\udfff]/g, "\ufffd"))}`,
  })),
  oddString.map((s) => ({ cookie: `${OWNER_COOKIE}=${s.slice(0, 500)}` })),
);
const safeHeaders = (headers: Record<string, string>) => {
  try {
    return new Headers(headers) && headers;
  } catch {
    return {}; // a header value fetch itself refuses never reaches the server
  }
};

test("POST /api/v1/evaluate: junk and mutated bodies get 4xx JSON errors, never 5xx", async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(hostileBodyText(64 * 1024), mutatedBody({ answers: ANSWERS })), async (body) => {
      await expectClientSafeAnswer(
        await routes.evaluate!(post("/api/v1/evaluate", body), noParams),
        `evaluate ${body.slice(0, 80)}`,
      );
      expectPrototypeIntact();
    }),
    { numRuns: 300, seed: FUZZ_SEED },
  );
});

test("POST /api/v1/recommendations: junk and mutated bodies get 4xx JSON errors, never 5xx", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(hostileBodyText(64 * 1024), mutatedBody({ answers: ANSWERS, name: "n", notes: "n" })),
      async (body) => {
        await expectClientSafeAnswer(
          await routes.save!(post("/api/v1/recommendations", body), noParams),
          `save ${body.slice(0, 80)}`,
        );
        expectPrototypeIntact();
      },
    ),
    { numRuns: 300, seed: FUZZ_SEED },
  );
});

test("GET, PATCH and DELETE /api/v1/recommendations/{id} with hostile ids, tokens and bodies: never 5xx", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(hostileId, fc.constant("")).map((id) => id || saved.id),
      hostileAuth,
      fc.oneof(hostileBodyText(8 * 1024), mutatedBody({ name: "n", notes: "n" })),
      async (id, auth, body) => {
        const path = `/api/v1/recommendations/${encodeURIComponent(id.replace(/[\ud800-\udfff]/g, "\ufffd"))}`;
        const headers = safeHeaders(auth);
        await expectClientSafeAnswer(
          await routes.get!(new Request(`${base}${path}`, { headers }), idParams(id)),
          `GET ${id}`,
        );
        await expectClientSafeAnswer(
          await routes.patch!(post(path, body, headers, "PATCH"), idParams(id)),
          `PATCH ${id} ${body.slice(0, 80)}`,
        );
        await expectClientSafeAnswer(
          await routes.snapshot!(new Request(`${base}/r/x/snapshot.json`), idParams(id)),
          `snapshot ${id}`,
        );
        await expectClientSafeAnswer(
          await routes.csv!(new Request(`${base}/r/x/ranking.csv`), idParams(id)),
          `csv ${id}`,
        );
        await expectClientSafeAnswer(
          await routes.costs!(new Request(`${base}/r/x/costs.csv`), idParams(id)),
          `costs ${id}`,
        );
        if (id !== saved.id) {
          await expectClientSafeAnswer(
            await routes.remove!(new Request(`${base}${path}`, { method: "DELETE", headers }), idParams(id)),
            `DELETE ${id}`,
          );
        }
        expectPrototypeIntact();
      },
    ),
    { numRuns: 200, seed: FUZZ_SEED },
  );
  // The fuzzing never got past the owner check: the saved recommendation is still there, unchanged.
  expect(
    (await routes.get!(new Request(`${base}/api/v1/recommendations/${saved.id}`), idParams(saved.id))).status,
  ).toBe(200);
});

test("every body-reading public route refuses an oversized body with 413, declared or streamed", async () => {
  const big = JSON.stringify({ answers: ANSWERS, notes: "x".repeat(70 * 1024) });
  for (const [name, route, path, method, context] of [
    ["evaluate", routes.evaluate, "/api/v1/evaluate", "POST", noParams],
    ["save", routes.save, "/api/v1/recommendations", "POST", noParams],
    ["patch", routes.patch, `/api/v1/recommendations/${saved.id}`, "PATCH", idParams(saved.id)],
  ] as const) {
    const declared = await route!(post(path, big, { authorization: `Bearer ${saved.ownerToken}` }, method), context);
    expect([name, declared.status]).toEqual([name, 413]);
    // No Content-Length: the limit is enforced while the stream is read.
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const streamed = await route!(
      new Request(`${base}${path}`, {
        method,
        body: stream,
        duplex: "half",
        headers: { authorization: `Bearer ${saved.ownerToken}` },
      } as RequestInit),
      context,
    );
    expect([name, streamed.status]).toEqual([name, 413]);
    expect((await streamed.json()).error.code).toBe("payload_too_large");
  }
});
