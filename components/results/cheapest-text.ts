// The recommendation against the cheapest eligible option, in the words and rounding of the engine's
// plan sentence (lib/decision/plan-summary.ts), so the verdict, the benefit chart and the paste-able
// summary give the same figures: points more on everything but money, and the money a year, over the
// horizon and in net present value.
import type { PlanSummary, RankingEntry } from "@/lib/decision";
import { about, benefitOf } from "@/lib/decision/plan-summary";
import { yearsText } from "./plan-format";

export type CheapestGap = {
  recommended: string;
  cheapest: string;
  /** Benefit points the recommendation scores above the cheapest option (negative: below). */
  edge: number;
  /** The recommendation's yearly cost minus the cheapest's, in US$ (negative: it costs less a year). */
  perYear: number;
  npv: number;
  years: number;
};

/** The gap, or null when the recommendation is the cheapest, unpriced, or the plan predates it. */
export function cheapestGap(
  plan: PlanSummary | null | undefined,
  ranking: readonly RankingEntry[],
): CheapestGap | null {
  const cheapest = plan?.cheapest ?? null;
  if (!plan?.recommended || !cheapest) return null;
  const mine = ranking.find((e) => e.hypervisor === plan.recommended!.hypervisor);
  const theirs = ranking.find((e) => e.hypervisor === cheapest.hypervisor);
  const perYear = mine?.cost?.perYear ?? null;
  const npv = mine?.cost?.npv ?? null;
  if (!mine || !theirs || perYear === null || npv === null) return null;
  return {
    recommended: plan.recommended.name,
    cheapest: cheapest.name,
    edge: benefitOf(mine) - benefitOf(theirs),
    perYear: perYear - cheapest.perYear,
    npv: npv - cheapest.npv,
    years: plan.years,
  };
}

/** "X scores 20.0 points more on everything but money than the cheapest eligible option, Y, and costs US$6,400 a year more (…)." */
export function cheapestText(gap: CheapestGap): string {
  const { edge, perYear, npv, years } = gap;
  const benefit =
    edge >= 0
      ? `scores ${edge.toFixed(1)} points more on everything but money`
      : `scores ${(-edge).toFixed(1)} points less on everything but money, ahead on the weight given to cost`;
  const money =
    perYear >= 0
      ? `costs ${about(perYear)} a year more (${about(perYear * years)} over ${yearsText(years)}; ${about(npv)} more in net present value, one-off costs included)`
      : `costs ${about(-perYear)} a year less but ${about(npv)} more in net present value over ${yearsText(years)}, its one-off costs included`;
  return `${gap.recommended} ${benefit} than the cheapest eligible option, ${gap.cheapest}, and ${money}.`;
}
