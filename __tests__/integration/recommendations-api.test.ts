// The saved-recommendations API against a real SQLite database: create, read, rename, delete, and
// who may do which.
import { useFreshDatabase } from "../support/test-database";
import { OWNER_COOKIE } from "@/lib/recommendations/owner-cookie";
import { serverBridge } from "@/lib/host-seam/bridge";
import { answers } from "../support/answers";

jest.setTimeout(60_000);

// The production server registers how to recheck its kept share pages; here a spy stands in for it.
const recheckSharePages = jest.fn();
serverBridge().recheckSharePages = recheckSharePages;

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
let create: (request: Request, context: unknown) => Promise<Response>;
let get: Handler;
let patch: Handler;
let remove: Handler;

beforeAll(async () => {
  await useFreshDatabase("recommendations");
  create = (await import("@/app/api/v1/recommendations/route")).POST as typeof create;
  const one = await import("@/app/api/v1/recommendations/[id]/route");
  get = one.GET as Handler;
  patch = one.PATCH as Handler;
  remove = one.DELETE as Handler;
});

const ANSWERS = answers("linuxOnOpenStack");

const base = "http://localhost:3000";
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const json = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  new Request(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

async function save(body: object = { answers: ANSWERS, name: "OpenStack plan", notes: "For the architecture board" }) {
  const response = await create(json("POST", "/api/v1/recommendations", body), undefined);
  return { response, body: await response.json() };
}

test("POST saves a snapshot and answers 201 with id, url and a one-time owner token", async () => {
  const { response, body } = await save();
  expect(response.status).toBe(201);
  expect(body).toEqual({
    id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
    url: `${base}/r/${body.id}`,
    ownerToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
  });
  expect(response.headers.get("location")).toBe(body.url);
  const cookie = response.headers.get("set-cookie")!;
  expect(cookie).toContain(`${OWNER_COOKIE}=${body.id}.${body.ownerToken}`);
  expect(cookie).toMatch(/HttpOnly/);
  expect(cookie).toMatch(/SameSite=Strict/);
});

test("GET returns the public snapshot, never the owner token or its hash", async () => {
  const { body: created } = await save();
  const response = await get(json("GET", `/api/v1/recommendations/${created.id}`), ctx(created.id));
  expect(response.status).toBe(200);
  const text = await response.text();
  expect(text).not.toContain(created.ownerToken);
  expect(text).not.toMatch(/ownerToken/);
  const snapshot = JSON.parse(text);
  expect(snapshot).toMatchObject({
    id: created.id,
    name: "OpenStack plan",
    notes: "For the architecture board",
    kbVersion: 1,
    answers: ANSWERS,
    weights: {},
  });
  expect(snapshot.evaluation.ranking[0].hypervisor).toBe("kvm");
  expect(snapshot.evaluation.modelVersion).toBe(snapshot.modelVersion);
});

test("ids are distinct and unknown or malformed ids are 404", async () => {
  const ids = new Set<string>();
  for (let i = 0; i < 5; i++) ids.add((await save()).body.id);
  expect(ids.size).toBe(5);
  for (const id of ["AAAAAAAAAAAAAAAAAAAAAA", "nope", "../../etc/passwd"]) {
    const response = await get(json("GET", `/api/v1/recommendations/${id}`), ctx(id));
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe("not_found");
  }
});

test("PATCH renames with the owner token; without it 401, with a wrong one 403, and nothing changes", async () => {
  const { body: created } = await save();
  const path = `/api/v1/recommendations/${created.id}`;

  const anonymous = await patch(json("PATCH", path, { name: "Hijacked" }), ctx(created.id));
  expect(anonymous.status).toBe(401);
  const wrong = await patch(
    json("PATCH", path, { name: "Hijacked" }, { authorization: `Bearer ${"x".repeat(43)}` }),
    ctx(created.id),
  );
  expect(wrong.status).toBe(403);
  const otherOwner = (await save()).body.ownerToken;
  expect(
    (await patch(json("PATCH", path, { name: "Hijacked" }, { authorization: `Bearer ${otherOwner}` }), ctx(created.id)))
      .status,
  ).toBe(403);
  expect((await (await get(json("GET", path), ctx(created.id))).json()).name).toBe("OpenStack plan");

  const ok = await patch(
    json("PATCH", path, { name: "  Final plan  ", notes: null }, { authorization: `Bearer ${created.ownerToken}` }),
    ctx(created.id),
  );
  expect(ok.status).toBe(200);
  expect(await ok.json()).toMatchObject({ name: "Final plan", notes: null });
});

test("the owner cookie of the saving browser also authorises changes", async () => {
  const { response, body: created } = await save();
  const cookie = response.headers.get("set-cookie")!.split(";")[0]!;
  const ok = await patch(
    json("PATCH", `/api/v1/recommendations/${created.id}`, { notes: "Signed off" }, { cookie }),
    ctx(created.id),
  );
  expect(ok.status).toBe(200);
  expect((await ok.json()).notes).toBe("Signed off");
});

test("PATCH rejects bad input with 400 naming the field, and keeps what was saved", async () => {
  const { body: created } = await save();
  const path = `/api/v1/recommendations/${created.id}`;
  const auth = { authorization: `Bearer ${created.ownerToken}` };
  for (const [body, field] of [
    [{ name: "x".repeat(121) }, "name"],
    [{ notes: "x".repeat(2001) }, "notes"],
    [{ name: 42 }, "name"],
    [{ colour: "blue" }, "colour"],
    [{}, "(body)"],
  ] as const) {
    const response = await patch(json("PATCH", path, body, auth), ctx(created.id));
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields.map((f: { field: string }) => f.field)).toContain(field);
  }
  expect(await (await get(json("GET", path), ctx(created.id))).json()).toMatchObject({
    name: "OpenStack plan",
    notes: "For the architecture board",
  });
});

