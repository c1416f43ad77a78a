// "Your plan" in one paragraph a manager can paste: the product to pick, what it costs next to
// staying put and next to the cheapest eligible option, the net present value and payback, and how
// the move would go. Every figure in it is one the cost table, cash flow and migration show.
import type { Answers } from "@/lib/questionnaire/answers";
import type { Assumptions } from "@/lib/questionnaire/assumptions";
import { estateHosts, isSized } from "@/lib/questionnaire/estate";
import { DEFAULT_YEARS } from "@/lib/questionnaire/horizon";
import {
  DEFAULT_DAY_RATE,
  DEFAULT_DISCOUNT_RATE,
  DEFAULT_WINDOWS_OWNED,
  resolveAssumptions,
  type ResolvedAssumptions,
} from "./cost-rules";
import { cents, formatCount, formatPercent, formatUsd, yearsText } from "./money-format";
import { LICENCE_COST_CRITERION } from "./plan-ratings";
import type { AssumptionUsed, BreakEven, Cost, PlanOption, PlanSummary, RankingEntry } from "./types";

/** Three significant figures: "about US$61,200", precise enough for a decision, honest about rounding. */
export function about(amount: number): string {
  if (amount === 0) return formatUsd(0);
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(amount))) - 2);
  return formatUsd(Math.round(amount / magnitude) * magnitude);
}

const hostsText = (answers: Answers) => {
  const hosts = estateHosts(answers.estate);
  return hosts === undefined ? "" : ` ${formatCount(hosts)} host${hosts === 1 ? "" : "s"}`;
};

function migrationText(entry: RankingEntry): string {
  const m = entry.migration;
  if (!m) return "";
  const tool = m.tools[0]?.name ?? "conversion tooling";
  const vms = m.assumptions.vmsAssumed ? ` (for an assumed ${formatCount(m.assumptions.vms)} VMs)` : "";
  return ` Migration: about ${m.effortDays.low}–${m.effortDays.high} person-days${vms} with the ${tool}, ${m.downtime} cutover.`;
}

/** 0–100: the score on every criterion but licence cost, renormalised to the weight they carry. */
export function benefitOf(entry: RankingEntry): number {
  const money = entry.contributions.find((c) => c.criterion === LICENCE_COST_CRITERION);
  const rest = 1 - (money?.weight ?? 0);
  return rest <= 0 ? 0 : (entry.score - (money?.points ?? 0)) / rest;
}

/**
 * Months until the chosen option's cumulative cost (one-off at once, recurring month by month) falls
 * below staying put's for good: 0 when it is never dearer within the horizon, null when it still is
 * at the horizon's end.
 */
export function paybackMonths(chosen: Cost, stay: Cost, years: number): number | null {
  if (chosen.perYear === null || stay.perYear === null) return null;
  const oneOff = (chosen.oneOff?.amount ?? 0) - (stay.oneOff?.amount ?? 0);
  const perMonth = (chosen.perYear - stay.perYear) / 12;
  const at = (m: number) => oneOff + perMonth * m;
  const months = years * 12;
  if (at(months) > 0) return null;
  if (at(0) <= 0) return 0;
  return Math.ceil(oneOff / -perMonth);
}

/** The share off staying put's own subscription lines at which staying costs no more over the horizon. */
function breakEvenFor(stayEntry: RankingEntry, npvSaving: number, rate: number, years: number): BreakEven | null {
  const cost = stayEntry.cost;
  if (!cost || npvSaving <= 0) return null;
  const own = cost.lines.filter((l) => l.product === stayEntry.product?.id);
  const yearly = own.reduce((sum, l) => sum + l.amount, 0);
  let factor = 0;
  for (let t = 1; t <= years; t++) factor += 1 / (1 + rate) ** t;
  const pv = yearly * factor;
  if (pv <= 0) return null;
  const discount = npvSaving / pv;
  const on = own.map((l) => l.item).join(" and ");
  const explanation =
    discount >= 1
      ? `No discount on ${on} alone would make staying cost less: even free, staying costs ${about(npvSaving - pv)} more in net present value.`
      : `Staying would cost no more at a discount of ${formatPercent(Math.ceil(discount * 1000) / 1000)} off ${on} (${about(yearly)} a year at the price used): a renewal quote below that changes the money, not the other criteria.`;
  return { discount: Math.round(discount * 10_000) / 10_000, on, explanation };
}

