// Editing, publishing, auditing, importing and exporting the knowledge base through the admin API,
// against a real database: drafts stay private, publishing makes a new immutable version, old share
// links keep their ranking, and a bad import changes nothing.
import { ADMIN_TEST_PASSWORD, adminRequest, signIn, loadAdminRoutes, reviewedDraft } from "../support/admin";
import { useFreshDatabase } from "../support/test-database";
import { serverBridge } from "@/lib/host-seam/bridge";
import { answers } from "../support/answers";

jest.setTimeout(60_000);

// The production server registers how to recheck its kept share pages; here a spy stands in for it.
const recheckSharePages = jest.fn();
serverBridge().recheckSharePages = recheckSharePages;

let routes: Awaited<ReturnType<typeof loadAdminRoutes>>;
let cookie: string;

beforeAll(async () => {
  process.env.ADMIN_PASSWORD = ADMIN_TEST_PASSWORD;
  await useFreshDatabase("admin-knowledge");
  routes = await loadAdminRoutes();
  cookie = await signIn(routes.login);
});

const as = (method: string, path: string, body?: unknown) => adminRequest(method, path, body, { cookie });
const entry = (entity: string, ...key: string[]) => ({ params: Promise.resolve({ entity, key }) });

async function currentRating(hypervisor: string, criterion: string) {
  const { getCurrentKnowledgeBase } = await import("@/lib/knowledge/service");
  const kb = await getCurrentKnowledgeBase();
  return {
    version: kb.version.number,
    rating: kb.ratings.find((r) => r.hypervisor === hypervisor && r.criterion === criterion)!,
  };
}

async function auditEntries() {
  return (
    (await (await routes.audit(as("GET", "/api/admin/audit"), undefined)).json()) as {
      entries: { action: string; entity: string; key: string; sessionRef: string; before: unknown; after: unknown }[];
    }
  ).entries;
}

const ANSWERS = answers("linuxOnPremises");

test("an edit goes into a draft, is audited, and is live only after publishing; a share link keeps its ranking", async () => {
  const { createRecommendation, getRecommendation } = await import("@/lib/recommendations/service");
  const { loadSharedRecommendation } = await import("@/lib/recommendations/share");
  const { snapshot } = await createRecommendation({ answers: ANSWERS } as never);
  const rankingBefore = (await getRecommendation(snapshot.id)).evaluation.ranking.map((e) => e.hypervisor);
  expect(snapshot.kbVersion).toBe(1);

  // KVM collapses on every rated criterion, in the draft.
  const { rating: before } = await currentRating("kvm", "licence-cost");
  const { getCurrentKnowledgeBase } = await import("@/lib/knowledge/service");
  const kvmRatings = (await getCurrentKnowledgeBase()).ratings.filter((r) => r.hypervisor === "kvm");
  for (const rating of kvmRatings) {
    const response = await routes.put(
      as("PUT", `/api/admin/draft/ratings/kvm/${rating.criterion}`, { ...rating, score: 0, asOf: "2026-11-20" }),
      entry("ratings", "kvm", rating.criterion),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ changed: true, draftNumber: 2 });
  }
  expect((await currentRating("kvm", "licence-cost")).rating).toEqual(before); // not live yet

  // Evaluations trust "which version is current" for RECENT_VERSION_MS, but a publish through this
  // process reaches them at once: the clock is held still so only the publish can change the answer.
  const { evaluateRequest } = await import("@/lib/evaluation/service");
  const clock = jest.spyOn(Date, "now").mockReturnValue(Date.now());
  let published: Response;
  try {
    expect((await evaluateRequest({ answers: ANSWERS } as never)).summary.kbVersion).toBe(1);
    published = await routes.publish(
      as("POST", "/api/admin/draft/publish", { note: "KVM re-rated for a test", reviewed: await reviewedDraft() }),
      undefined,
    );
    expect((await evaluateRequest({ answers: ANSWERS } as never)).summary.kbVersion).toBe(2);
  } finally {
    clock.mockRestore();
  }
  expect(published.status).toBe(201);
  expect(await published.json()).toEqual({ number: 2, label: "kb-2" });
  expect(recheckSharePages).toHaveBeenCalledWith(null); // every kept share page rechecks its "today's data" notice
  expect(await currentRating("kvm", "licence-cost")).toMatchObject({
    version: 2,
    rating: { score: 0, asOf: "2026-11-20" },
  });

  const shared = await loadSharedRecommendation(snapshot.id);
  expect(shared!.snapshot.kbVersion).toBe(1);
  expect(shared!.snapshot.evaluation.ranking.map((e) => e.hypervisor)).toEqual(rankingBefore);
  expect(shared!.kb.version.number).toBe(1);

  const entries = await auditEntries();
  const edit = entries.find((e) => e.action === "edit" && e.key === "kvm/licence-cost")!;
  expect(edit).toMatchObject({
    entity: "ratings",
    sessionRef: expect.stringMatching(/^[0-9a-f]{12}$/),
    before: { score: before.score },
    after: { score: 0 },
  });
  expect(entries[0]).toMatchObject({
    action: "publish",
    key: "kb-2",
    after: { version: "kb-2", note: "KVM re-rated for a test" },
  });
  expect(JSON.stringify(entries)).not.toContain(cookie.split("=")[1]!.split(".")[0]!);
});

