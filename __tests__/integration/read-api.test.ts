// The read API against a real, migrated and seeded SQLite database.
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import { useFreshDatabase } from "../support/test-database";

jest.setTimeout(60_000);

beforeAll(async () => {
  await useFreshDatabase("read-api");
});

test("GET /api/v1/model?version=N answers that published version, revalidated by ETag; a bad or unknown one is refused by name", async () => {
  const { GET } = await import("@/app/api/v1/model/route");
  const current = await (await GET(new Request("http://localhost/api/v1/model"), undefined)).json();
  const pinned = await GET(new Request("http://localhost/api/v1/model?version=1"), undefined);
  expect(pinned.status).toBe(200);
  expect(await pinned.json()).toEqual(current);
  // Kept by the browser and revalidated: the same version answers 304 without a body.
  const etag = pinned.headers.get("etag")!;
  expect(etag).toMatch(/^"kb-1-\d+"$/);
  expect(pinned.headers.get("cache-control")).toBe("no-cache");
  const again = await GET(
    new Request("http://localhost/api/v1/model?version=1", { headers: { "if-none-match": etag } }),
    undefined,
  );
  expect(again.status).toBe(304);
  expect(await again.text()).toBe("");

  for (const bad of ["0", "abc", "1.5", "-1", ""]) {
    const refused = await GET(new Request(`http://localhost/api/v1/model?version=${bad}`), undefined);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      error: { code: "invalid_input", fields: [{ field: "version", message: expect.any(String) }] },
    });
  }
  const unknown = await GET(new Request("http://localhost/api/v1/model?version=99"), undefined);
  expect(unknown.status).toBe(404);
  expect((await unknown.json()).error).toMatchObject({
    code: "not_found",
    message: expect.stringMatching(/no published knowledge-base version 99/),
  });
});

test("GET /api/health answers 200 ok when the database answers", async () => {
  const { GET } = await import("@/app/api/health/route");
  const response = await GET();
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});

test("GET /api/v1/model returns the published knowledge base with sourced, dated ratings", async () => {
  const { GET } = await import("@/app/api/v1/model/route");
  const response = await GET(new Request("http://localhost/api/v1/model"), undefined);
  expect(response.status).toBe(200);
  const body = await response.json();

  expect(body.version).toMatchObject({ number: 1, label: "kb-1" });
  expect(body.hypervisors.map((h: { id: string }) => h.id)).toEqual(["esxi", "hyper-v", "kvm", "xen"]);
  expect(body.hypervisors[0]).toEqual(
    expect.objectContaining({ name: expect.any(String), vendor: expect.any(String), licence: expect.any(String) }),
  );
  expect(body.criteria[0]).toEqual(
    expect.objectContaining({
      key: expect.any(String),
      name: expect.any(String),
      description: expect.any(String),
      defaultWeight: expect.any(Number),
    }),
  );
  expect(body.ratings).toHaveLength(seedKnowledge.ratings.length);
  for (const rating of body.ratings) {
    expect(rating).toEqual({
      hypervisor: expect.stringMatching(/^(esxi|hyper-v|kvm|xen)$/),
      criterion: expect.any(String),
      score: expect.any(Number),
      rationale: expect.any(String),
      sources: expect.arrayContaining([
        {
          title: expect.any(String),
          url: expect.stringMatching(/^https?:\/\//),
          ...(rating.sources[0].publisher ? { publisher: expect.any(String) } : {}),
        },
      ]),
      asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  }
  expect(body.platforms).toHaveLength(10);
  // What was stored is what comes back: the database round trip loses nothing.
  expect(body.ratings).toEqual(expect.arrayContaining(seedKnowledge.ratings));
  expect(body.platformSupport).toEqual(expect.arrayContaining(seedKnowledge.platformSupport));
  expect(body.history).toEqual(expect.arrayContaining(seedKnowledge.history));
});

test("GET /api/v1/questionnaire lists the nine v1 questions with defaults", async () => {
  const { GET } = await import("@/app/api/v1/questionnaire/route");
  const body = await GET().json();
  expect(body.questions.map((q: { id: string }) => q.id)).toEqual([
    "workloads",
    "guestOs",
    "licensing",
    "cloudPlatform",
    "currentPlatform",
    "scale",
    "budget",
    "mustHaves",
    "teamSkills",
  ]);
  expect(body.defaults).toMatchObject({ guestOs: "mixed", mustHaves: [] });
});
