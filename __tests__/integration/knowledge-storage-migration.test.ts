// The knowledge base moved from seven tables with a column per field (plus KbDocument for the plan
// collections) to one table of JSON documents (migration 20261206000000_one_knowledge_table). A
// database made by the release before, holding two published versions, a draft with an admin's edits,
// an audit log and saved recommendations, must read back identically after the migration, on SQLite
// and on PostgreSQL, and the app must go on from it (edit, publish, start again).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { evaluateAnswers } from "@/lib/decision";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import type { KnowledgeContent } from "@/lib/knowledge/schema";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import { migrateDatabase, prepareDatabase } from "@/scripts/lib/prepare-database";
import { writeLegacyVersion } from "../support/legacy-knowledge";
import { answers } from "../support/answers";
import { makeTempDatabase, testProvider } from "../support/test-database";

jest.setTimeout(120_000);

const MIGRATION = "20261206000000_one_knowledge_table";

/** The migrations of the release before this one: every folder but the single-table migration. */
function earlierMigrations(): string {
  const source =
    testProvider === "postgres" ? path.join("prisma", "postgres", "migrations") : path.join("prisma", "migrations");
  const target = fs.mkdtempSync(path.join(os.tmpdir(), "advisor-earlier-migrations-"));
  for (const name of fs.readdirSync(source)) {
    if (name !== MIGRATION) fs.cpSync(path.join(source, name), path.join(target, name), { recursive: true });
  }
  return target;
}

