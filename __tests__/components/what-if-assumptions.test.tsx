/** @jest-environment jsdom */
// The results page re-scores in the browser when a weight moves: under the cost assumptions the page
// was opened with (the team's day rate and discount rate), never the defaults, and its links keep them;
// and with the whole knowledge base, which arrives after the page.
import { act, renderHook } from "@testing-library/react";
import { evaluateAnswers } from "@/lib/decision";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { answersToSearchParams } from "@/lib/questionnaire/url-state";
import type { Rescoring } from "@/components/results/use-rescoring";
import { useWhatIf } from "@/components/results/use-what-if";
import { answers } from "../support/answers";

const kb: KnowledgeBase = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "test" } };
const team = answers("vsphereShop", {
  estate: { hosts: 8, socketsPerHost: 2, coresPerSocket: 16, vms: 200, windowsVms: 60 },
});
const assumptions = { migrationDayRate: 4000, discountRate: 0.12 };

const loaded: Rescoring = { ready: { kb, evaluate: evaluateAnswers }, failed: false, load: () => {} };

const npvs = (evaluation: ReturnType<typeof evaluateAnswers>) => evaluation.ranking.map((e) => e.cost?.npv ?? null);

test("a moved weight re-scores with the page's assumptions, and the URL keeps them", () => {
  const initialEvaluation = evaluateAnswers({ answers: team, kb, assumptions });
  const answersQuery = answersToSearchParams(team, {}, {}, assumptions).toString();
  const { result } = renderHook(() =>
    useWhatIf({
      rescoring: loaded,
      criteria: kb.criteria,
      answers: team,
      initialWeights: {},
      assumptions,
      initialEvaluation,
      answersQuery,
      syncUrl: false,
    }),
  );
  const key = result.current.evaluation.weights[0]!.key;
  act(() => result.current.setWeight(key, 40));
  const weights = { [key]: 40 };
  const expected = evaluateAnswers({ answers: team, kb, weights, assumptions });
  const withDefaults = evaluateAnswers({ answers: team, kb, weights });
  expect(npvs(expected)).not.toEqual(npvs(withDefaults));
  expect(npvs(result.current.evaluation)).toEqual(npvs(expected));
  const query = new URLSearchParams(result.current.query);
  expect(query.get("a.migrationDayRate")).toBe("4000");
  expect(query.get("a.discountRate")).toBe("0.12");
  expect(query.get(`w.${key}`)).toBe("40");
});

/** The hook on the team's answers with no weights or quotes of its own, re-rendered with each `Rescoring`. */
function liveWhatIf(initial: Rescoring) {
  const initialEvaluation = evaluateAnswers({ answers: team, kb });
  const hook = renderHook(
    (rescoring: Rescoring) =>
      useWhatIf({
        rescoring,
        criteria: kb.criteria,
        answers: team,
        initialWeights: {},
        initialEvaluation,
        answersQuery: "",
        syncUrl: false,
      }),
    { initialProps: initial },
  );
  return { ...hook, initialEvaluation };
}

test("a weight moved before the knowledge base and the engine have arrived asks for them, waits, and re-scores when they come", () => {
  const load = jest.fn();
  const { result, rerender, initialEvaluation } = liveWhatIf({ ready: null, failed: false, load });
  expect(load).not.toHaveBeenCalled();
  const key = initialEvaluation.weights[0]!.key;
  act(() => result.current.setWeight(key, 0));
  expect(load).toHaveBeenCalled();
  expect(result.current.loading).toBe("loading");
  expect(result.current.pending).toBe(true);
  // The slider follows the hand; the result, and what saving or exporting would take, stay as they were.
  expect(result.current.weights.find((w) => w.key === key)?.raw).toBe(0);
  expect(result.current.evaluation).toBe(initialEvaluation);
  expect(result.current.evaluated.overrides).toEqual({});
  expect(new URLSearchParams(result.current.evaluated.query).has(`w.${key}`)).toBe(false);
  expect(new URLSearchParams(result.current.query).get(`w.${key}`)).toBe("0");

  rerender({ ready: null, failed: true, load });
  expect(result.current.loading).toBe("failed");

  rerender({ ready: { kb, evaluate: evaluateAnswers }, failed: false, load });
  const expected = evaluateAnswers({ answers: team, kb, weights: { [key]: 0 } });
  expect(result.current.evaluation.weights.find((w) => w.key === key)?.raw).toBe(0);
  expect(result.current.evaluation.ranking.map((e) => e.score)).toEqual(expected.ranking.map((e) => e.score));
  expect(result.current.evaluated.overrides).toEqual({ [key]: 0 });
  expect(result.current.loading).toBeNull();
  expect(result.current.pending).toBe(false);
});

test("no weight can leave every criterion at 0, before the knowledge base has arrived too", () => {
  const { result, initialEvaluation } = liveWhatIf({ ready: null, failed: false, load: () => {} });
  const active = initialEvaluation.weights.filter((w) => w.raw > 0).map((w) => w.key);
  for (const key of active.slice(0, -1)) act(() => result.current.setWeight(key, 0));
  act(() => result.current.setWeight(active.at(-1)!, 0));
  expect(result.current.notice).toBe("At least one criterion needs a weight above 0.");
  expect(result.current.overrides[active.at(-1)!]).toBeUndefined();
});
