/** @jest-environment jsdom */
// The results page re-scores in the browser when a weight moves: under the cost assumptions the page
// was opened with (the team's day rate and discount rate), never the defaults, and its links keep them.
import { act, renderHook } from "@testing-library/react";
import { evaluateAnswers } from "@/lib/decision";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { answersToSearchParams } from "@/lib/questionnaire/url-state";
import { useWhatIf } from "@/components/results/use-what-if";
import { answers } from "../support/answers";

const kb: KnowledgeBase = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "test" } };
const team = answers("vsphereShop", {
  estate: { hosts: 8, socketsPerHost: 2, coresPerSocket: 16, vms: 200, windowsVms: 60 },
});
const assumptions = { migrationDayRate: 4000, discountRate: 0.12 };

const npvs = (evaluation: ReturnType<typeof evaluateAnswers>) => evaluation.ranking.map((e) => e.cost?.npv ?? null);

test("a moved weight re-scores with the page's assumptions, and the URL keeps them", () => {
  const initialEvaluation = evaluateAnswers({ answers: team, kb, assumptions });
  const answersQuery = answersToSearchParams(team, {}, {}, assumptions).toString();
  const { result } = renderHook(() =>
    useWhatIf({
      kb,
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
