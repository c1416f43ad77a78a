// Would today's knowledge base rank a saved recommendation differently? The snapshot itself never
// changes; this only tells the reader whether the advice has moved since, and how.
import type { Evaluation } from "@/lib/decision";
import type { HypervisorId } from "@/lib/questionnaire/options";

export type RankChange = {
  hypervisor: HypervisorId;
  name: string;
  thenRank: number;
  nowRank: number;
  thenScore: number;
  nowScore: number;
  thenEligible: boolean;
  nowEligible: boolean;
};

export type TodayComparison = {
  todayLabel: string;
  /** Today's knowledge-base version number, for people (the label is the model id the API returns). */
  todayKbVersion: number;
  /** True when the order of the ranking, the winner or a family's product differs. */
  ranksDiffer: boolean;
  winnerThen: HypervisorId | null;
  winnerNow: HypervisorId | null;
  changes: RankChange[];
  /** Products (of any family, named or not) whose score or eligibility moved. */
  productsMoved: number;
};

/** Scores that differ by less than this are reported as unchanged (display precision is 0.1). */
const SCORE_EPSILON = 0.05;

export function compareEvaluations(then: Evaluation, now: Evaluation): TodayComparison {
  const nowBy = new Map(now.ranking.map((entry) => [entry.hypervisor, entry]));
  const changes: RankChange[] = then.ranking.flatMap((old) => {
    const current = nowBy.get(old.hypervisor);
    if (!current) return [];
    const moved =
      old.rank !== current.rank ||
      old.eligible !== current.eligible ||
      Math.abs(old.score - current.score) >= SCORE_EPSILON;
    return moved
      ? [
          {
            hypervisor: old.hypervisor,
            name: current.name,
            thenRank: old.rank,
            nowRank: current.rank,
            thenScore: old.score,
            nowScore: current.score,
            thenEligible: old.eligible,
            nowEligible: current.eligible,
          },
        ]
      : [];
  });
  const ranksDiffer =
    then.winner !== now.winner ||
    then.ranking.some(
      (entry, i) =>
        now.ranking[i]?.hypervisor !== entry.hypervisor || now.ranking[i]?.product?.id !== entry.product?.id,
    );
  // Evaluations saved before products were candidates have none to compare.
  const productsNow = new Map((now.products ?? []).map((p) => [p.id, p]));
  const productsMoved = (then.products ?? []).filter((old) => {
    const current = productsNow.get(old.id);
    return (
      current !== undefined &&
      (current.eligible !== old.eligible || Math.abs(current.score - old.score) >= SCORE_EPSILON)
    );
  }).length;
  return {
    todayLabel: now.modelVersion,
    todayKbVersion: now.kbVersion.number,
    ranksDiffer,
    winnerThen: then.winner,
    winnerNow: now.winner,
    changes,
    productsMoved,
  };
}
