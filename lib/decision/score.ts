// The bare score: weights, ratings, knockouts, contributions and ranking. Fast enough for instant
// what-if re-scoring; evaluate.ts adds sensitivity, robustness and explanations on top.
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import { HYPERVISOR_IDS, type HypervisorId } from "@/lib/questionnaire/options";
import { rateDerivedCriterion } from "./derived-ratings";
import { indexKnowledge, ratingKey, type KnowledgeIndex } from "./knowledge-index";
import { findKnockouts } from "./knockouts";
import { applicableContextRule } from "./rating-context-rules";
import type { Contribution, RankingEntry, ScoreResult } from "./types";
import { ENGINE_VERSION } from "./version";
import { deriveWeights, type WeightOverrides } from "./weights";

export interface ScoreInput {
  answers: Answers;
  kb: KnowledgeBase;
  weightOverrides?: WeightOverrides;
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

function buildContributions(index: KnowledgeIndex, answers: Answers, hypervisor: HypervisorId, weights: Float64Array) {
  const ratings = new Float64Array(index.criteria.length);
  const contributions: Contribution[] = index.criteria.map((criterion, c) => {
    const weight = weights[c] ?? 0;
    let rating = 0;
    let rationale = "Not rated in this knowledge base version.";
    let sources: Contribution["sources"] = [];
    let asOf: string | null = null;
    if (criterion.kind === "derived") {
      ({ rating, rationale, sources, asOf } = rateDerivedCriterion(criterion.key, index, answers, hypervisor));
    } else {
      const found = index.ratings.get(ratingKey(hypervisor, criterion.key));
      if (found) ({ score: rating, rationale, sources, asOf } = found);
      const context = applicableContextRule(answers, hypervisor, criterion.key);
      if (context && context.floor > rating) {
        rationale = `${context.rationale} (Knowledge-base rating ${rating}/10: ${rationale})`;
        rating = context.floor;
      }
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

/** Eligible before ineligible, then higher score, then HYPERVISOR_IDS order: total and deterministic. */
export function compareEntries(a: RankingEntry, b: RankingEntry): number {
  if (a.eligible !== b.eligible) return a.eligible ? -1 : 1;
  if (a.score !== b.score) return b.score - a.score;
  return HYPERVISOR_IDS.indexOf(a.hypervisor) - HYPERVISOR_IDS.indexOf(b.hypervisor);
}

export function computeScore({ answers, kb, weightOverrides }: ScoreInput): ScoreCore {
  const index = indexKnowledge(kb);
  const { list, vector } = deriveWeights(index.criteria, answers, weightOverrides);
  const ratings: Float64Array[] = [];
  const scores = new Float64Array(HYPERVISOR_IDS.length);
  const eligible: boolean[] = [];
  const entries: RankingEntry[] = HYPERVISOR_IDS.map((hypervisor, h) => {
    const built = buildContributions(index, answers, hypervisor, vector);
    let score = 0;
    for (const c of built.contributions) score += c.points;
    const knockouts = findKnockouts(index, answers, hypervisor);
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
      contributions: built.contributions,
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
