// "Your plan" in one paragraph a manager can paste: the product to pick, what it costs next to
// staying put, and how the move would go. Every figure in it is one the cost table and migration show.
import type { Answers } from "@/lib/questionnaire/answers";
import { isSized } from "@/lib/questionnaire/estate";
import { DEFAULT_YEARS } from "@/lib/questionnaire/horizon";
import { cents, formatCount, formatUsd, yearsText } from "./estate-cost";
import type { PlanSummary, RankingEntry } from "./types";

/** Three significant figures: "about US$61,200", precise enough for a decision, honest about rounding. */
export function about(amount: number): string {
  if (amount === 0) return formatUsd(0);
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(amount))) - 2);
  return formatUsd(Math.round(amount / magnitude) * magnitude);
}

const hostsText = (answers: Answers) => {
  const hosts = answers.estate?.hosts;
  return hosts === undefined ? "" : ` ${formatCount(hosts)} host${hosts === 1 ? "" : "s"}`;
};

function migrationText(entry: RankingEntry): string {
  const m = entry.migration;
  if (!m) return "";
  const tool = m.tools[0]?.name ?? "conversion tooling";
  const vms = m.assumptions.vmsAssumed ? ` (for an assumed ${formatCount(m.assumptions.vms)} VMs)` : "";
  return ` Migration: about ${m.effortDays.low}–${m.effortDays.high} person-days${vms} with the ${tool}, ${m.downtime} cutover.`;
}

export function summarisePlan(ranking: readonly RankingEntry[], answers: Answers): PlanSummary | null {
  const winner = ranking[0]?.eligible ? ranking[0] : null;
  if (!winner?.product) return null;
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

  let summary: string;
  if (!isSized(answers.estate)) {
    summary = `${pick} is the product to pick for ${winner.name}. Add your estate (hosts, CPUs, cores) to price it${moving ? " against staying put" : ""}.`;
  } else if (winner.cost?.quoteRequired) {
    const missing = winner.cost.quotesNeeded.map((q) => q.item).join(", ");
    summary = `${pick} is the product to pick for ${winner.name}; it has no public price (${missing}), so ask for a quote and enter it to compare the cost.`;
  } else if (!moving) {
    const stay = stayEntry ? `Staying on ${pick}` : pick;
    summary = `${stay} is the recommendation: about ${about(winnerYear!)} a year for${hostsText(answers)} (${about(winnerYear! * years)} over ${yearsText(years)}).`;
  } else if (savingPerYear === null) {
    summary = `Moving${hostsText(answers)} from ${stayEntry!.product?.name ?? stayEntry!.name} to ${pick} costs about ${about(winnerYear!)} a year; staying put has no public price to compare with (enter your renewal quote).`;
  } else {
    const verb = savingPerYear >= 0 ? "saves" : "costs";
    summary =
      `Moving${hostsText(answers)} from ${stayEntry!.product?.name ?? stayEntry!.name} to ${pick} ${verb} about ${about(Math.abs(savingPerYear))} a year` +
      `${savingPerYear >= 0 ? "" : " more"} (${about(Math.abs(savingPerYear) * years)} over ${yearsText(years)}).`;
  }
  return {
    recommended: ref(winner),
    stay: ref(stayEntry),
    savingPerYear,
    savingTotal: savingPerYear === null ? null : cents(savingPerYear * years),
    years,
    summary: summary + migrationText(winner),
  };
}
