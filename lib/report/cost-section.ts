// The costs pages: every priced option's yearly, one-off and whole cost and net present value side by
// side, the cumulative cost over the horizon (the chart, with the payback point), then each option's
// lines as quantity × unit price = amount with the source of each price.
import type { Cost, CostLine, Evaluation, RankingEntry } from "@/lib/decision";
import { count, decimal, rate as rateText, unitUsd, usd } from "./report-format";
import { citation, type SourceRegistry } from "./report-sources";

export interface OptionRow {
  rank: number;
  family: string;
  product: string;
  /** "today" for staying put, "recommended" for the winner, "ruled out" when ineligible. */
  role: string | null;
  perYear: string;
  oneOff: string;
  whole: string;
  npv: string;
  cite: string;
}

export interface LineRow {
  item: string;
  arithmetic: string;
  amount: string;
  basis: string;
  cite: string;
}

export interface OptionLines {
  title: string;
  recurring: LineRow[];
  oneOff: LineRow[];
  perYear: string;
  oneOffTotal: string;
  notes: string[];
}

export interface ChartSeries {
  label: string;
  role: "recommended" | "today" | "other";
  /** Cumulative cost at the end of each month 0..12 × years (one-off at month 0). */
  points: number[];
}

export interface CostChart {
  years: number;
  series: ChartSeries[];
  /** Month at which the recommendation's cumulative cost falls below staying put's, when it does. */
  payback: { month: number; value: number } | null;
  assumption: string;
}

export interface CostSection {
  years: number;
  rate: string | null;
  options: OptionRow[];
  chart: CostChart | null;
  lines: OptionLines[];
}

/** Yearly cost over the horizon plus the one-off cost (null while a price needs a quote). */
export const wholeCost = (cost: Cost) =>
  cost.perYear === null ? null : cost.perYear * cost.years + (cost.oneOff?.amount ?? 0);

/** The numbers of the sources of a cost's prices (recurring, one-off and quotes needed). */
export function costCitations(cost: Cost, sources: SourceRegistry): number[] {
  const numbers = [
    ...cost.lines.map((line) => sources.cite(line.source, line.asOf)),
    ...(cost.oneOff?.lines ?? []).map((line) => sources.cite(line.source, line.asOf)),
    ...cost.quotesNeeded.map((quote) => sources.cite(quote.source)),
  ];
  return [...new Set(numbers)].sort((a, b) => a - b);
}

export function buildCostSection(evaluation: Evaluation, sources: SourceRegistry): CostSection {
  const plan = evaluation.plan;
  const priced = evaluation.ranking.filter((entry): entry is RankingEntry & { cost: Cost } => entry.cost !== null);
  const years = priced[0]?.cost.years ?? 0;
  const rate = plan?.assumptions.find((a) => a.field === "discountRate")?.value;
  const role = (entry: RankingEntry) =>
    entry.hypervisor === evaluation.winner
      ? "recommended"
      : entry.hypervisor === plan?.stay?.hypervisor
        ? "today"
        : entry.eligible
          ? null
          : "ruled out";
  const money = (value: number | null) => (value === null ? "quote needed" : usd(value));
  const options = priced.map((entry): OptionRow => ({
    rank: entry.rank,
    family: entry.name,
    product: entry.product?.name ?? entry.name,
    role: role(entry),
    perYear: money(entry.cost.perYear),
    oneOff: usd(entry.cost.oneOff?.amount ?? 0),
    whole: money(wholeCost(entry.cost)),
    npv: money(entry.cost.npv),
    cite: citation(costCitations(entry.cost, sources)),
  }));
  return {
    years,
    rate: typeof rate === "number" ? rateText(rate) : null,
    options,
    chart: buildChart(evaluation, priced),
    lines: priced.map((entry) => optionLines(entry, sources)),
  };
}

function lineRow(line: CostLine, sources: SourceRegistry): LineRow {
  return {
    item: line.item,
    arithmetic: `${decimal(line.quantity)} ${line.unit} × ${unitUsd(line.unitPrice)}`,
    amount: usd(line.amount),
    basis: line.assumption ? "assumption" : line.basis,
    cite: citation([sources.cite(line.source, line.asOf)]),
  };
}

function optionLines(entry: RankingEntry & { cost: Cost }, sources: SourceRegistry): OptionLines {
  const { cost } = entry;
  const quotes = cost.quotesNeeded.map((quote): LineRow => ({
    item: quote.item,
    arithmetic: quote.note,
    amount: "quote needed",
    basis: "quote required",
    cite: citation([sources.cite(quote.source)]),
  }));
  return {
    title: `${entry.rank}. ${entry.product?.name ?? entry.name} (${entry.name})`,
    recurring: [...cost.lines.map((line) => lineRow(line, sources)), ...quotes],
    oneOff: (cost.oneOff?.lines ?? []).map((line) => lineRow(line, sources)),
    perYear: cost.perYear === null ? "quote needed" : usd(cost.perYear),
    oneOffTotal: usd(cost.oneOff?.amount ?? 0),
    notes: cost.notes,
  };
}

/** Cumulative cost month by month: the one-off at the start, the yearly cost spread over its months. */
function buildChart(evaluation: Evaluation, priced: (RankingEntry & { cost: Cost })[]): CostChart | null {
  const drawn = priced.filter(
    (entry) =>
      entry.cost.perYear !== null && (entry.eligible || entry.hypervisor === evaluation.plan?.stay?.hypervisor),
  );
  if (drawn.length === 0) return null;
  const years = drawn[0]!.cost.years;
  const series = drawn.map((entry): ChartSeries => {
    const perMonth = entry.cost.perYear! / 12;
    const oneOff = entry.cost.oneOff?.amount ?? 0;
    return {
      label: entry.product?.name ?? entry.name,
      role:
        entry.hypervisor === evaluation.winner
          ? "recommended"
          : entry.hypervisor === evaluation.plan?.stay?.hypervisor
            ? "today"
            : "other",
      points: Array.from({ length: years * 12 + 1 }, (_, month) => oneOff + perMonth * month),
    };
  });
  const months = evaluation.plan?.paybackMonths ?? null;
  const recommended = series.find((s) => s.role === "recommended");
  const moving = series.some((s) => s.role === "today") && recommended;
  return {
    years,
    series,
    payback: moving && months !== null && months > 0 ? { month: months, value: recommended.points[months]! } : null,
    assumption: `The cumulative cost chart puts each option's one-off cost at the start and spreads its yearly cost evenly over the months, as the payback of ${count(years)}-year plans is computed (docs/method.md).`,
  };
}