/** Each assumption as used: the team's own figure, or the documented default with where it comes from. */
export function assumptionsUsed(given: Assumptions | undefined, resolved: ResolvedAssumptions): AssumptionUsed[] {
  const yours = { title: "Your answer", url: null };
  const used = (
    field: AssumptionUsed["field"],
    fallback: { note: string; source: AssumptionUsed["source"] },
    yoursNote: string,
  ): AssumptionUsed => {
    const defaulted = given?.[field] === undefined;
    return {
      field,
      value: resolved[field],
      assumption: defaulted,
      note: defaulted ? fallback.note : yoursNote,
      source: defaulted ? fallback.source : yours,
    };
  };
  return [
    used("windowsOwned", DEFAULT_WINDOWS_OWNED, "Windows Server licences you own for the hosts' cores."),
    used(
      "vmwareTermYears",
      {
        note: "The Broadcom term the price source quotes (3 years for the recorded VCF and VVF prices).",
        source: { title: "The recorded VMware prices", url: null },
      },
      "The Broadcom subscription term you asked for.",
    ),
    used(
      "renewalDate",
      {
        note: "No renewal date: today's contract is assumed to run out now, so a move pays for both platforms for all its months.",
        source: DEFAULT_WINDOWS_OWNED.source,
      },
      "When today's contract renews: a move that ends before it pays for no months of both.",
    ),
    used("migrationDayRate", DEFAULT_DAY_RATE, "Your cost of one person-day, in US$."),
    used("discountRate", DEFAULT_DISCOUNT_RATE, "Your discount rate for net present value."),
  ];
}

const productName = (e: RankingEntry) => e.product?.name ?? e.name;

/** The cheapest eligible option over the horizon (by NPV), priced. */
function cheapestOf(ranking: readonly RankingEntry[]): RankingEntry | null {
  let best: RankingEntry | null = null;
  for (const e of ranking) {
    if (!e.eligible || e.cost?.npv == null) continue;
    if (!best || e.cost.npv < best.cost!.npv!) best = e;
  }
  return best;
}

/** "X scores 2.1 points more on everything but money and costs about US$448,000 a year more (…)". */
function dearerText(winner: RankingEntry, cheapest: RankingEntry, years: number): string {
  const edge = benefitOf(winner) - benefitOf(cheapest);
  const perYear = winner.cost!.perYear! - cheapest.cost!.perYear!;
  const npvGap = winner.cost!.npv! - cheapest.cost!.npv!;
  const benefit =
    edge >= 0
      ? `scores ${edge.toFixed(1)} points more on everything but money`
      : `scores ${(-edge).toFixed(1)} points less on everything but money, ahead on the weight given to cost`;
  const money =
    perYear >= 0
      ? `costs ${about(perYear)} a year more (${about(perYear * years)} over ${yearsText(years)}; ${about(npvGap)} more in net present value, one-off costs included)`
      : `costs ${about(-perYear)} a year less but ${about(npvGap)} more in net present value over ${yearsText(years)}, its one-off costs included`;
  return `${productName(winner)} ${benefit} than the cheapest eligible option, ${productName(cheapest)}, and ${money}.`;
}

