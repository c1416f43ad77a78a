// A shared link shows what was computed then, even after a new knowledge-base version is published,
// and says when today's data would rank it differently.
import { createPrismaClient } from "@/lib/db/create-client";
import { publishKnowledgeVersion } from "@/lib/knowledge/seed";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import { useFreshDatabase } from "../support/test-database";
import { answers } from "../support/answers";
import { engineEvaluation } from "../support/engine-evaluation";

jest.setTimeout(60_000);

let databaseUrl: string;
beforeAll(async () => {
  databaseUrl = (await useFreshDatabase("share")).url;
});

const ANSWERS = answers("linuxOnPremises");

test("publishing a new knowledge base leaves a saved recommendation's ranking as it was", async () => {
  const { createRecommendation, getRecommendation } = await import("@/lib/recommendations/service");
  const { loadSharedRecommendation } = await import("@/lib/recommendations/share");
  const { snapshot } = await createRecommendation({
    answers: ANSWERS,
  });
  expect(snapshot.winner).toBe("kvm");
  const evaluation = await engineEvaluation({ answers: ANSWERS });

  const before = await loadSharedRecommendation(snapshot.id);
  expect(before?.today).toBeNull(); // computed with today's data

  // Version 2: KVM collapses on every rating.
  const db = createPrismaClient(databaseUrl);
  const content = {
    ...seedKnowledge,
    ratings: seedKnowledge.ratings.map((r) => (r.hypervisor === "kvm" ? { ...r, score: 0 } : r)),
  };
  expect(await publishKnowledgeVersion(db, content, "KVM re-rated for a test")).toBe(2);
  await db.$disconnect();

  const stored = await getRecommendation(snapshot.id);
  expect(stored.evaluation).toEqual(evaluation);
  expect(stored.kbVersion).toBe(1);

  const after = await loadSharedRecommendation(snapshot.id);
  expect(after!.snapshot.evaluation.ranking.map((e) => e.hypervisor)).toEqual(
    evaluation.ranking.map((e) => e.hypervisor),
  );
  expect(after!.kb.version.number).toBe(1); // names and history from the version it used
  const today = after!.today;
  expect(today && "ranksDiffer" in today && today.ranksDiffer).toBe(true);
  if (today && "ranksDiffer" in today) {
    expect(today.winnerThen).toBe("kvm");
    expect(today.winnerNow).not.toBe("kvm");
    expect(today.todayLabel).toMatch(/^kb-2\+engine-/);
  }
});

test("a version published by another instance reaches new evaluations within RECENT_VERSION_MS, named by each", async () => {
  const { evaluateRequest } = await import("@/lib/evaluation/service");
  const { getCurrentKnowledgeBase, getPublishedVersion, RECENT_VERSION_MS } = await import("@/lib/knowledge/service");
  const answers = ANSWERS;
  const start = Date.now();
  const clock = jest.spyOn(Date, "now").mockReturnValue(start);
  try {
    const before = (await getCurrentKnowledgeBase()).version.number; // read now, at `start`
    expect((await evaluateRequest({ answers })).summary.kbVersion).toBe(before);

    // Another instance publishes (its own client; nothing in this process is told).
    const db = createPrismaClient(databaseUrl);
    expect(await publishKnowledgeVersion(db, seedKnowledge, "Published elsewhere")).toBe(before + 1);
    await db.$disconnect();

    clock.mockReturnValue(start + RECENT_VERSION_MS - 1);
    expect((await evaluateRequest({ answers })).summary.kbVersion).toBe(before); // still trusted, and says so
    clock.mockReturnValue(start + RECENT_VERSION_MS);
    expect((await evaluateRequest({ answers })).summary.kbVersion).toBe(before + 1);
    expect((await getPublishedVersion())!.number).toBe(before + 1); // pages and the model API ask every time
  } finally {
    clock.mockRestore();
  }
});
