// The bare score: weights, ratings, knockouts, contributions and ranking. Fast enough for instant
// what-if re-scoring; evaluate.ts adds sensitivity, robustness and explanations on top.
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import { HYPERVISOR_IDS, type HypervisorId } from "@/lib/questionnaire/options";
import type { Quotes } from "@/lib/questionnaire/quotes";
import { rateDerivedCriterion, type DerivedRating, type TeamFitPath } from "./derived-ratings";
import { isSized } from "@/lib/questionnaire/estate";
import { DEFAULT_YEARS } from "@/lib/questionnaire/horizon";
import { priceEstate } from "./estate-cost";
import { findMigrationPath, planMigration } from "./migration-plan";
import { LICENCE_COST_CRITERION, productRatings, rateCost } from "./plan-ratings";
import { chooseProduct } from "./product-choice";
import { indexKnowledge, ratingKey, type KnowledgeIndex } from "./knowledge-index";
import { findKnockouts } from "./knockouts";
import { checkMustHaves } from "./must-haves";
import { applicableContextRule } from "./rating-context-rules";
import { BROKER_NAMES, brokerVerdict } from "./vdi-broker";
import type { Contribution, RankingEntry, ScoreResult } from "./types";
import { ENGINE_VERSION } from "./version";
import { deriveWeights, type WeightOverrides } from "./weights";

export interface ScoreInput {
  answers: Answers;
  kb: KnowledgeBase;
  weights?: WeightOverrides;
  /** The user's own prices, by product id; they replace the product's published prices. */
  quotes?: Quotes;
}

/** The numbers behind a score, in HYPERVISOR_IDS order, for sensitivity and robustness. */
export interface ScoreCore {
  result: ScoreResult;
  index: KnowledgeIndex;
  weights: Float64Array;
  /** ratings[h][c]: hypervisor h (HYPERVISOR_IDS order), criterion c (KB order). */
  ratings: Float64Array[];
  scores: Float64Array;
  eligible: boolean[];
}

export function buildModelVersion(kb: KnowledgeBase): string {
  return `${kb.version.label}+engine-${ENGINE_VERSION}`;
}

/** What the chosen product changes about a family's ratings: its own evidence, its cost, its migration path. */
interface ProductContext {
  ratings: ReadonlyMap<string, DerivedRating>;
  teamFitPath?: TeamFitPath;
}

function buildContributions(
  index: KnowledgeIndex,
  answers: Answers,
  hypervisor: HypervisorId,
  weights: Float64Array,
  product: ProductContext,
) {
  const ratings = new Float64Array(index.criteria.length);
  const contributions: Contribution[] = index.criteria.map((criterion, c) => {
    const weight = weights[c] ?? 0;
    let rating = 0;
    let rationale = "Not rated in this knowledge base version.";
    let sources: Contribution["sources"] = [];
    let asOf: string | null = null;
    if (criterion.kind === "derived") {
      ({ rating, rationale, sources, asOf } = rateDerivedCriterion(
        criterion.key,
        index,
        answers,
        hypervisor,
        product.teamFitPath,
      ));
    } else if (product.ratings.has(criterion.key)) {
      ({ rating, rationale, sources, asOf } = product.ratings.get(criterion.key)!);
    } else {
      const found = index.ratings.get(ratingKey(hypervisor, criterion.key));
      if (found) ({ score: rating, rationale, sources, asOf } = found);
      const context = applicableContextRule(answers, hypervisor, criterion.key);
      if (context && context.floor > rating) {
        rationale = `${context.rationale} (Knowledge-base rating ${rating}/10: ${rationale})`;
        rating = context.floor;
      }
      if (criterion.key === VDI_CRITERION || criterion.key === LICENCE_COST_CRITERION)
        ({ rating, rationale, sources } = withBroker(criterion.key, index, answers, hypervisor, {
          rating,
          rationale,
          sources,
        }));
    }
    ratings[c] = rating;
    return {
      criterion: criterion.key,
      name: criterion.name,
      kind: criterion.kind,
      rating,
      weight,
      points: 10 * weight * rating,
      rationale,
      sources,
      asOf,
    };
  });
  return { ratings, contributions };
}

const VDI_CRITERION = "vdi";
/** How much a broker that supports the family adds to its desktop rating (out of 10). */
export const BROKER_SUPPORT_BONUS = 1;

/** The licence-cost rating where the broker's subscription already pays for the platform. */
export const BROKER_LICENCE_FLOOR = 9;

type Rated = { rating: number; rationale: string; sources: Contribution["sources"] };

/**
 * A rating with the team's VDI broker taken into account: desktop fit one point higher where the
 * broker supports the family; licence cost raised to BROKER_LICENCE_FLOOR where the broker's own
 * subscription includes the platform. Never lowered.
 */
