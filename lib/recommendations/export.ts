// Exports of a saved recommendation: the snapshot as JSON (with every product in
// evaluation.products), the ranking with per-criterion contributions as CSV (one row per hypervisor ×
// criterion, so a spreadsheet can pivot it, each naming the product the family stands for), and the
// cost tables as CSV (one row per hypervisor × cost line, each naming its product). Recommendations
// saved before products were named leave the product columns empty and the products list empty.
import type { Evaluation, ProductChoice } from "@/lib/decision";
import type { RecommendationSnapshot } from "./service";

const CSV_COLUMNS = [
  "rank",
  "hypervisor",
  "name",
  "eligible",
  "score",
  "criterion",
  "criterion_name",
  "rating",
  "weight",
  "points",
  "as_of",
  "sources",
  "knockouts",
  "product_id",
  "product_name",
  "product_support_status",
  "product_support_until",
];

/**
 * Text a spreadsheet would read as a formula: one starting with =, +, - or @, also after leading
 * whitespace or line breaks (which Excel and LibreOffice skip), or starting with a tab or CR.
 */
const FORMULA_START = /^(\s*[=+\-@]|[\t\r])/;

/** RFC 4180 quoting; text that would start a formula gets a leading ' so spreadsheets never run it. */
export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? "" : String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function rankingCsv(snapshot: RecommendationSnapshot): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const entry of snapshot.evaluation.ranking) {
    const knockouts = entry.knockouts.map((k) => `${k.mustHave}: ${k.reason}`).join(" | ");
    // Saved before products were named: no product; saved before support statuses: no support.
    const product: ProductChoice | null = entry.product ?? null;
    const support = product?.support ?? null;
    for (const c of entry.contributions) {
      lines.push(
        [
          entry.rank,
          entry.hypervisor,
          entry.name,
          entry.eligible,
          entry.score.toFixed(4),
          c.criterion,
          c.name,
          c.rating,
          c.weight.toFixed(6),
          c.points.toFixed(4),
          c.asOf,
          c.sources.map((s) => s.url).join(" "),
          knockouts,
          product?.id ?? null,
          product?.name ?? null,
          support?.status ?? null,
          support?.until ?? null,
        ]
          .map(csvCell)
          .join(","),
      );
    }
  }
  return `${lines.join("\r\n")}\r\n`;
}

const COST_COLUMNS = [
  "rank",
  "hypervisor",
  "product",
  "item",
  "quantity",
  "unit",
  "unit_price_usd",
  "amount_usd",
  "per_year_usd",
  "total_usd",
  "years",
  "basis",
  "source_title",
  "source_url",
  "as_of",
  "arithmetic",
  "product_name",
];

/** Plain numbers a spreadsheet reads as numbers: no separators, at most `digits` decimals. */
function plain(value: number | null | undefined, digits: number): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * One row per hypervisor × cost line, amounts in US dollars per year; the amounts of a hypervisor's
 * rows add up to its per_year_usd. A price with no public figure is a row with empty amounts and basis
 * "quote required" (the user's own quote is basis "quote"). Snapshots saved without costs have no rows.
 */
export function costsCsv(snapshot: RecommendationSnapshot): string {
  const lines = [COST_COLUMNS.join(",")];
  const productName = productNames(snapshot.evaluation);
  for (const entry of snapshot.evaluation.ranking) {
    // Snapshots saved before costs existed have no `cost` at all.
    const cost = entry.cost ?? null;
    if (!cost) continue;
    const perYear = plain(cost.perYear, 2);
    const total = plain(cost.total, 2);
    for (const line of cost.lines ?? []) {
      lines.push(
        [
          entry.rank,
          entry.hypervisor,
          line.product,
          line.item,
          line.quantity,
          line.unit,
          plain(line.unitPrice, 4),
          plain(line.amount, 2),
          perYear,
          total,
          cost.years,
          line.basis,
          line.source.title,
          line.source.url,
          line.asOf,
          line.arithmetic,
          productName(line.product),
        ]
          .map(csvCell)
          .join(","),
      );
    }
    for (const quote of cost.quotesNeeded ?? []) {
      lines.push(
        [
          entry.rank,
          entry.hypervisor,
          quote.product,
          quote.item,
          null,
          null,
          null,
          null,
          perYear,
          total,
          cost.years,
          "quote required",
          quote.source.title,
          quote.source.url,
          null,
          quote.note,
          productName(quote.product),
        ]
          .map(csvCell)
          .join(","),
      );
    }
  }
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * A product id's name, from the products the evaluation ranked or named (a line for something else,
 * such as the Windows Server guest licences, has none: its item says what it is).
 */
function productNames(evaluation: Evaluation): (id: string) => string | null {
  const names = new Map<string, string>();
  for (const entry of evaluation.ranking ?? []) {
    for (const alt of entry.product?.alternatives ?? []) names.set(alt.id, alt.name);
    if (entry.product) names.set(entry.product.id, entry.product.name);
  }
  for (const product of evaluation.products ?? []) names.set(product.id, product.name);
  return (id) => names.get(id) ?? null;
}

/**
 * The snapshot as the JSON download holds it: the engine's own expanded evaluation, with
 * `evaluation.products` (every product, best first) always present: empty for a recommendation saved
 * before products were candidates.
 */
export function snapshotJson(snapshot: RecommendationSnapshot): string {
  const evaluation = { ...snapshot.evaluation, products: snapshot.evaluation.products ?? [] };
  return JSON.stringify({ ...snapshot, evaluation }, null, 2);
}

/** `hypervisor-recommendation-<id>.json`, or with a suffix `hypervisor-recommendation-<id>-costs.csv`. */
export function exportFileName(snapshot: RecommendationSnapshot, extension: string, suffix?: string): string {
  return `hypervisor-recommendation-${snapshot.id}${suffix ? `-${suffix}` : ""}.${extension}`;
}
