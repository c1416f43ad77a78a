// The costs pages: the options side by side, the cumulative cost chart, then each option's lines.
import "server-only";
import type { CostSection, LineRow } from "../cost-section";
import { drawCostChart } from "./cost-chart";
import { MUTED, type Column, type PageWriter } from "./page-writer";

const OPTION_COLUMNS: Column[] = [
  { header: "Option", width: 0.3 },
  { header: "A year", width: 0.14, align: "right" },
  { header: "One-off", width: 0.13, align: "right" },
  { header: "Over the horizon", width: 0.14, align: "right" },
  { header: "Net present value", width: 0.14, align: "right" },
  { header: "Sources", width: 0.15 },
];

const LINE_COLUMNS: Column[] = [
  { header: "Item", width: 0.3 },
  { header: "Quantity × unit price", width: 0.3 },
  { header: "Amount", width: 0.13, align: "right" },
  { header: "Basis", width: 0.11 },
  { header: "Source", width: 0.16 },
];

const lineCells = (row: LineRow) => [row.item, row.arithmetic, row.amount, row.basis, row.cite];

export function drawCostPages(writer: PageWriter, costs: CostSection): void {
  if (costs.options.length === 0) return;
  writer.section(`Costs over ${costs.years} year${costs.years === 1 ? "" : "s"}`);
  writer.paragraph(
    `Every option priced for this estate in US dollars: licences and subscriptions a year, one-off costs of choosing it (migration labour, training, paying for both platforms while the move runs), the whole cost over the horizon and its net present value${costs.rate ? ` at a ${costs.rate} discount rate` : ""}. Numbers in brackets are the sources at the end.`,
    { size: 8.5, color: MUTED },
    { after: 6 },
  );
  writer.table(
    OPTION_COLUMNS,
    costs.options.map((o) => [
      `${o.rank}. ${o.product}${o.role ? ` (${o.role})` : ""}\n${o.family}`,
      o.perYear,
      o.oneOff,
      o.whole,
      o.npv,
      o.cite,
    ]),
  );
  if (costs.chart) {
    writer.heading("Cumulative cost", 2, 220);
    drawCostChart(writer, costs.chart);
  }
  writer.heading("Cost lines by option", 2, 90);
  for (const option of costs.lines) {
    writer.heading(option.title, 3, 60);
    if (option.recurring.length > 0) {
      const rows = [...option.recurring.map(lineCells), ["A year", "", option.perYear, "", ""]];
      writer.table(LINE_COLUMNS, rows, { totals: 1 });
    }
    if (option.oneOff.length > 0) {
      writer.table(
        [{ ...LINE_COLUMNS[0]!, header: "One-off item" }, ...LINE_COLUMNS.slice(1)],
        [...option.oneOff.map(lineCells), ["One-off in all", "", option.oneOffTotal, "", ""]],
        { totals: 1 },
      );
    }
    for (const note of option.notes)
      writer.paragraph(`• ${note}`, { size: 7.5, color: MUTED }, { after: 2, indent: 4 });
    writer.space(4);
  }
}
