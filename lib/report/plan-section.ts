// The plan pages: each cluster's own product and cost where the estate has clusters, the moves on a
// timeline against the renewal date and the end-of-support dates of the products involved, and the
// migration path (tools, effort, downtime, steps, risks).
import { MOVE_PERSON_DAYS_PER_MONTH } from "@/lib/decision/cost-rules";
import type { ClusterPlan, Evaluation, MigrationPlan, ProductEntry } from "@/lib/decision";
import type { RecommendationSnapshot } from "@/lib/recommendations/service";
import { familyNames } from "./evaluation-names";
import { count, isoDay, usdWhole } from "./report-format";
import { citation, type SourceRegistry } from "./report-sources";
import { sanitizeText } from "./report-text";

/** A report stays readable and bounded: past this many clusters the table says how many more there are. */
export const REPORT_MAX_CLUSTERS = 40;

export interface ClusterRow {
  order: string;
  name: string;
  size: string;
  product: string;
  perYear: string;
  stay: string;
  saving: string;
  effort: string;
  risk: string;
}

export interface TimelineBar {
  label: string;
  /** Months from the start. */
  from: number;
  to: number;
  detail: string;
}

export interface TimelineMarker {
  label: string;
  date: string;
  /** Months from the start. */
  at: number;
  kind: "renewal" | "end-of-support";
  cite: string;
}

export interface Timeline {
  start: string;
  /** Months the axis spans. */
  span: number;
  bars: TimelineBar[];
  markers: TimelineMarker[];
  assumption: string;
}

export interface MigrationSection {
  title: string;
  effort: string;
  downtime: string;
  tools: { name: string; url: string }[];
  steps: string[];
  risks: string[];
  cite: string;
}

export interface PlanSection {
  clusters: ClusterRow[];
  /** Clusters left out of the table past REPORT_MAX_CLUSTERS (the workbook has every one). */
  moreClusters: number;
  split: string | null;
  timeline: Timeline | null;
  migration: MigrationSection | null;
}

export function buildPlanSection(snapshot: RecommendationSnapshot, sources: SourceRegistry): PlanSection {
  const { evaluation } = snapshot;
  const plan = evaluation.plan;
  const winner = evaluation.ranking.find((e) => e.hypervisor === evaluation.winner) ?? null;
  const clusters = plan?.clusters ?? [];
  const ordered = [...clusters].sort((a, b) => (a.move?.order ?? Infinity) - (b.move?.order ?? Infinity));
  return {
    clusters: ordered.slice(0, REPORT_MAX_CLUSTERS).map(clusterRow),
    moreClusters: Math.max(0, ordered.length - REPORT_MAX_CLUSTERS),
    split: plan?.split?.explanation ?? null,
    timeline: buildTimeline(snapshot, ordered, winner?.migration ?? null),
    migration: winner?.migration
      ? migrationSection(
          winner.migration,
          familyNames(evaluation)(winner.migration.from),
          winner.product?.name ?? winner.name,
          sources,
        )
      : null,
  };
}

const money = (value: number | null) => (value === null ? "—" : usdWhole(value));
const days = (range: { low: number; high: number } | null) =>
  range === null ? "not recorded" : range.high === 0 ? "stays" : `${count(range.low)}–${count(range.high)} days`;

function clusterRow(cluster: ClusterPlan): ClusterRow {
  return {
    order: cluster.move ? String(cluster.move.order) : "—",
    name: sanitizeText(cluster.name, 80),
    size: `${count(cluster.hosts)} hosts, ${count(cluster.cores)} cores`,
    product: cluster.product?.name ?? "no product qualifies",
    perYear: money(cluster.perYear),
    stay: money(cluster.stay?.perYear ?? null),
    saving: money(cluster.savingPerYear),
    effort: days(cluster.effortDays),
    risk: cluster.move ? cluster.move.risk : "—",
  };
}

