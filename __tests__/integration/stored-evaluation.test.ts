// How a saved evaluation is stored: brotli-compressed JSON on new rows (a fifth of the bytes to
// write and fsync), while rows saved before that change, with plain JSON, still open unchanged.
import { brotliDecompressSync } from "node:zlib";
import { useFreshDatabase } from "../support/test-database";
import { answers } from "../support/answers";

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
  expect(JSON.parse(json)).toEqual(snapshot.evaluation);
  expect((await getRecommendation(snapshot.id)).evaluation).toEqual(snapshot.evaluation);
});

test("a row saved before compression (plain JSON) opens with its evaluation as stored", async () => {
  const { createRecommendation, getRecommendation } = await import("@/lib/recommendations/service");
  const { getDb } = await import("@/lib/db/client");
  const { snapshot } = await createRecommendation({
    answers: ANSWERS,
  });
  // What the older code wrote: the JSON text, no compressed copy. Marked so the test sees it is read.
  const legacy = { ...snapshot.evaluation, topReasons: ["Stored as plain JSON by an earlier release."] };
  await getDb().recommendation.update({
    where: { id: snapshot.id },
    data: { evaluationJson: JSON.stringify(legacy), evaluationBrotli: null },
  });
  expect((await getRecommendation(snapshot.id)).evaluation).toEqual(legacy);
});
