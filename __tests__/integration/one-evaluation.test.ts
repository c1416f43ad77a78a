// One evaluation path: the results page, saving and the share link all go through the evaluation
// service (lib/evaluation/service.ts: its memo, and the server's thread where there is one), so an
// answer set opened on the results page, saved from there and opened as a share link is computed once
// per knowledge-base version, answers, weights and quotes, whichever order the weights came in.
import { answers } from "../support/answers";
import { useFreshDatabase } from "../support/test-database";

jest.setTimeout(60_000);

beforeAll(async () => {
  await useFreshDatabase("one-evaluation");
});

/** How many evaluations the engine has computed in this process so far. */
async function computed(): Promise<number> {
  const { metrics } = await import("@/lib/observability/metrics");
  return (await metrics().evaluationThreads.get()).values.reduce((sum, sample) => sum + sample.value, 0);
}

test("opened on the results page, saved and opened as a share link: computed once", async () => {
  const { loadResults } = await import("@/app/results/load-results");
  const { answersToSearchParams } = await import("@/lib/questionnaire/url-state");
  const { POST: save } = await import("@/app/api/v1/recommendations/route");
  const { loadSharedRecommendation } = await import("@/lib/recommendations/share");
  const team = answers("vsphereShop");
  const before = await computed();

  // The results page, with two weight changes in the URL.
  const query = answersToSearchParams(team);
  query.set("w.licence-cost", "30");
  query.set("w.performance", "5");
  const page = await loadResults(Object.fromEntries(query));
  if (!page.ok) throw new Error(`the results URL was refused: ${JSON.stringify(page.fields)}`);
  expect(await computed()).toBe(before + 1);

  // Saved from there (Save & share sends the same answers; the weights in another order), then opened.
  const saved = await save(
    new Request("http://localhost:3000/api/v1/recommendations", {
      method: "POST",
      headers: { "content-type": "application/json", "x-advisor-client": "192.0.2.77" },
      body: JSON.stringify({ answers: team, weights: { performance: 5, "licence-cost": 30 }, name: "Once" }),
    }),
    undefined,
  );
  expect(saved.status).toBe(201);
  const { id } = (await saved.json()) as { id: string };
  const shared = await loadSharedRecommendation(id);
  expect(shared!.snapshot.evaluation.ranking).toEqual(page.evaluation.ranking);
  expect(await computed()).toBe(before + 1);

  // Another weight makes another answer set: computed, once.
  query.set("w.performance", "6");
  expect((await loadResults(Object.fromEntries(query))).ok).toBe(true);
  expect(await computed()).toBe(before + 2);
});
