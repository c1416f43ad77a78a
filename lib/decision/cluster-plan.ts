// With an estate of clusters, each cluster's own best product and cost, as if it were planned alone
// (its own workloads where given), next to staying put with that cluster, with the move's effort and
// its place in the order to move; and what the split costs next to one platform for all and next to
// staying put (contract "Additions, part 2", "The estate as clusters"; docs/method.md).
import type { Answers, Cluster, HostGroup } from "@/lib/questionnaire/answers";
import { DEFAULT_YEARS } from "@/lib/questionnaire/horizon";
import type { HypervisorId } from "@/lib/questionnaire/options";
import { orderMoves, type MoveFacts } from "./cluster-moves";
import { priceSplit } from "./cluster-split";
import { countCores } from "./core-count";
import { quoteFor } from "./estate-cost";
import { cents, formatUsd } from "./money-format";
import { computeScore, type ScoreInput } from "./score";
import type { ClusterPlan, Cost, CostFigures, RankingEntry, SplitCost } from "./types";

const perCore = (unit: string) => unit.startsWith("core-");

/**
 * The cores a per-core price of the product counts for these hosts: each CPU's and host's minimum
 * host by host, as the cost line bills them (a per-core quote keeps the product's minimums and drops
 * the order minimum). Null when the product is not priced per core.
 */
function billedCores(input: ScoreInput, product: string, groups: readonly HostGroup[]): number | null {
  const quote = input.quotes ? quoteFor(input.quotes, product) : undefined;
  if (quote && !perCore(quote.unit)) return null;
  const price = input.kb.prices.find((p) => p.product === product && perCore(p.unit));
  if (!price && !quote) return null;
  return countCores(groups, price?.minimums ?? [], quote === undefined).total;
}

const figuresOf = (cost: Cost | null | undefined): CostFigures | null =>
  cost ? { perYear: cost.perYear, oneOff: cost.oneOff?.amount ?? 0, npv: cost.npv } : null;

interface Planned {
  plan: ClusterPlan;
  /** What makes its move risky (null when it does not move). */
  facts: MoveFacts | null;
}

function planCluster(input: ScoreInput, cluster: Cluster, current: HypervisorId | null): Planned {
  const answers: Answers = {
    ...input.answers,
    workloads: cluster.workloads ?? input.answers.workloads,
    estate: { clusters: [cluster] },
  };
  // One score per cluster gives its best product and, from the same ranking, staying put's cost.
  const { ranking } = computeScore({ ...input, answers }).result;
  let hosts = 0;
  let cores = 0;
  for (const g of cluster.hostGroups) {
    hosts += g.count;
    cores += g.count * g.socketsPerHost * g.coresPerSocket;
  }
  const stay = current ? figuresOf(ranking.find((e) => e.hypervisor === current)?.cost) : null;
  const best = ranking[0];
  if (!best?.eligible || !best.product) {
    return {
      plan: {
        name: cluster.name,
        product: null,
        perYear: null,
        reason: "No option meets the requirements for this cluster.",
        hosts,
        cores,
        billedCores: null,
        oneOff: null,
        npv: null,
        stay,
        savingPerYear: null,
        effortDays: null,
        move: null,
      },
      facts: null,
    };
  }
  const cost = best.cost;
  const year = cost?.perYear ?? null;
  const moves = current !== null && best.hypervisor !== current;
  const effort = best.migration?.effortDays;
  const plan: ClusterPlan = {
    name: cluster.name,
    product: { id: best.product.id, name: best.product.name, family: best.hypervisor },
    perYear: year,
    reason:
      `${best.product.name} scores ${best.score.toFixed(1)} for this cluster alone` +
      (year === null ? ", and needs a quote." : `, at ${formatUsd(year)} a year.`),
    hosts,
    cores,
    billedCores: billedCores(input, best.product.id, cluster.hostGroups),
    oneOff: cost?.oneOff?.amount ?? null,
    npv: cost?.npv ?? null,
    stay,
    savingPerYear: year !== null && stay?.perYear != null ? cents(stay.perYear - year) : null,
    effortDays: !moves ? { low: 0, high: 0 } : effort ? { low: effort.low, high: effort.high } : null,
    move: null,
  };
  const facts: MoveFacts | null = moves
    ? {
        downtime: best.migration?.downtime ?? null,
        newPlatform: cost?.oneOff?.lines.some((l) => l.priceKey === "training") ?? false,
        desktops: cluster.desktopVms,
      }
    : null;
  return { plan, facts };
}

/**
 * Every cluster planned alone, the order to move them in, and the split's cost beside staying put and
 * one platform for all (from the whole estate's ranking: its first entry is the single-platform plan).
 */
export function planClusters(
  input: ScoreInput,
  ranking: readonly RankingEntry[],
): { clusters: ClusterPlan[]; split: SplitCost | null } | null {
  const clusters = input.answers.estate?.clusters;
  if (!clusters) return null;
  const current = input.answers.currentPlatform === "none" ? null : input.answers.currentPlatform;
  const planned = clusters.map((cluster) => planCluster(input, cluster, current));
  orderMoves(planned);
  const plans = planned.map((p) => p.plan);
  const years = input.answers.years ?? DEFAULT_YEARS;
  return { clusters: plans, split: priceSplit(plans, ranking, current, years) };
}