test("publishing names the draft the publisher reviewed: an edit made after that review is refused with 409", async () => {
  const { rating } = await currentRating("xen", "gpu");
  const edit = (rationale: string) =>
    routes.put(as("PUT", "/api/admin/draft/ratings/xen/gpu", { ...rating, rationale }), entry("ratings", "xen", "gpu"));
  expect((await edit(`${rating.rationale} Reviewed.`)).status).toBe(200);
  const reviewed = await reviewedDraft();
  // An editor changes the draft after the publisher looked at it.
  expect((await edit(`${rating.rationale} Changed after the review.`)).status).toBe(200);

  const refused = await routes.publish(
    as("POST", "/api/admin/draft/publish", { note: "Xen GPU", reviewed }),
    undefined,
  );
  expect(refused.status).toBe(409);
  expect((await refused.json()).error.message).toMatch(/changed after the version you reviewed/);
  expect((await currentRating("xen", "gpu")).version).toBe(2); // nothing went live
  const unnamed = await routes.publish(as("POST", "/api/admin/draft/publish", { note: "Xen GPU" }), undefined);
  expect(unnamed.status).toBe(400);
  expect((await unnamed.json()).error.fields).toEqual([expect.objectContaining({ field: "reviewed" })]);
  expect((await routes.discard(as("DELETE", "/api/admin/draft"), undefined)).status).toBe(204);
});

test("published versions are never modified: a later edit starts a new draft", async () => {
  const { rating } = await currentRating("xen", "gpu");
  const response = await routes.put(
    as("PUT", "/api/admin/draft/ratings/xen/gpu", { ...rating, rationale: `${rating.rationale} Re-checked.` }),
    entry("ratings", "xen", "gpu"),
  );
  expect(await response.json()).toEqual({ changed: true, draftNumber: 3 });
  expect((await currentRating("xen", "gpu")).rating.rationale).toBe(rating.rationale);
  const { getPublishedKnowledgeBase } = await import("@/lib/knowledge/service");
  expect(
    (await getPublishedKnowledgeBase(2))!.ratings.find((r) => r.hypervisor === "xen" && r.criterion === "gpu")!
      .rationale,
  ).toBe(rating.rationale);
  expect((await routes.discard(as("DELETE", "/api/admin/draft"), undefined)).status).toBe(204);
  expect(
    (
      await routes.publish(
        as("POST", "/api/admin/draft/publish", { note: "nothing", reviewed: await reviewedDraft() }),
        undefined,
      )
    ).status,
  ).toBe(409);
});