export function summarisePlan(
  ranking: readonly RankingEntry[],
  answers: Answers,
  given?: Assumptions,
): PlanSummary | null {
  const winner = ranking[0]?.eligible ? ranking[0] : null;
  if (!winner?.product) return null;
  const resolved = resolveAssumptions(given);
  const years = answers.years ?? DEFAULT_YEARS;
  const current = answers.currentPlatform;
  const stayEntry = current === "none" ? null : (ranking.find((e) => e.hypervisor === current) ?? null);
  const ref = (e: RankingEntry | null) =>
    e?.product ? { hypervisor: e.hypervisor, id: e.product.id, name: e.product.name, vendor: e.product.vendor } : null;
  const pick = winner.product.name;
  const winnerYear = winner.cost?.perYear ?? null;
  const stayYear = stayEntry?.cost?.perYear ?? null;
  const moving = stayEntry !== null && stayEntry.hypervisor !== winner.hypervisor;
  const savingPerYear = moving && winnerYear !== null && stayYear !== null ? cents(stayYear - winnerYear) : null;
  const winnerNpv = winner.cost?.npv ?? null;
  const stayNpv = stayEntry?.cost?.npv ?? null;
  const npvSaving = moving && winnerNpv !== null && stayNpv !== null ? cents(stayNpv - winnerNpv) : null;
  const payback = moving && winner.cost && stayEntry?.cost ? paybackMonths(winner.cost, stayEntry.cost, years) : null;
  const cheapest = cheapestOf(ranking);
  const dearer =
    cheapest && cheapest !== winner && winnerNpv !== null && cheapest.cost!.npv! < winnerNpv ? cheapest : null;
  const rate = formatPercent(resolved.discountRate);

  let summary: string;
  if (!isSized(answers.estate)) {
    summary = `${pick} is the product to pick for ${winner.name}. Add your estate (hosts, CPUs, cores) to price it${moving ? " against staying put" : ""}.`;
  } else if (winner.cost?.quoteRequired) {
    const missing = winner.cost.quotesNeeded.map((q) => q.item).join(", ");
    summary = `${pick} is the product to pick for ${winner.name}; it has no public price (${missing}), so ask for a quote and enter it to compare the cost.`;
  } else if (!moving) {
    const stay = stayEntry ? `Staying on ${pick}` : pick;
    const once = winner.cost?.oneOff?.amount ? `, plus ${about(winner.cost.oneOff.amount)} one-off` : "";
    summary = `${stay} is the recommendation: about ${about(winnerYear!)} a year for${hostsText(answers)}${once} (net present value ${about(winnerNpv!)} over ${yearsText(years)} at ${rate}).`;
  } else if (savingPerYear === null) {
    summary = `Moving${hostsText(answers)} from ${productName(stayEntry!)} to ${pick} costs about ${about(winnerYear!)} a year; staying put has no public price to compare with (enter your renewal quote).`;
  } else {
    const verb = savingPerYear >= 0 ? "saves" : "costs";
    const once = winner.cost?.oneOff?.amount ? ` after ${about(winner.cost.oneOff.amount)} of one-off costs` : "";
    const back =
      payback === null
        ? "; it does not pay back within the horizon"
        : payback === 0
          ? "; it costs less from the start"
          : `; it pays back in ${payback} month${payback === 1 ? "" : "s"}`;
    summary =
      `Moving${hostsText(answers)} from ${productName(stayEntry!)} to ${pick} ${verb} about ${about(Math.abs(savingPerYear))} a year` +
      `${savingPerYear >= 0 ? "" : " more"}${once} (net present value ${npvSaving! >= 0 ? "saving" : "cost"} ${about(Math.abs(npvSaving!))} over ${yearsText(years)} at ${rate})${back}.`;
  }
  const dearerWords = dearer && winner.cost?.perYear != null ? dearerText(winner, dearer, years) : null;
  if (dearerWords) summary += ` ${dearerWords}`;
  const options: PlanOption[] = ranking
    .filter((e) => e.product && e.cost)
    .map((e) => ({
      hypervisor: e.hypervisor,
      id: e.product!.id,
      name: e.product!.name,
      vendor: e.product!.vendor,
      eligible: e.eligible,
      benefit: Math.round(benefitOf(e) * 100) / 100,
      perYear: e.cost!.perYear,
      npv: e.cost!.npv,
    }));
  return {
    recommended: ref(winner),
    stay: ref(stayEntry),
    savingPerYear,
    savingTotal: savingPerYear === null ? null : cents(savingPerYear * years),
    years,
    paybackMonths: payback,
    npvSaving,
    breakEven:
      moving && npvSaving !== null && stayEntry
        ? breakEvenFor(stayEntry, npvSaving, resolved.discountRate, years)
        : null,
    cheapest:
      dearer && dearerWords
        ? { ...ref(dearer)!, perYear: dearer.cost!.perYear!, npv: dearer.cost!.npv!, explanation: dearerWords }
        : null,
    options,
    assumptions: isSized(answers.estate) ? assumptionsUsed(given, resolved) : [],
    clusters: null,
    split: null,
    summary: summary + migrationText(winner),
  };
}