/** Whole months between two ISO days (fractional by day), for placing dates on the axis. */
function monthsBetween(from: string, to: string): number {
  const a = new Date(`${from}T00:00:00Z`);
  const b = new Date(`${to}T00:00:00Z`);
  return (
    (b.getUTCFullYear() - a.getUTCFullYear()) * 12 +
    (b.getUTCMonth() - a.getUTCMonth()) +
    (b.getUTCDate() - a.getUTCDate()) / 30
  );
}

/**
 * The moves one after another from the day the plan was saved, each lasting its high effort estimate
 * at the engine's pace (the same pace that prices the months of paying for both platforms).
 */
function buildTimeline(
  snapshot: RecommendationSnapshot,
  clusters: ClusterPlan[],
  migration: MigrationPlan | null,
): Timeline | null {
  const { evaluation } = snapshot;
  const pace = MOVE_PERSON_DAYS_PER_MONTH.value;
  const start = isoDay(snapshot.createdAt);
  const bars: TimelineBar[] = [];
  let at = 0;
  const moving = clusters.filter((c) => c.move && c.effortDays && c.effortDays.high > 0).slice(0, REPORT_MAX_CLUSTERS);
  if (moving.length > 0) {
    for (const cluster of moving) {
      const length = cluster.effortDays!.high / pace;
      bars.push({
        label: `${cluster.move!.order}. ${sanitizeText(cluster.name, 40)}`,
        from: at,
        to: at + length,
        detail: days(cluster.effortDays),
      });
      at += length;
    }
  } else if (migration && migration.effortDays.high > 0) {
    const length = migration.effortDays.high / pace;
    bars.push({ label: "The move", from: 0, to: length, detail: days(migration.effortDays) });
    at = length;
  }
  if (bars.length === 0) return null;
  const years = evaluation.plan?.years ?? 3;
  const span = Math.max(12, Math.min(years * 12, Math.ceil(at / 6) * 6 + 6));
  const markers: TimelineMarker[] = [];
  const renewal = evaluation.plan?.assumptions.find((a) => a.field === "renewalDate");
  if (renewal && typeof renewal.value === "string") {
    const when = monthsBetween(start, renewal.value);
    if (when >= 0 && when <= span)
      markers.push({ label: "Renewal", date: renewal.value, at: when, kind: "renewal", cite: "" });
  }
  for (const product of productsInPlan(evaluation)) {
    const until = product.support.until;
    if (!until) continue;
    const when = monthsBetween(start, until);
    if (when < 0 || when > span) continue;
    markers.push({ label: `${product.name}: end of support`, date: until, at: when, kind: "end-of-support", cite: "" });
  }
  return {
    start,
    span,
    bars,
    markers,
    assumption: `The timeline starts on the day the plan was saved and runs the moves one after another, each for its high effort estimate at ${pace} person-days a month, the pace the cost model uses for the months of paying for both platforms (an assumption, docs/method.md).`,
  };
}

/** Today's product, the recommendation and each cluster's product, once each. */
function productsInPlan(evaluation: Evaluation): ProductEntry[] {
  const plan = evaluation.plan;
  const ids = new Set<string>();
  if (plan?.stay) ids.add(plan.stay.id);
  if (plan?.recommended) ids.add(plan.recommended.id);
  for (const cluster of plan?.clusters ?? []) if (cluster.product) ids.add(cluster.product.id);
  return (evaluation.products ?? []).filter((product) => ids.has(product.id));
}

function migrationSection(
  migration: MigrationPlan,
  from: string,
  product: string,
  sources: SourceRegistry,
): MigrationSection {
  return {
    title: `From ${from} to ${product}`,
    effort: `${days(migration.effortDays)} of work for ${count(migration.assumptions.vms)} VMs${
      migration.assumptions.vmsAssumed ? " (a VM count assumed from the estate's size)" : ""
    }`,
    downtime:
      migration.downtime === "cold"
        ? "Cold cutover: each VM is off while it moves"
        : "Warm cutover: VMs move with a short stop",
    tools: migration.tools,
    steps: migration.steps,
    risks: migration.risks,
    cite: citation(sources.citeAll(migration.sources, migration.asOf)),
  };
}
