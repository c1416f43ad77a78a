// The recommendation against the cheapest eligible option, in one sentence the verdict and the
// benefit chart share: how many points more it scores on everything but money, and what that costs a
// year, over the horizon and in net present value (engine figures, whole US dollars).
import type { PlanSummary } from "@/lib/decision";
import { usd, yearsText } from "./plan-format";

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
export function cheapestGap(plan: PlanSummary | null | undefined): CheapestGap | null {
  const cheapest = plan?.cheapest ?? null;
  if (!plan || !cheapest || !plan.recommended) return null;
  const options = plan.options ?? [];
  const mine = options.find((o) => o.id === plan.recommended!.id);
  const theirs = options.find((o) => o.id === cheapest.id);
  if (!mine || mine.perYear === null || mine.npv === null) return null;
  return {
    recommended: mine.name,
    cheapest: cheapest.name,
    edge: mine.benefit - (theirs?.benefit ?? mine.benefit),
    perYear: mine.perYear - cheapest.perYear,
    npv: mine.npv - cheapest.npv,
    years: plan.years,
  };
}

const points = (n: number) => `${Math.abs(n).toFixed(1)} point${Math.abs(n).toFixed(1) === "1.0" ? "" : "s"}`;

/** "X scores 20.0 points more on everything but money than the cheapest eligible option, Y, and costs US$6,400 a year more (…)." */
export function cheapestText(gap: CheapestGap): string {
  const { perYear, years } = gap;
  const horizon = yearsText(years);
  const benefit =
    gap.edge >= 0
      ? `scores ${points(gap.edge)} more on everything but money`
      : `scores ${points(gap.edge)} less on everything but money`;
  const npv = `${usd(gap.npv)} more in net present value, one-off costs included`;
  const money =
    perYear > 0
      ? `costs ${usd(perYear)} a year more (${usd(perYear * years)} over ${horizon}; ${npv})`
      : perYear < 0
        ? `costs ${usd(-perYear)} a year less (${usd(-perYear * years)} less over ${horizon}) but ${npv}`
        : `costs the same a year but ${npv}`;
  return `${gap.recommended} ${benefit} than the cheapest eligible option, ${gap.cheapest}, and ${money}.`;
}
