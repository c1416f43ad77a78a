// With an estate of clusters, each cluster's own best product and cost, as if it were planned alone
// (its own workloads where given), and what that split costs next to one platform for all
// (contract "Additions, part 2", "The estate as clusters").
import type { Answers } from "@/lib/questionnaire/answers";
import { cents, formatUsd } from "./money-format";
import { computeScore, type ScoreInput } from "./score";
import type { ClusterPlan, SplitCost } from "./types";

export function planClusters(input: ScoreInput): { clusters: ClusterPlan[]; split: SplitCost | null } | null {
  const clusters = input.answers.estate?.clusters;
  if (!clusters) return null;
  const plans: ClusterPlan[] = [];
  let perYear: number | null = 0;
  let oneOff = 0;
  let npv: number | null = 0;
  for (const cluster of clusters) {
    const answers: Answers = {
      ...input.answers,
      workloads: cluster.workloads ?? input.answers.workloads,
      estate: { clusters: [cluster] },
    };
    const best = computeScore({ ...input, answers }).result.ranking[0];
    if (!best?.eligible || !best.product) {
      plans.push({
        name: cluster.name,
        product: null,
        perYear: null,
        reason: "No option meets the requirements for this cluster.",
      });
      perYear = null;
      npv = null;
      continue;
    }
    const cost = best.cost;
    const year = cost?.perYear ?? null;
    plans.push({
      name: cluster.name,
      product: { id: best.product.id, name: best.product.name, family: best.hypervisor },
      perYear: year,
      reason:
        `${best.product.name} scores ${best.score.toFixed(1)} for this cluster alone` +
        (year === null ? ", and needs a quote." : `, at ${formatUsd(year)} a year.`),
    });
    perYear = perYear === null || year === null ? null : perYear + year;
    oneOff += cost?.oneOff?.amount ?? 0;
    npv = npv === null || cost?.npv == null ? null : npv + cost.npv;
  }
  const split =
    perYear === null || npv === null ? null : { perYear: cents(perYear), oneOff: cents(oneOff), npv: cents(npv) };
  return { clusters: plans, split };
}
