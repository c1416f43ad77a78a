// A family's contributions, criterion by criterion, with a product's own ratings and migration path
// where it has them: the knowledge base's rating (raised by a situation's floor), the derived ratings
// (platform, team and Kubernetes fit), and the team's VDI broker taken into account.
import type { Answers } from "@/lib/questionnaire/answers";
import type { HypervisorId } from "@/lib/questionnaire/options";
import { rateDerivedCriterion, type DerivedRating, type TeamFitPath } from "./derived-ratings";
import { ratingKey, type KnowledgeIndex } from "./knowledge-index";
import { LICENCE_COST_CRITERION } from "./plan-ratings";
import { applicableContextRule } from "./rating-context-rules";
import type { Contribution } from "./types";
import { BROKER_NAMES, brokerVerdict } from "./vdi-broker";

const TEAM_FIT_CRITERION = "team-fit";

/** What a product changes about its family's ratings: its own evidence, its cost, its platform, its migration path. */
export interface ProductContext {
  ratings: ReadonlyMap<string, DerivedRating>;
  teamFitPath?: TeamFitPath;
}

/** One criterion's contribution for a family, with a product's own rating or migration path where it has one. */
function contributionFor(
  index: KnowledgeIndex,
  answers: Answers,
  hypervisor: HypervisorId,
  weights: Float64Array,
  c: number,
  own: DerivedRating | undefined,
  teamFitPath: TeamFitPath | undefined,
): Contribution {
  const criterion = index.criteria[c]!;
  const weight = weights[c] ?? 0;
  let rating = 0;
  let rationale = "Not rated in this knowledge base version.";
  let sources: Contribution["sources"] = [];
  let asOf: string | null = null;
  if (own) {
    ({ rating, rationale, sources, asOf } = own);
  } else if (criterion.kind === "derived") {
    ({ rating, rationale, sources, asOf } = rateDerivedCriterion(
      criterion.key,
      index,
      answers,
      hypervisor,
      teamFitPath,
    ));
  } else {
    const found = index.ratings.get(ratingKey(hypervisor, criterion.key));
    if (found) ({ score: rating, rationale, sources, asOf } = found);
    const context = applicableContextRule(answers, hypervisor, criterion.key);
    if (context && context.floor > rating) {
      rationale = `${context.rationale} (Knowledge-base rating ${rating}/10: ${rationale})`;
      rating = context.floor;
    }
  }
  if (criterion.kind === "rated" && (criterion.key === VDI_CRITERION || criterion.key === LICENCE_COST_CRITERION))
    ({ rating, rationale, sources } = withBroker(criterion.key, index, answers, hypervisor, {
      rating,
      rationale,
      sources,
    }));
  const contribution: Contribution = {
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
  // The basis holds while the rating is the one it describes (a VDI broker's floor replaces it).
  if (own?.basis && own.rating === rating) contribution.basis = own.basis;
  return contribution;
}

export type Built = { ratings: Float64Array; contributions: Contribution[] };

/**
 * Every criterion's contribution. `family`: the family's own contributions, computed once; a product
 * reuses each of them except where it has its own rating or its own migration path (team fit).
 */
export function buildContributions(
  index: KnowledgeIndex,
  answers: Answers,
  hypervisor: HypervisorId,
  weights: Float64Array,
  product: ProductContext,
  family?: Built & { teamFit: Map<TeamFitPath, Contribution> },
): Built {
  const ratings = new Float64Array(index.criteria.length);
  const contributions = index.criteria.map((criterion, c) => {
    const own = product.ratings.get(criterion.key);
    const path = criterion.key === TEAM_FIT_CRITERION && !own ? product.teamFitPath : undefined;
    let built: Contribution;
    if (family && !own && !path) built = family.contributions[c]!;
    else if (family && path) {
      built = family.teamFit.get(path) ?? contributionFor(index, answers, hypervisor, weights, c, own, path);
      family.teamFit.set(path, built);
    } else built = contributionFor(index, answers, hypervisor, weights, c, own, product.teamFitPath);
    ratings[c] = built.rating;
    return built;
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