/** What the earlier release read back: every entry, the unordered collections sorted as its queries sorted them. */
function asReadBefore(content: KnowledgeContent): KnowledgeContent {
  const by =
    <T>(key: (item: T) => string) =>
    (list: T[]) =>
      [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return {
    ...content,
    ratings: by<KnowledgeContent["ratings"][number]>((r) => `${r.criterion}\u0000${r.hypervisor}`)(content.ratings),
    platformSupport: by<KnowledgeContent["platformSupport"][number]>((s) => `${s.platform}\u0000${s.hypervisor}`)(
      content.platformSupport,
    ),
    capabilities: by<KnowledgeContent["capabilities"][number]>((c) => `${c.mustHave}\u0000${c.hypervisor}`)(
      content.capabilities,
    ),
    history: by<KnowledgeContent["history"][number]>((e) => `${String(e.year).padStart(4, "0")}\u0000${e.key}`)(
      content.history,
    ),
  };
}

// Version 2 re-rates KVM's licence cost and drops a platform's fit sentence; the draft (version 3)
// holds an admin's further edits to a rating and a product.
const v1 = seedKnowledge;
const v2: KnowledgeContent = {
  ...v1,
  ratings: v1.ratings.map((r) =>
    r.hypervisor === "kvm" && r.criterion === "licence-cost"
      ? { ...r, score: 6.5, rationale: `${r.rationale} Re-rated.` }
      : r,
  ),
  platforms: v1.platforms.map((p, i) => (i === 0 ? { id: p.id, name: p.name, description: p.description } : p)),
};
const v3: KnowledgeContent = {
  ...v2,
  ratings: v2.ratings.map((r) =>
    r.hypervisor === "xen" && r.criterion === "gpu" ? { ...r, score: 4, asOf: "2026-12-01" } : r,
  ),
  products: v2.products.map((p, i) => (i === 0 ? { ...p, name: `${p.name} (renamed in the draft)` } : p)),
};

let url: string;
let db: Db;

beforeAll(async () => {
  ({ url } = await makeTempDatabase("storage-migration"));
  process.env.ADVISOR_MIGRATIONS_PATH = earlierMigrations();
  try {
    migrateDatabase(url);
  } finally {
    delete process.env.ADVISOR_MIGRATIONS_PATH;
  }
  db = createPrismaClient(url);
  await writeLegacyVersion(db, { number: 1, status: "published", note: "Initial knowledge base.", content: v1 });
  await writeLegacyVersion(db, { number: 2, status: "published", note: "KVM licence cost re-rated.", content: v2 });
  await writeLegacyVersion(db, { number: 3, status: "draft", note: "Draft based on kb-2", content: v3 });
  await db.auditEntry.create({
    data: {
      sessionRef: "0123456789ab",
      actor: "admin",
      action: "edit",
      entity: "ratings",
      key: "xen/gpu",
      afterJson: "{}",
    },
  });
  // A recommendation saved on version 1, as that release stored it (its evaluation as plain JSON).
  const evaluation = evaluateAnswers({
    answers: answers("linuxOnPremises"),
    kb: { ...v1, version: { number: 1, label: "kb-1", publishedAt: null, note: "Initial knowledge base." } },
  });
  await db.recommendation.create({
    data: {
      id: "LegacyRecommendation01",
      ownerTokenHash: "0".repeat(64),
      name: "Saved before the migration",
      answersJson: JSON.stringify(answers("linuxOnPremises")),
      weightsJson: "{}",
      evaluationJson: JSON.stringify(evaluation),
      kbVersion: 1,
      modelVersion: evaluation.modelVersion,
      winner: evaluation.winner,
    },
  });

  migrateDatabase(url); // the release with one table: applies the one migration left
  process.env.DATABASE_URL = url;
});

afterAll(async () => {
  await db?.$disconnect();
  await (await import("@/lib/db/client")).getDb().$disconnect();
});

test("every version reads back as the earlier release read it, and the old tables are gone", async () => {
  const { readVersionContent } = await import("@/lib/knowledge/documents");
  const versions = await db.kbVersion.findMany({
    orderBy: { number: "asc" },
    select: { id: true, number: true, status: true },
  });
  expect(versions.map((v) => [v.number, v.status])).toEqual([
    [1, "published"],
    [2, "published"],
    [3, "draft"],
  ]);
  const expected = [v1, v2, v3].map(asReadBefore);
  for (const [i, version] of versions.entries()) {
    expect(await readVersionContent(db, version.id)).toEqual(expected[i]);
  }
  const tables =
    testProvider === "postgres"
      ? await db.$queryRaw<
          { name: string }[]
        >`SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public'`
      : await db.$queryRaw<{ name: string }[]>`SELECT name FROM sqlite_master WHERE type = 'table'`;
  const names = tables.map((t) => t.name);
  for (const gone of ["Hypervisor", "Criterion", "Rating", "Platform", "PlatformSupport", "Capability", "HistoryEvent"])
    expect(names).not.toContain(gone);
  expect(await db.auditEntry.count()).toBe(1);
});

test("the app goes on from the migrated database: the saved link, a start, an edit of the draft and a publish", async () => {
  const { getRecommendation } = await import("@/lib/recommendations/service");
  const { loadSharedRecommendation } = await import("@/lib/recommendations/share");
  const saved = await getRecommendation("LegacyRecommendation01");
  expect(saved).toMatchObject({ name: "Saved before the migration", kbVersion: 1 });
  const shared = await loadSharedRecommendation("LegacyRecommendation01");
  expect(shared!.kb).toEqual({ ...asReadBefore(v1), version: expect.objectContaining({ number: 1 }) });
  expect(shared!.snapshot.evaluation.ranking.map((e) => e.score)).toEqual(saved.evaluation.ranking.map((e) => e.score));

  await prepareDatabase(url, () => {}); // what every start does: nothing to seed; an upgrade if the seed asks
  const { getWorkingKnowledge } = await import("@/lib/admin/versions-service");
  const working = await getWorkingKnowledge();
  expect(working.version.status).toBe("draft");
  expect(working.content.ratings.find((r) => r.hypervisor === "xen" && r.criterion === "gpu")?.score).toBe(4);

  const { updateDraftEntry, publishDraft } = await import("@/lib/admin/draft-service");
  const session = { id: "s", ref: "0123456789ab", account: { id: "a", name: "admin", role: "owner" } } as never;
  const kvm = working.content.ratings.find((r) => r.hypervisor === "kvm" && r.criterion === "gpu")!;
  expect(await updateDraftEntry(session, "ratings", "kvm/gpu", { ...kvm, score: 8.5 })).toMatchObject({
    changed: true,
  });
  const number = await publishDraft(
    session,
    "Published after the migration",
    (await getWorkingKnowledge()).fingerprint,
  );
  const { getCurrentKnowledgeBase } = await import("@/lib/knowledge/service");
  const current = await getCurrentKnowledgeBase();
  expect(current.version.number).toBe(number);
  expect(current.ratings.find((r) => r.hypervisor === "kvm" && r.criterion === "gpu")?.score).toBe(8.5);
  expect(current.products[0]!.name).toMatch(/renamed in the draft/);
});