test("DELETE needs the owner token, answers 204, and then the recommendation is gone", async () => {
  const { body: created } = await save();
  recheckSharePages.mockClear();
  const path = `/api/v1/recommendations/${created.id}`;
  expect((await remove(json("DELETE", path), ctx(created.id))).status).toBe(401);
  expect(
    (await remove(json("DELETE", path, undefined, { authorization: "Bearer wrong" }), ctx(created.id))).status,
  ).toBe(403);
  const done = await remove(
    json("DELETE", path, undefined, { authorization: `Bearer ${created.ownerToken}` }),
    ctx(created.id),
  );
  expect(done.status).toBe(204);
  // A kept copy of the page is checked before it is served again; the refused attempts changed nothing.
  expect(recheckSharePages.mock.calls).toEqual([[created.id]]);
  expect((await get(json("GET", path), ctx(created.id))).status).toBe(404);
  expect(
    (await remove(json("DELETE", path, undefined, { authorization: `Bearer ${created.ownerToken}` }), ctx(created.id)))
      .status,
  ).toBe(404);
});

test("POST validates like evaluate: bad answers, long names and unknown fields are 400", async () => {
  for (const [body, field] of [
    [{ answers: { ...ANSWERS, guestOs: "os2" } }, "answers.guestOs"],
    [{ answers: ANSWERS, name: "n".repeat(121) }, "name"],
    [{ answers: ANSWERS, notes: "n".repeat(2001) }, "notes"],
    [{ answers: ANSWERS, ownerToken: "mine" }, "ownerToken"],
    [{ answers: ANSWERS, weights: { "no-such": 1 } }, "weights.no-such"],
  ] as const) {
    const { response, body: error } = await save(body);
    expect(response.status).toBe(400);
    expect(error.error.fields.map((f: { field: string }) => f.field)).toContain(field);
  }
  const notJson = await create(new Request(`${base}/api/v1/recommendations`, { method: "POST", body: "{" }), undefined);
  expect(notJson.status).toBe(400);
});

test("bidirectional controls and zero-width characters never reach a reader: taken out on save and on read", async () => {
  const { body } = await save({ answers: ANSWERS, name: "invoice\u202Egnp.exe", notes: "a\u200Bb\u2066c\u2069" });
  const read = await (await get(json("GET", `/api/v1/recommendations/${body.id}`), ctx(body.id))).json();
  expect(read).toMatchObject({ name: "invoicegnp.exe", notes: "abc" });

  // A row saved before the rule still holds them; every reader gets the text without them.
  const { getDb } = await import("@/lib/db/client");
  await getDb().recommendation.update({ where: { id: body.id }, data: { name: "old\u202Etxt.exe", notes: "\uFEFFx" } });
  const { getRecommendation, listRecommendations } = await import("@/lib/recommendations/service");
  expect(await getRecommendation(body.id)).toMatchObject({ name: "oldtxt.exe", notes: "x" });
  expect((await listRecommendations([body.id]))[0]!.name).toBe("oldtxt.exe");
});

test("over HTTPS the owner cookie is __Host- prefixed, and a plain one left from before still works and moves across", async () => {
  const https = { "x-forwarded-proto": "https" };
  const first = await create(json("POST", "/api/v1/recommendations", { answers: ANSWERS }), undefined);
  const { id: oldId, ownerToken: oldToken } = await first.json();
  const legacy = `${OWNER_COOKIE}=${oldId}.${oldToken}`; // as an HTTPS deployment set it before the prefix

  const second = await create(
    json("POST", "/api/v1/recommendations", { answers: ANSWERS }, { ...https, cookie: legacy }),
    undefined,
  );
  const cookies = second.headers.getSetCookie();
  const { id: newId } = await second.json();
  expect(cookies[0]).toMatch(
    new RegExp(`^__Host-${OWNER_COOKIE}=${newId}\\.[\\w-]{43}~${oldId}\\.${oldToken}; .*Secure`),
  );
  expect(cookies[1]).toMatch(new RegExp(`^${OWNER_COOKIE}=; .*Max-Age=0`));
  // The legacy cookie still proves ownership until the browser replaces it.
  const renamed = await patch(
    json("PATCH", `/api/v1/recommendations/${oldId}`, { name: "kept" }, { ...https, cookie: legacy }),
    ctx(oldId),
  );
  expect(renamed.status).toBe(200);
});
