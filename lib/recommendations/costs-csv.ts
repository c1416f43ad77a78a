// The costs export of a saved recommendation (GET /r/{id}/costs.csv): each family's yearly and one-off
// cost lines, its cash flow by year and its net present value, and with clusters the plan per cluster
// and the split, one row each, told apart by `kind` (docs/api.md, "The costs CSV"). Figures are the
// engine's own, never rounded further.
import type { Cost, CostLine, Evaluation, RankingEntry } from "@/lib/decision";
import { clusterRows } from "./costs-csv-clusters";
import { COLUMNS, exact, type Row } from "./costs-csv-columns";
import { csvCell } from "./csv-cell";
import type { RecommendationSnapshot } from "./service";

const toLine = (row: Row) => COLUMNS.map((column) => csvCell(row[column] ?? null)).join(",");

/** One hypervisor's rows: recurring lines and quotes needed, one-off lines, cash flow years, npv. */
function costRows(entry: RankingEntry, cost: Cost, rate: number | null, productName: (id: string) => string | null) {
  const family: Row = {
    rank: entry.rank,
    hypervisor: entry.hypervisor,
    per_year_usd: exact(cost.perYear),
    total_usd: exact(cost.total),
    years: cost.years,
  };
  const line = (l: CostLine, kind: "recurring" | "one-off"): Row => ({
    ...family,
    product: l.product,
    item: l.item,
    quantity: l.quantity,
    unit: l.unit,
    unit_price_usd: exact(l.unitPrice),
    amount_usd: exact(l.amount),
    basis: l.basis,
    source_title: l.source.title,
    source_url: l.source.url,
    as_of: l.asOf,
    arithmetic: l.arithmetic,
    product_name: productName(l.product),
    kind,
    assumption: l.assumption === true,
  });
  const product = entry.product?.id ?? null;
  const computed: Row = { ...family, product, product_name: product === null ? null : productName(product) };
  const oneOff = cost.oneOff?.amount ?? 0;
  const factor = rate === null ? null : Math.round((1 + rate) * 1e6) / 1e6;
  const rows: Row[] = [
    ...(cost.lines ?? []).map((l) => line(l, "recurring")),
    ...(cost.quotesNeeded ?? []).map((quote): Row => ({
      ...family,
      product: quote.product,
      item: quote.item,
      basis: "quote required",
      source_title: quote.source.title,
      source_url: quote.source.url,
      arithmetic: quote.note,
      product_name: productName(quote.product),
      kind: "recurring",
    })),
    ...(cost.oneOff?.lines ?? []).map((l) => line(l, "one-off")),
    ...(cost.cashFlow ?? []).map((year): Row => ({
      ...computed,
      item: `Year ${year.year}`,
      amount_usd: exact(year.total),
      arithmetic: `${year.recurring} recurring + ${year.oneOff} one-off = ${year.total}`,
      kind: "cash flow",
      year: year.year,
      recurring_usd: exact(year.recurring),
      one_off_usd: exact(year.oneOff),
    })),
  ];
  if (cost.npv != null)
    rows.push({
      ...computed,
      item: "Net present value",
      amount_usd: exact(cost.npv),
      arithmetic:
        factor === null
          ? `${oneOff} one-off + each year's ${cost.perYear} discounted`
          : `${oneOff} one-off + Σ ${cost.perYear} ÷ ${factor}^t for t = 1..${cost.years}`,
      kind: "npv",
      one_off_usd: exact(oneOff),
      discount_rate: rate,
    });
  return rows;
}

/**
 * The whole cost, one row per hypervisor × line, in US dollars exactly as the engine computed them
 * (amounts in cents, unit prices unrounded, so quantity × unit price redoes each amount). `kind` says
 * what a row is: "recurring" (a yearly line: the amounts of a hypervisor's recurring rows add up to
 * its per_year_usd; a price with no public figure is a row with empty amounts and basis "quote
 * required", the user's own quote has basis "quote"), "one-off" (a line paid once, at the start),
 * "cash flow" (one a year: recurring_usd + one_off_usd = amount_usd) and "npv" (amount_usd is the net
 * present value at discount_rate); with an estate of clusters, "cluster" (one per cluster: its product
 * and figures, staying put's, the saving, the effort and the move order) and "split" (the split, one
 * platform and staying put). Snapshots saved without costs have no rows; saved before the whole cost,
 * recurring rows only.
 */
/** Only the evaluation is read: the live results page exports an unsaved one the same way. */
export function costsCsv(snapshot: Pick<RecommendationSnapshot, "evaluation">): string {
  const lines: string[] = [COLUMNS.join(",")];
  const productName = productNames(snapshot.evaluation);
  const used = (snapshot.evaluation.plan?.assumptions ?? []).find((a) => a.field === "discountRate");
  const rate = typeof used?.value === "number" ? used.value : null;
  for (const entry of snapshot.evaluation.ranking) {
    // Snapshots saved before costs existed have no `cost` at all.
    if (!entry.cost) continue;
    for (const row of costRows(entry, entry.cost, rate, productName)) lines.push(toLine(row));
  }
  if (snapshot.evaluation.plan) for (const row of clusterRows(snapshot.evaluation.plan, rate)) lines.push(toLine(row));
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * A product id's name, from the products the evaluation ranked or named (a line for something else,
 * such as the Windows Server guest licences, has none: its item says what it is).
 */
export function productNames(evaluation: Evaluation): (id: string) => string | null {
  const names = new Map<string, string>();
  for (const entry of evaluation.ranking ?? []) {
    for (const alt of entry.product?.alternatives ?? []) names.set(alt.id, alt.name);
    if (entry.product) names.set(entry.product.id, entry.product.name);
  }
  for (const product of evaluation.products ?? []) names.set(product.id, product.name);
  return (id) => names.get(id) ?? null;
}
