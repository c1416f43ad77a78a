import { evaluateAnswers } from "@/lib/decision";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { involvedCriteria, relevantSmallestChange } from "@/components/results/relevant-change";
import { answers } from "../support/answers";

const kb: KnowledgeBase = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "test" } };

test("a change on a criterion the answers leave at 0% is not proposed; the smallest involved one is", () => {
  const evaluation = evaluateAnswers({ answers: answers("windowsOnAzure"), kb });
  const engine = evaluation.sensitivity!.smallestChange!;
  expect(evaluation.weights.find((w) => w.key === engine.criterion)!.weight).toBe(0);
  const proposed = relevantSmallestChange(evaluation)!;
  expect(proposed.criterion).not.toBe(engine.criterion);
  expect(involvedCriteria(evaluation).has(proposed.criterion)).toBe(true);
  // It is the smallest among the involved criteria's break-even moves.
  for (const row of evaluation.sensitivity!.criteria.filter((r) => involvedCriteria(evaluation).has(r.criterion))) {
    if (row.belowTakenBy) expect(row.weight - row.stableFrom).toBeGreaterThanOrEqual(proposed.change - 1e-12);
    if (row.aboveTakenBy) expect(row.stableTo - row.weight).toBeGreaterThanOrEqual(proposed.change - 1e-12);
  }
});

test("VDI counts only for a team with desktops, or once the user sets its weight", () => {
  const noDesktops = evaluateAnswers({ answers: answers("linuxOnPremises"), kb });
  expect(involvedCriteria(noDesktops).has("vdi")).toBe(false);
  const desktops = evaluateAnswers({ answers: answers("linuxOnPremises", { workloads: ["linux-apps", "vdi"] }), kb });
  expect(involvedCriteria(desktops).has("vdi")).toBe(true);
  const setByUser = evaluateAnswers({ answers: answers("linuxOnPremises"), kb, weights: { vdi: 20 } });
  expect(involvedCriteria(setByUser).has("vdi")).toBe(true);
  // General criteria count for everyone.
  expect(involvedCriteria(noDesktops).has("management")).toBe(true);
});