function withBroker(
  criterion: string,
  index: KnowledgeIndex,
  answers: Answers,
  hypervisor: HypervisorId,
  rated: Rated,
): Rated {
  const broker = brokerVerdict(index, answers, hypervisor);
  if (!broker?.fits) return rated;
  const { support } = broker;
  const raised =
    criterion === VDI_CRITERION
      ? Math.min(10, rated.rating + BROKER_SUPPORT_BONUS)
      : support.licenceIncluded
        ? Math.max(rated.rating, BROKER_LICENCE_FLOOR)
        : rated.rating;
  if (raised === rated.rating) return rated;
  const why =
    criterion === VDI_CRITERION
      ? `Your broker, ${BROKER_NAMES[broker.broker]}, supports it: ${support.note}`
      : `Your ${BROKER_NAMES[broker.broker]} subscription includes the platform's licence: ${support.note}`;
  return {
    rating: raised,
    rationale: `${why} (Knowledge-base rating ${rated.rating}/10: ${rated.rationale})`,
    sources: [...support.sources, ...rated.sources],
  };
}

/** Eligible before ineligible, then higher score, then HYPERVISOR_IDS order: total and deterministic. */
export function compareEntries(a: RankingEntry, b: RankingEntry): number {
  if (a.eligible !== b.eligible) return a.eligible ? -1 : 1;
  if (a.score !== b.score) return b.score - a.score;
  return HYPERVISOR_IDS.indexOf(a.hypervisor) - HYPERVISOR_IDS.indexOf(b.hypervisor);
}

/** The family's product, its cost for the estate and the move to it, and the ratings they change. */
function planFamily(
  kb: KnowledgeBase,
  index: KnowledgeIndex,
  answers: Answers,
  hypervisor: HypervisorId,
  quotes: Quotes | undefined,
) {
  const chosen = chooseProduct(kb, answers, hypervisor);
  const ratings = chosen ? productRatings(chosen.product) : new Map<string, DerivedRating>();
  const estate = isSized(answers.estate) ? answers.estate : null;
  const cost =
    chosen && estate
      ? priceEstate({ kb, product: chosen.product, estate, years: answers.years ?? DEFAULT_YEARS, quotes })
      : null;
  const kbRating = index.ratings.get(ratingKey(hypervisor, LICENCE_COST_CRITERION))?.score ?? null;
  const costRating = cost && estate && chosen ? rateCost(cost, estate, chosen.product.name, kbRating) : null;
  if (costRating) ratings.set(LICENCE_COST_CRITERION, costRating);
  const productId = chosen?.product.id ?? null;
  // A quote for another product of the family is kept, and said, rather than silently ignored.
  for (const other of chosen?.choice.alternatives ?? []) {
    if (cost && quotes && Object.hasOwn(quotes, other.id))
      cost.notes.push(
        `Your quote for ${other.name} is not used: for these answers the product is ${chosen!.product.name}.`,
      );
  }
  const current = answers.currentPlatform;
  const path =
    kb.migrationPaths.length > 0 && current !== "none" && current !== hypervisor
      ? findMigrationPath(kb, current, hypervisor, productId)
      : undefined;
  return {
    product: chosen?.choice ?? null,
    cost,
    migration: planMigration(kb, answers, hypervisor, productId),
    context: { ratings, teamFitPath: path ? { lift: path.lift, tools: path.tools, sources: path.sources } : undefined },
  };
}

export function computeScore({ answers, kb, weights, quotes }: ScoreInput): ScoreCore {
  const index = indexKnowledge(kb);
  const { list, vector } = deriveWeights(index.criteria, answers, weights);
  const ratings: Float64Array[] = [];
  const scores = new Float64Array(HYPERVISOR_IDS.length);
  const eligible: boolean[] = [];
  const entries: RankingEntry[] = HYPERVISOR_IDS.map((hypervisor, h) => {
    const plan = planFamily(kb, index, answers, hypervisor, quotes);
    const built = buildContributions(index, answers, hypervisor, vector, plan.context);
    let score = 0;
    for (const c of built.contributions) score += c.points;
    const mustHaves = checkMustHaves(index, answers, hypervisor);
    const knockouts = findKnockouts(index, answers, hypervisor, mustHaves);
    ratings.push(built.ratings);
    scores[h] = score;
    eligible.push(knockouts.length === 0);
    return {
      hypervisor,
      name: index.names[hypervisor],
      rank: 0,
      score,
      eligible: knockouts.length === 0,
      knockouts,
      mustHaves,
      contributions: built.contributions,
      product: plan.product,
      cost: plan.cost,
      migration: plan.migration,
    };
  });
  const ranking = entries.sort(compareEntries);
  ranking.forEach((entry, i) => {
    entry.rank = i + 1;
  });
  const top = ranking[0];
  const result: ScoreResult = {
    modelVersion: buildModelVersion(kb),
    weights: list,
    ranking,
    winner: top && top.eligible ? top.hypervisor : null,
  };
  return { result, index, weights: vector, ratings, scores, eligible };
}

/** Weights, knockouts, scores and ranking without sensitivity or robustness. */
export function scoreAnswers(input: ScoreInput): ScoreResult {
  return computeScore(input).result;
}
