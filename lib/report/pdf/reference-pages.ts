// The closing pages: the cost model's assumptions as used, what the report itself assumes, and every
// source as a numbered reference (title, publisher, URL as a link, the date its figures were checked).
import "server-only";
import type { ReportModel } from "../report-model";
import { MUTED, type PageWriter } from "./page-writer";

export function drawReferencePages(writer: PageWriter, model: ReportModel): void {
  writer.section("Assumptions");
  if (model.assumptions.length > 0)
    writer.table(
      [
        { header: "Input", width: 0.2 },
        { header: "Value", width: 0.17 },
        { header: "Given or default", width: 0.14 },
        { header: "What it means", width: 0.41 },
        { header: "Source", width: 0.08 },
      ],
      model.assumptions.map((a) => [a.label, a.value, a.origin, a.note, a.cite]),
      { size: 7.5 },
    );
  else writer.paragraph("This recommendation was saved without an estate: no cost model was used.", { size: 8.5 });
  for (const sentence of model.reportAssumptions)
    writer.paragraph(`Assumption of this report: ${sentence}`, { size: 8, color: MUTED }, { after: 3 });

  writer.heading("Sources", 1, 40);
  writer.paragraph(
    "Each number in brackets beside a figure refers to the source below. The date is the latest on which a figure citing it was checked there.",
    { size: 8, color: MUTED },
  );
  for (const source of model.sources) {
    const head = `[${source.number}] ${source.title}${source.publisher ? `, ${source.publisher}` : ""}${source.asOf ? ` (as of ${source.asOf})` : ""}`;
    writer.ensure(24);
    writer.paragraph(head, { size: 8 }, { after: source.url ? 0 : 4 });
    if (source.url)
      writer.paragraph(source.url, { size: 7.5, color: "#1d5a9e" }, { indent: 14, after: 4, link: source.url });
  }
}
