// How a saved evaluation is stored: the compact form with its evidence (lib/decision/compact.ts), as
// brotli-compressed JSON on new rows (a fifth of the bytes to write and fsync), while rows saved before
// those changes (the engine's own form, compressed or as plain JSON) still open unchanged.
import { brotliCompressSync, brotliDecompressSync } from "node:zlib";
import { expandEvaluation } from "@/lib/decision/compact";
import { useFreshDatabase } from "../support/test-database";
import { answers } from "../support/answers";
import { engineEvaluation } from "../support/engine-evaluation";

jest.setTimeout(60_000);

const ANSWERS = answers("windowsOnAzure");

beforeAll(async () => {
  await useFreshDatabase("stored-evaluation");
});

test("a new save stores the evaluation compressed, and reads it back exactly", async () => {
  const { createRecommendation, getRecommendation } = await import("@/lib/recommendations/service");
  const { getDb } = await import("@/lib/db/client");
  const { snapshot } = await createRecommendation({
    answers: ANSWERS,
  });
  const row = await getDb().recommendation.findUniqueOrThrow({
    where: { id: snapshot.id },
    select: { evaluationBrotli: true, evaluationJson: true },
  });
  expect(row.evaluationJson).toBeNull();
  const json = brotliDecompressSync(row.evaluationBrotli!).toString("utf8");
  expect(row.evaluationBrotli!.length).toBeLessThan(json.length / 3);
  const stored = JSON.parse(json);
  const evaluation = await engineEvaluation({ answers: ANSWERS });
  expect(stored.evidence).toBeDefined();
  expect(json).not.toContain('"rationale":"' + evaluation.ranking[0]!.contributions[0]!.rationale + '","sources"');
  expect(expandEvaluation(stored)).toEqual(evaluation);
  expect(json.length).toBeLessThan(JSON.stringify(evaluation).length * 0.8);
  expect((await getRecommendation(snapshot.id)).evaluation).toEqual(evaluation);
});

test("a row saved in the engine's own form, before the compact form, still opens as stored", async () => {
  const { createRecommendation, getRecommendation } = await import("@/lib/recommendations/service");
  const { getDb } = await import("@/lib/db/client");
  const { snapshot } = await createRecommendation({ answers: ANSWERS });
  const legacy = {
    ...(await engineEvaluation({ answers: ANSWERS })),
    topReasons: ["Stored in the engine's form by an earlier release."],
  };
  await getDb().recommendation.update({
    where: { id: snapshot.id },
    data: { evaluationBrotli: brotliCompressSync(JSON.stringify(legacy)), evaluationJson: null },
  });
  expect((await getRecommendation(snapshot.id)).evaluation).toEqual(legacy);
});

test("a row saved before compression (plain JSON) opens with its evaluation as stored", async () => {
  const { createRecommendation, getRecommendation } = await import("@/lib/recommendations/service");
  const { getDb } = await import("@/lib/db/client");
  const { snapshot } = await createRecommendation({
    answers: ANSWERS,
  });
  // What the older code wrote: the JSON text, no compressed copy. Marked so the test sees it is read.
  const legacy = {
    ...(await engineEvaluation({ answers: ANSWERS })),
    topReasons: ["Stored as plain JSON by an earlier release."],
  };
  await getDb().recommendation.update({
    where: { id: snapshot.id },
    data: { evaluationJson: JSON.stringify(legacy), evaluationBrotli: null },
  });
  expect((await getRecommendation(snapshot.id)).evaluation).toEqual(legacy);
});
