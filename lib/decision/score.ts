// The bare score: weights, every product scored, knockouts, contributions, products[] and the family
// ranking. Fast enough for instant
// what-if re-scoring; evaluate.ts adds sensitivity, robustness and explanations on top.
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import { HYPERVISOR_IDS, type HypervisorId } from "@/lib/questionnaire/options";
import type { Assumptions } from "@/lib/questionnaire/assumptions";
import { estateClusters } from "@/lib/questionnaire/estate";
import type { Quotes } from "@/lib/questionnaire/quotes";
import { resolveAssumptions } from "./cost-rules";
import { indexKnowledge, type KnowledgeIndex } from "./knowledge-index";
import { findKnockouts } from "./knockouts";
import type { Candidate } from "./counterfactuals";
import { checkMustHaves, type MustHaveCheck } from "./must-haves";
import { explainChoice } from "./product-choice";
import { scoreFamilyRows, type ProductRow, type RowInput } from "./product-rows";
import { todayUtc } from "./product-support";
import type { ProductEntry, RankingEntry, ScoreResult } from "./types";
import { ENGINE_VERSION } from "./version";
import { deriveWeights, type WeightOverrides } from "./weights";

export interface ScoreInput {
  answers: Answers;
  kb: KnowledgeBase;
  weights?: WeightOverrides;
  /** The user's own prices, by product id; they replace the product's published prices. */
  quotes?: Quotes;
  /** The day support statuses are read on (YYYY-MM-DD); today in UTC when not given. */
  today?: string;
  /** The cost model's assumptions where the team gives its own (defaults in cost-rules.ts). */
  assumptions?: Assumptions;
}

/**
 * The numbers behind a score, one row per candidate product in products order, for sensitivity and
 * robustness: they judge families by their best product, so a weighting that moves the win from one
 * product to another of the same family changes nothing they report.
 */
export interface ScoreCore {
  result: ScoreResult;
  index: KnowledgeIndex;
  weights: Float64Array;
  /** ratings[r][c]: row r, criterion c (KB order). */
  ratings: Float64Array[];
  /** rowFamilies[r]: the row's family, as its position in HYPERVISOR_IDS. */
  rowFamilies: number[];
  /** Every row as a candidate (products, and families without any), for the counterfactuals. */
  candidates: Candidate[];
  eligible: boolean[];
}

export function buildModelVersion(kb: KnowledgeBase): string {
  return `${kb.version.label}+engine-${ENGINE_VERSION}`;
}

/** Eligible before ineligible, then higher score, then HYPERVISOR_IDS order: total and deterministic. */
export function compareEntries(a: RankingEntry, b: RankingEntry): number {
  if (a.eligible !== b.eligible) return a.eligible ? -1 : 1;
  if (a.score !== b.score) return b.score - a.score;
  return HYPERVISOR_IDS.indexOf(a.hypervisor) - HYPERVISOR_IDS.indexOf(b.hypervisor);
}

/**
 * The order of `products[]`: eligible before ineligible, then higher score; equal scores keep the
 * families' order and, within a family, more fit points first, then the knowledge base's order.
 */
export function compareRows(a: ProductRow, b: ProductRow): number {
  if (a.eligible !== b.eligible) return a.eligible ? -1 : 1;
  if (a.score !== b.score) return b.score - a.score;
  if (a.family !== b.family) return HYPERVISOR_IDS.indexOf(a.family) - HYPERVISOR_IDS.indexOf(b.family);
  if (a.fit.points !== b.fit.points) return b.fit.points - a.fit.points;
  return a.order - b.order;
}

const productEntry = (row: ProductRow): ProductEntry => ({
  id: row.ref.id,
  name: row.ref.name,
  family: row.family,
  vendor: row.ref.vendor,
  score: row.score,
  eligible: row.eligible,
  knockouts: row.knockouts,
  support: row.support,
});

/** A family's entry: its best row (the first of its rows in products order) speaks for it. */
function familyEntry(index: KnowledgeIndex, rows: readonly ProductRow[], mustHaves: MustHaveCheck[]): RankingEntry {
  const [best, ...others] = rows as [ProductRow, ...ProductRow[]];
  return {
    hypervisor: best.family,
    name: index.names[best.family],
    rank: 0,
    score: best.score,
    eligible: best.eligible,
    knockouts: best.knockouts,
    mustHaves,
    contributions: best.contributions,
    product: best.product ? explainChoice(best, others) : null,
    cost: best.cost,
    migration: best.migration,
  };
}

export function computeScore({ answers, kb, weights, quotes, today = todayUtc(), assumptions }: ScoreInput): ScoreCore {
  const index = indexKnowledge(kb);
  const { list, vector } = deriveWeights(index.criteria, answers, weights);
  const input: RowInput = {
    kb,
    index,
    answers,
    weights: vector,
    quotes,
    today,
    clusters: estateClusters(answers.estate),
    assumptions: resolveAssumptions(assumptions),
    defaultDayRate: assumptions?.migrationDayRate === undefined,
    stay: null,
  };
  const mustHaves = new Map<HypervisorId, MustHaveCheck[]>();
  const familyRows = (family: HypervisorId) => {
    const checks = checkMustHaves(index, answers, family);
    mustHaves.set(family, checks);
    const knockouts = findKnockouts(index, answers, family, checks);
    return scoreFamilyRows(input, {
      family,
      knockouts,
      openSource: index.hypervisors.get(family)?.openSource ?? false,
    });
  };
  // Today's platform first: what it costs prices the months of paying for both while a move runs.
  const current = answers.currentPlatform === "none" ? null : answers.currentPlatform;
  const stayRows = current ? familyRows(current).sort(compareRows) : [];
  const stayBest = stayRows[0];
  if (stayBest?.cost)
    input.stay = {
      perYear: stayBest.cost.perYear === null ? null : stayBest.cost.perYear - stayBest.cost.windowsGuests,
      name: stayBest.ref.name,
    };
  const rows = [...stayRows, ...HYPERVISOR_IDS.filter((f) => f !== current).flatMap(familyRows)].sort(compareRows);
  const ranking = HYPERVISOR_IDS.map((family) =>
    familyEntry(
      index,
      rows.filter((r) => r.family === family),
      mustHaves.get(family)!,
    ),
  ).sort(compareEntries);
  ranking.forEach((entry, i) => {
    entry.rank = i + 1;
  });
  const top = ranking[0];
  const result: ScoreResult = {
    modelVersion: buildModelVersion(kb),
    weights: list,
    ranking,
    products: rows.filter((r) => r.product !== null).map(productEntry),
    winner: top && top.eligible ? top.hypervisor : null,
  };
  return {
    result,
    index,
    weights: vector,
    ratings: rows.map((r) => r.ratings),
    rowFamilies: rows.map((r) => HYPERVISOR_IDS.indexOf(r.family)),
    candidates: rows.map(({ family, ref, score, eligible, knockouts }) => ({
      family,
      name: ref.name,
      score,
      eligible,
      knockouts,
    })),
    eligible: rows.map((r) => r.eligible),
  };
}

/** Weights, knockouts, scores and ranking without sensitivity or robustness. */
export function scoreAnswers(input: ScoreInput): ScoreResult {
  return computeScore(input).result;
}
