// Exports of a saved recommendation: the snapshot as JSON and the ranking with per-criterion
// contributions as CSV (one row per hypervisor × criterion, so a spreadsheet can pivot it).
import type { RecommendationSnapshot } from "./service";

const CSV_COLUMNS = [
  "rank", "hypervisor", "name", "eligible", "score", "criterion", "criterion_name", "rating", "weight", "points", "as_of", "sources", "knockouts",
];

/** RFC 4180 quoting; a leading =, +, - or @ is neutralised so spreadsheets never run it as a formula. */
export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === "string") text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function rankingCsv(snapshot: RecommendationSnapshot): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const entry of snapshot.evaluation.ranking) {
    const knockouts = entry.knockouts.map((k) => `${k.mustHave}: ${k.reason}`).join(" | ");
    for (const c of entry.contributions) {
      lines.push(
        [
          entry.rank, entry.hypervisor, entry.name, entry.eligible, entry.score.toFixed(4), c.criterion, c.name,
          c.rating, c.weight.toFixed(6), c.points.toFixed(4), c.asOf, c.sources.map((s) => s.url).join(" "), knockouts,
        ].map(csvCell).join(","),
      );
    }
  }
  return `${lines.join("\r\n")}\r\n`;
}

export function exportFileName(snapshot: RecommendationSnapshot, extension: string): string {
  return `hypervisor-recommendation-${snapshot.id}.${extension}`;
}
