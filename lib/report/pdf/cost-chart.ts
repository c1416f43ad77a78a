// The cumulative cost chart: each priced option's cost from the start to the end of the horizon, the
// recommendation and staying put drawn strongest, the payback point marked where the two cross, with
// labelled axes and a legend that names every line and its total.
import "server-only";
import { linear, niceTicks } from "@/lib/presentation/chart-scale";
import type { CostChart } from "../cost-section";
import { usdWhole } from "../report-format";
import { ACCENT, INK, MUTED, RULE, TODAY, type PageWriter } from "./page-writer";

const OTHER_GREYS = ["#7b8794", "#9aa5b1", "#5f6b78", "#b0b9c3"];
const OTHER_DASHES: ([number, number] | null)[] = [[4, 2], [1.5, 2], [6, 2], null];

/** "US$120K": axis labels need the order of magnitude only. */
function axisMoney(value: number): string {
  if (value >= 1e6) return `US$${(value / 1e6).toFixed(value % 1e6 === 0 ? 0 : 1)}M`;
  if (value >= 1e3) return `US$${Math.round(value / 1e3)}K`;
  return `US$${Math.round(value)}`;
}

export function drawCostChart(writer: PageWriter, chart: CostChart): void {
  const { doc } = writer;
  const height = 190;
  const legendRows = chart.series.length;
  writer.ensure(height + 24 + legendRows * 13);
  const top = writer.y;
  const plot = { x0: writer.left + 52, x1: writer.left + writer.width - 10, y0: top + height - 22, y1: top + 6 };
  const months = chart.years * 12;
  const max = Math.max(...chart.series.flatMap((s) => s.points));
  const ticks = niceTicks(0, max, 4);
  const x = linear(0, months, plot.x0, plot.x1);
  const y = linear(0, ticks[ticks.length - 1]!, plot.y0, plot.y1);
  const label = { size: 7, color: MUTED } as const;

  for (const tick of ticks) {
    doc.moveTo(plot.x0, y(tick)).lineTo(plot.x1, y(tick)).lineWidth(0.4).strokeColor(RULE).stroke();
    const text = axisMoney(tick);
    writer.drawLine({ text, width: writer.measure(text, label) }, writer.left, y(tick) - 4.5, 48, {
      ...label,
      align: "right",
    });
  }
  for (let year = 0; year <= chart.years; year++) {
    const text = year === 0 ? "Start" : `Year ${year}`;
    const width = writer.measure(text, label);
    const at = Math.min(Math.max(x(year * 12) - width / 2, plot.x0 - 10), plot.x1 - width);
    writer.drawLine({ text, width }, at, plot.y0 + 5, width, label);
  }
  doc.moveTo(plot.x0, plot.y0).lineTo(plot.x1, plot.y0).lineWidth(0.8).strokeColor(MUTED).stroke();

  // Weaker lines first, so the recommendation and staying put are drawn on top.
  const order = [...chart.series].sort((a, b) => rank(a.role) - rank(b.role));
  const styles = new Map(
    chart.series.map((s, i) => [
      s,
      s.role === "recommended"
        ? { color: ACCENT, width: 2.2, dash: null }
        : s.role === "today"
          ? { color: TODAY, width: 2.2, dash: [5, 2.5] as [number, number] }
          : { color: OTHER_GREYS[i % 4]!, width: 1.1, dash: OTHER_DASHES[i % 4]! },
    ]),
  );
  for (const series of order) {
    const style = styles.get(series)!;
    doc.save();
    if (style.dash) doc.dash(style.dash[0], { space: style.dash[1] });
    series.points.forEach((value, month) =>
      month === 0 ? doc.moveTo(x(0), y(value)) : doc.lineTo(x(month), y(value)),
    );
    doc.lineWidth(style.width).strokeColor(style.color).stroke();
    doc.restore();
  }

  if (chart.payback) {
    const px = x(chart.payback.month);
    const py = y(chart.payback.value);
    doc.circle(px, py, 3.2).lineWidth(1).fillAndStroke("#ffffff", INK);
    const text = `Pays back in month ${chart.payback.month}`;
    const style = { size: 7.5, weight: "bold" as const };
    const width = writer.measure(text, style);
    // Above the lines, on a white ground so no line runs through the words.
    const lx = Math.min(px + 6, plot.x1 - width);
    const ly = Math.max(plot.y1, py - 24);
    doc
      .moveTo(px, py - 3.2)
      .lineTo(px + 4, ly + 10)
      .lineWidth(0.6)
      .strokeColor(INK)
      .stroke();
    doc.rect(lx - 2, ly - 1, width + 4, 11).fill("#ffffff");
    writer.drawLine({ text, width }, lx, ly, width, style);
  }

  writer.y = plot.y0 + 20;
  const column = writer.width;
  chart.series.forEach((series, i) => {
    const style = styles.get(series)!;
    const cx = writer.left;
    const cy = writer.y + i * 13;
    doc.save();
    if (style.dash) doc.dash(style.dash[0], { space: style.dash[1] });
    doc
      .moveTo(cx, cy + 5)
      .lineTo(cx + 18, cy + 5)
      .lineWidth(style.width)
      .strokeColor(style.color)
      .stroke();
    doc.restore();
    const role = series.role === "recommended" ? " (recommended)" : series.role === "today" ? " (today)" : "";
    const text = `${series.label}${role}: ${usdWhole(series.points[series.points.length - 1]!)} over ${chart.years} years`;
    const [line] = writer.lines(text, column - 28, { size: 7.5, maxLines: 1 });
    writer.drawLine(line!, cx + 23, cy, column - 28, { size: 7.5 });
  });
  writer.y += legendRows * 13 + 6;
}

const rank = (role: "recommended" | "today" | "other") => (role === "other" ? 0 : role === "today" ? 1 : 2);
