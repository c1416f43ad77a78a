// The moves on a calendar: one bar per move in its order, against the renewal date and the
// end-of-support dates of the products the plan names, each a labelled vertical line.
import "server-only";
import { linear } from "@/lib/presentation/chart-scale";
import type { Timeline } from "../plan-section";
import { ACCENT, INK, MUTED, RULE, TODAY, type PageWriter } from "./page-writer";

/** "2027-03": the month `months` after the ISO day `start`. */
function monthLabel(start: string, months: number): string {
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 7);
}

export function drawTimeline(writer: PageWriter, timeline: Timeline): void {
  const { doc } = writer;
  const rowHeight = 16;
  const labelWidth = 130;
  const markerRows = timeline.markers.length;
  const height = 14 + markerRows * 11 + timeline.bars.length * rowHeight + 22;
  writer.ensure(height);
  const top = writer.y;
  const x0 = writer.left + labelWidth;
  const x1 = writer.left + writer.width - 8;
  const x = linear(0, timeline.span, x0, x1);
  const barsTop = top + markerRows * 11 + 8;
  const barsBottom = barsTop + timeline.bars.length * rowHeight;
  const small = { size: 7, color: MUTED } as const;

  const step = timeline.span > 24 ? 6 : 3;
  for (let month = 0; month <= timeline.span; month += step) {
    doc
      .moveTo(x(month), barsTop - 2)
      .lineTo(x(month), barsBottom)
      .lineWidth(0.4)
      .strokeColor(RULE)
      .stroke();
    const text = monthLabel(timeline.start, month);
    const width = writer.measure(text, small);
    writer.drawLine({ text, width }, Math.min(x(month) - width / 2, x1 - width), barsBottom + 4, width, small);
  }

  timeline.bars.forEach((bar, i) => {
    const y = barsTop + i * rowHeight;
    const [label] = writer.lines(bar.label, labelWidth - 8, { size: 8, maxLines: 1 });
    writer.drawLine(label!, writer.left, y + 3, labelWidth - 8, { size: 8 });
    const left = x(bar.from);
    const width = Math.max(2, x(bar.to) - left);
    doc.rect(left, y + 3, width, rowHeight - 6).fill(ACCENT);
    const detailStyle = { size: 7, color: INK } as const;
    const detailWidth = writer.measure(bar.detail, detailStyle);
    const after = left + width + 4;
    if (after + detailWidth <= x1)
      writer.drawLine({ text: bar.detail, width: detailWidth }, after, y + 4, detailWidth, detailStyle);
    else if (left - 4 - detailWidth >= x0)
      writer.drawLine(
        { text: bar.detail, width: detailWidth },
        left - 4 - detailWidth,
        y + 4,
        detailWidth,
        detailStyle,
      );
  });

  // Markers, each on its own label row above the bars so labels never overlap.
  timeline.markers.forEach((marker, i) => {
    const mx = x(marker.at);
    const color = marker.kind === "renewal" ? TODAY : MUTED;
    const labelY = top + i * 11;
    doc.save();
    doc.dash(2, { space: 2 });
    doc
      .moveTo(mx, labelY + 9)
      .lineTo(mx, barsBottom)
      .lineWidth(0.9)
      .strokeColor(color)
      .stroke();
    doc.restore();
    const text = `${marker.label} ${marker.date}`;
    const style = { size: 7, weight: "bold" as const, color };
    const width = writer.measure(text, style);
    const lx = mx + 3 + width <= x1 ? mx + 3 : mx - 3 - width;
    writer.drawLine({ text, width }, Math.max(writer.left, lx), labelY, width, style);
  });
  writer.y = barsBottom + 18;
}
