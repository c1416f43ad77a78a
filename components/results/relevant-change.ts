// The smallest single weight change worth proposing. The engine's own smallest change may sit on a
// criterion about a workload or a requirement the team does not have ("raise VDI from 1.4% to
// 39.1%" for a shop without desktops), which no reader would try. Such situational criteria are the
// ones only workload or must-have rules raise (VDI, GPU, confidential computing, …); they count here
// only when one of those rules applied or the user set the weight. General criteria (cost, support,
// management, …) always count. Pure: no React.
import type { CriterionSensitivity, Evaluation, SmallestChange } from "@/lib/decision";
import { WEIGHT_RULES } from "@/lib/decision/weight-rules";

/** Criteria that some rule raises, and only rules about a workload or a must-have. */
const SITUATIONAL: ReadonlySet<string> = (() => {
  const general = new Set<string>();
  const situational = new Set<string>();
  for (const rule of WEIGHT_RULES) {
    const specific = rule.when.workload !== undefined || rule.when.mustHave !== undefined;
    for (const key of Object.keys(rule.effects)) (specific ? situational : general).add(key);
  }
  return new Set([...situational].filter((key) => !general.has(key)));
})();

export function involvedCriteria(evaluation: Evaluation): Set<string> {
  return new Set(
    evaluation.weights
      .filter((w) => w.weight > 0 && (!SITUATIONAL.has(w.key) || w.rules.length > 0 || w.overridden))
      .map((w) => w.key),
  );
}

function changesOf(row: CriterionSensitivity, evaluation: Evaluation): SmallestChange[] {
  const base = { criterion: row.criterion, name: row.name, from: row.weight, fromWinner: evaluation.winner! };
  const moves = [
    { direction: "decrease" as const, to: row.stableFrom, newWinner: row.belowTakenBy },
    { direction: "increase" as const, to: row.stableTo, newWinner: row.aboveTakenBy },
  ];
  return moves.flatMap(({ direction, to, newWinner }) =>
    newWinner ? [{ ...base, direction, to, change: Math.abs(to - row.weight), newWinner }] : [],
  );
}

/** The smallest change among the involved criteria, or null when none of them can change the winner. */
export function relevantSmallestChange(evaluation: Evaluation): SmallestChange | null {
  const { sensitivity, winner } = evaluation;
  if (!sensitivity || !winner) return null;
  const involved = involvedCriteria(evaluation);
  const engine = sensitivity.smallestChange;
  if (engine && involved.has(engine.criterion)) return engine;
  let best: SmallestChange | null = null;
  for (const row of sensitivity.criteria) {
    if (!involved.has(row.criterion)) continue;
    for (const change of changesOf(row, evaluation)) if (!best || change.change < best.change) best = change;
  }
  return best;
}