test("bad edits are 400s naming the field, and nothing is saved", async () => {
  const { rating } = await currentRating("esxi", "gpu");
  const cases: [unknown, string][] = [
    [{ ...rating, score: 11 }, "score"],
    [{ ...rating, sources: [] }, "sources"],
    [{ ...rating, sources: [{ title: "A source", url: "ftp://x" }] }, "sources[0].url"],
    [{ ...rating, asOf: "2026-13-45" }, "asOf"],
    [{ ...rating, hypervisor: "kvm" }, "hypervisor"],
    [{ ...rating, colour: "red" }, "colour"],
  ];
  for (const [body, field] of cases) {
    const response = await routes.put(
      as("PUT", "/api/admin/draft/ratings/esxi/gpu", body),
      entry("ratings", "esxi", "gpu"),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields.map((f: { field: string }) => f.field)).toContain(field);
  }
  const { getCurrentKnowledgeBase } = await import("@/lib/knowledge/service");
  const criterion = (await getCurrentKnowledgeBase()).criteria.find((c) => c.key === "gpu")!;
  const kind = await routes.put(
    as("PUT", "/api/admin/draft/criteria/gpu", { ...criterion, kind: "derived" }),
    entry("criteria", "gpu"),
  );
  expect((await kind.json()).error.fields[0].field).toBe("kind");
  expect(
    (await routes.put(as("PUT", "/api/admin/draft/hypervisors/kvm", {}), entry("hypervisors", "kvm"))).status,
  ).toBe(404);
  const draft = await (await routes.draft(as("GET", "/api/admin/draft"), undefined)).json();
  expect(draft.version.status).toBe("published"); // no draft was started by any of these
});

test("an invalid import lists every error with its path and changes nothing", async () => {
  const exported = await (await routes.export(as("GET", "/api/admin/knowledge/export"), undefined)).json();
  expect(exported).toMatchObject({
    format: "hypervisor-advisor/knowledge-base@1",
    version: { number: 2, label: "kb-2" },
  });
  const auditBefore = (await auditEntries()).length;

  const broken = structuredClone(exported);
  broken.content.ratings[0].score = 42;
  broken.content.ratings[1].sources = [];
  broken.content.criteria[0].surprise = true;
  const response = await routes.import(as("POST", "/api/admin/knowledge/import", broken), undefined);
  expect(response.status).toBe(400);
  const fields = (await response.json()).error.fields.map((f: { field: string }) => f.field);
  expect(fields).toEqual(
    expect.arrayContaining(["content.ratings[0].score", "content.ratings[1].sources", "content.criteria[0].surprise"]),
  );

  const incomplete = structuredClone(exported);
  incomplete.content.ratings = incomplete.content.ratings.filter((r: { hypervisor: string }) => r.hypervisor !== "xen");
  const gaps = await (await routes.import(as("POST", "/api/admin/knowledge/import", incomplete), undefined)).json();
  expect(gaps.error.fields.length).toBeGreaterThanOrEqual(13);
  expect(gaps.error.fields[0]).toMatchObject({
    field: "content.ratings",
    message: expect.stringMatching(/^has no rating for xen/),
  });

  const draft = await (await routes.draft(as("GET", "/api/admin/draft"), undefined)).json();
  expect(draft.version).toMatchObject({ number: 2, status: "published" });
  expect(await auditEntries()).toHaveLength(auditBefore);
});

test("a valid import becomes the draft, replacing any earlier draft, and can be published", async () => {
  const exported = await (await routes.export(as("GET", "/api/admin/knowledge/export"), undefined)).json();
  exported.content.criteria.find((c: { key: string }) => c.key === "momentum").defaultWeight = 1;
  const response = await routes.import(as("POST", "/api/admin/knowledge/import", exported), undefined);
  expect(response.status).toBe(201);
  expect(await response.json()).toEqual({ draftNumber: 3, changes: 1 });
  const again = await (await routes.import(as("POST", "/api/admin/knowledge/import", exported), undefined)).json();
  expect(again.draftNumber).toBe(3); // the earlier draft was replaced, not stacked
  expect((await auditEntries())[0]?.action).toBe("import");
  expect(
    (
      await routes.publish(
        as("POST", "/api/admin/draft/publish", { note: "Momentum matters less", reviewed: await reviewedDraft() }),
        undefined,
      )
    ).status,
  ).toBe(201);
  const { getCurrentKnowledgeBase } = await import("@/lib/knowledge/service");
  expect((await getCurrentKnowledgeBase()).criteria.find((c) => c.key === "momentum")!.defaultWeight).toBe(1);
});
