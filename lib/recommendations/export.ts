// Exports of a saved recommendation: the snapshot as JSON (with every product in
// evaluation.products), the ranking with per-criterion contributions as CSV (one row per hypervisor ×
// criterion, so a spreadsheet can pivot it, each naming the product the family stands for), and the
// whole cost as CSV (costs-csv.ts). Recommendations saved before products were named leave the product
// columns empty and the products list empty.
import type { ProductChoice } from "@/lib/decision";
import { csvCell } from "./csv-cell";
import type { RecommendationSnapshot } from "./service";

export { csvCell } from "./csv-cell";
export { costsCsv } from "./costs-csv";

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

/** Only the evaluation is read: the live results page exports an unsaved one the same way. */
export function rankingCsv(snapshot: Pick<RecommendationSnapshot, "evaluation">): string {
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
export function exportFileName(
  snapshot: Pick<RecommendationSnapshot, "id">,
  extension: string,
  suffix?: string,
): string {
  return `hypervisor-recommendation-${snapshot.id}${suffix ? `-${suffix}` : ""}.${extension}`;
}
