// The plan pages: the plan per cluster and the split, the moves on a timeline, the migration path.
import "server-only";
import type { PlanSection } from "../plan-section";
import { MUTED, type Column, type PageWriter, type TextStyle } from "./page-writer";
import { drawTimeline } from "./timeline-chart";

const CLUSTER_COLUMNS: Column[] = [
  { header: "Move", width: 0.06 },
  { header: "Cluster", width: 0.13 },
  { header: "Size", width: 0.12 },
  { header: "Product", width: 0.22 },
  { header: "A year", width: 0.1, align: "right" },
  { header: "Staying", width: 0.1, align: "right" },
  { header: "Saving", width: 0.1, align: "right" },
  { header: "Effort", width: 0.09 },
  { header: "Risk", width: 0.08 },
];

const BODY: TextStyle = { size: 8.5 };

export function drawPlanPages(writer: PageWriter, plan: PlanSection): void {
  if (plan.clusters.length === 0 && !plan.timeline && !plan.migration) return;
  writer.section("The plan");
  if (plan.clusters.length > 0) {
    writer.heading("Each cluster on its own best product (US dollars a year)", 2, 80);
    writer.table(
      CLUSTER_COLUMNS,
      plan.clusters.map((c) => [c.order, c.name, c.size, c.product, c.perYear, c.stay, c.saving, c.effort, c.risk]),
      { size: 7.5 },
    );
    if (plan.moreClusters > 0)
      writer.paragraph(`And ${plan.moreClusters} more clusters: the cost workbook lists every one.`, {
        size: 8,
        color: MUTED,
      });
    if (plan.split) writer.paragraph(plan.split, BODY);
  }
  if (plan.timeline) {
    writer.heading("Timeline of the moves", 2, 120);
    drawTimeline(writer, plan.timeline);
    writer.paragraph(
      `From the day the plan was saved (${plan.timeline.start}); each bar is one move at the cost model's pace, one after another (an assumption: see Assumptions).`,
      { size: 7.5, color: MUTED },
    );
  }
  if (plan.migration) {
    const m = plan.migration;
    writer.heading(`Migration path: ${m.title} ${m.cite}`.trim(), 2, 80);
    writer.paragraph(`${m.effort}. ${m.downtime}.`, BODY);
    if (m.tools.length > 0) {
      writer.paragraph("Tools", { size: 8.5, weight: "bold" }, { after: 1 });
      for (const tool of m.tools)
        writer.paragraph(`• ${tool.name}: ${tool.url}`, { size: 8 }, { indent: 4, after: 1, link: tool.url });
      writer.space(4);
    }
    writer.heading("Steps", 3, 30);
    m.steps.forEach((step, i) => writer.paragraph(`${i + 1}. ${step}`, { size: 8 }, { indent: 4, after: 2 }));
    writer.heading("Risks", 3, 30);
    for (const risk of m.risks) writer.paragraph(`• ${risk}`, { size: 8 }, { indent: 4, after: 2 });
  }
}
