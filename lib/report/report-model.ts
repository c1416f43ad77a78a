// What the approvers' report says, page by page, built from a saved recommendation's snapshot alone
// (GET /r/{id}/report.pdf draws it; lib/report/pdf). Pure: no framework, no PDF library, so the same
// model can be tested figure by figure and drawn by anything. Every figure carries the numbers of
// the sources it rests on ([n]), registered in the order the pages cite them.
import type { RecommendationSnapshot } from "@/lib/recommendations/service";
import { buildCostSection, type CostSection } from "./cost-section";
import { buildDecision, type Decision } from "./decision-section";
import { buildPlanSection, type PlanSection } from "./plan-section";
import { isoDay } from "./report-format";
import { SourceRegistry, type CitedSource } from "./report-sources";
import { sanitizeText } from "./report-text";
import { buildWhySection, type WhySection } from "./why-section";
import { buildAssumptions, type AssumptionRow } from "./assumptions-section";

export interface ReportModel {
  /** The saved name, or "Recommendation: <family>" when it has none. */
  title: string;
  notes: string | null;
  id: string;
  savedOn: string;
  kbLabel: string;
  engineVersion: string;
  years: number;
  decision: Decision;
  costs: CostSection;
  plan: PlanSection;
  why: WhySection;
  assumptions: AssumptionRow[];
  /** What the report itself assumes in drawing the figures (each is labelled as one). */
  reportAssumptions: string[];
  sources: CitedSource[];
}

export function buildReport(snapshot: RecommendationSnapshot): ReportModel {
  const { evaluation } = snapshot;
  const sources = new SourceRegistry();
  const winner = evaluation.ranking.find((entry) => entry.hypervisor === evaluation.winner) ?? null;
  const years = evaluation.ranking.find((entry) => entry.cost)?.cost?.years ?? snapshot.answers.years ?? 3;
  // Page order is citation order: the decision's figures get the first numbers.
  const decision = buildDecision(evaluation, sources);
  const costs = buildCostSection(evaluation, sources);
  const plan = buildPlanSection(snapshot, sources);
  const why = buildWhySection(evaluation, sources);
  const assumptions = buildAssumptions(evaluation, sources);
  const name = snapshot.name === null ? "" : sanitizeText(snapshot.name, 200);
  return {
    title: name || (winner ? `Recommendation: ${winner.name}` : "Recommendation: no eligible hypervisor"),
    notes: snapshot.notes === null ? null : sanitizeText(snapshot.notes, 2000, true) || null,
    id: snapshot.id,
    savedOn: isoDay(snapshot.createdAt),
    kbLabel: evaluation.kbVersion?.label ?? `version ${snapshot.kbVersion}`,
    engineVersion: evaluation.engineVersion,
    years,
    decision,
    costs,
    plan,
    why,
    assumptions,
    reportAssumptions: [
      ...(costs.chart ? [costs.chart.assumption] : []),
      ...(plan.timeline ? [plan.timeline.assumption] : []),
    ],
    sources: sources.list(),
  };
}
