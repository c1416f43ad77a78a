// Who would win without one requirement: for each knockout cause that removed an option scoring above
// the actual winner, re-check eligibility with that one cause ignored.
import type { HypervisorId } from "@/lib/questionnaire/options";
import { compareEntries } from "./score";
import type { Counterfactual, KnockoutCause, RankingEntry } from "./types";

const CAUSE_WORDS: Record<string, string> = {
  licensing: "the open-source requirement",
  cloudPlatform: "the chosen cloud platform",
};

export function describeCause(cause: KnockoutCause): string {
  return CAUSE_WORDS[cause] ?? `the "${cause}" must-have`;
}

export function findCounterfactuals(
  ranking: readonly RankingEntry[],
  winner: HypervisorId | null,
  names: Readonly<Record<HypervisorId, string>>,
): Counterfactual[] {
  const winnerScore = ranking.find((e) => e.hypervisor === winner)?.score ?? -Infinity;
  const causes: KnockoutCause[] = [];
  for (const entry of ranking) {
    for (const k of entry.knockouts) if (!causes.includes(k.mustHave)) causes.push(k.mustHave);
  }
  const result: Counterfactual[] = [];
  for (const cause of causes) {
    const removed = ranking
      .filter((e) => e.score > winnerScore && e.knockouts.some((k) => k.mustHave === cause))
      .map((e) => e.hypervisor);
    if (removed.length === 0) continue;
    const relaxed = ranking
      .map((e) => ({ ...e, eligible: e.knockouts.every((k) => k.mustHave === cause) }))
      .sort(compareEntries);
    const top = relaxed[0];
    const wouldWin = top && top.eligible ? top.hypervisor : null;
    const explanation =
      wouldWin === null
        ? `Without ${describeCause(cause)}, still no option would meet the other requirements.`
        : wouldWin === winner
          ? `Without ${describeCause(cause)}, ${names[wouldWin]} would still win: the options it removes fail other requirements too.`
          : `Without ${describeCause(cause)}, ${names[wouldWin]} would win with ${top!.score.toFixed(1)} points.`;
    result.push({ cause, removed, wouldWin, wouldWinScore: top && wouldWin ? top.score : null, explanation });
  }
  return result;
}
