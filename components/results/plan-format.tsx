// Words and money for the "Your plan" section. Amounts are whole US dollars and unit prices carry
// cents, both through toLocaleString("en-US") with a fixed locale, so the server render and the
// browser render agree character for character. (A .tsx file only to stay inside the plan-* files.)
import type { Cost, Evaluation, MigrationPlan, PlanSummary, RankingEntry } from "@/lib/decision";
import type { Currency } from "@/lib/knowledge/plan-schema";
import type { Quote } from "@/lib/questionnaire/quotes";
import type { Answers } from "@/lib/questionnaire/answers";
import { UNIT_WORDS } from "@/lib/knowledge/plan-words";
import { formatPercent } from "@/lib/decision/money-format";

export { BASIS_WORDS, UNIT_WORDS } from "@/lib/knowledge/plan-words";

export const usd = (amount: number) => `US$${amount.toLocaleString("en-US", { maximumFractionDigits: 0 })}`;
/** Unit prices keep up to four decimals (US$141.0625), so quantity × unit price redoes the amount by hand. */
export const usdCents = (amount: number) =>
  `US$${amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 4 })}`;
/** "3 years", "1 year". */
export { yearsText } from "@/lib/decision/money-format";
/** "7 %", kept on one line. */
export const percentText = (fraction: number) => formatPercent(fraction).replace(" %", "\u00a0%");
export const count = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 });

export const CURRENCY_LABELS: Record<Currency, string> = { USD: "US dollars (USD)", EUR: "Euros (EUR)" };
const CURRENCY_SIGNS: Record<Currency, string> = { USD: "US$", EUR: "€" };

export function quoteText(quote: Quote): string {
  const amount = quote.amount.toLocaleString("en-US", { maximumFractionDigits: 2 });
  return `${CURRENCY_SIGNS[quote.currency]}${amount} ${UNIT_WORDS[quote.unit]}`;
}

export const DOWNTIME_WORDS: Record<MigrationPlan["downtime"], string> = {
  cold: "Cold: each VM is shut down while its disks are converted and copied, so plan a maintenance window per VM.",
  warm: "Warm: disks copy while the VM keeps running; each VM is down only for a short final cutover.",
};

/** Old saved snapshots predate products, costs and migrations: a missing field reads as null. */
export type PlanEntry = {
  entry: RankingEntry;
  product: NonNullable<RankingEntry["product"]>;
  cost: RankingEntry["cost"];
  migration: RankingEntry["migration"];
  /** The family the team runs today (staying put). */
  today: boolean;
};

/** The families that name a product, in ranked order. */
export function planEntries(evaluation: Evaluation, answers: Answers): PlanEntry[] {
  const entries: PlanEntry[] = [];
  for (const entry of evaluation.ranking) {
    const product = entry.product ?? null;
    if (!product) continue;
    entries.push({
      entry,
      product,
      cost: entry.cost ?? null,
      migration: entry.migration ?? null,
      today: entry.hypervisor === answers.currentPlatform,
    });
  }
  return entries;
}

/** "US$12,400 less" / "US$3,000 more" / "The same": a difference in words, never a bare sign. */
export function differenceText(amount: number, stay: number): string {
  const diff = Math.round(amount) - Math.round(stay);
  if (diff === 0) return "The same";
  return diff < 0 ? `${usd(-diff)} less` : `${usd(diff)} more`;
}

/** "US$1.2M", "US$350k", "US$900": short amounts for a chart's axis, where the full figure is in its table. */
export function usdShort(amount: number): string {
  const abs = Math.abs(amount);
  if (abs >= 1e6) return `US$${Number((amount / 1e6).toFixed(abs >= 1e7 ? 0 : 1))}M`;
  if (abs >= 1e3) return `US$${Number((amount / 1e3).toFixed(abs >= 1e4 ? 0 : 1))}k`;
  return usd(amount);
}

/** The discount rate behind the net present values (null for a plan saved before they existed). */
export function discountRateOf(plan: PlanSummary | null | undefined): number | null {
  const used = (plan?.assumptions ?? []).find((a) => a.field === "discountRate");
  return typeof used?.value === "number" ? used.value : null;
}

/** The whole cost over the horizon: every year's cash flow, one-off costs included (null while unpriced). */
export function wholeCost(cost: Cost | null): number | null {
  const flow = cost?.cashFlow ?? [];
  if (cost?.perYear == null || flow.length === 0) return null;
  return flow.reduce((sum, year) => sum + year.total, 0);
}

/** "28 months", "From the start", "Not within 5 years": the engine's payback in words. */
export function paybackText(months: number | null, years: number): string {
  if (months === null) return `Not within ${years} year${years === 1 ? "" : "s"}`;
  if (months === 0) return "From the start";
  return `${count(months)} month${months === 1 ? "" : "s"}`;
}
