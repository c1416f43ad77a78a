// The full evaluation: bare score plus top reasons, exact sensitivity, robustness sampling,
// knockout counterfactuals and a confidence label. Pure and deterministic for a given seed.
import type { HypervisorId } from "@/lib/questionnaire/options";
import { rateConfidence } from "./confidence";
import { findCounterfactuals } from "./counterfactuals";
import { EngineInputError } from "./errors";
import { buildTopReasons } from "./reasons";
import { DEFAULT_SAMPLES, DEFAULT_SEED, sampleRobustness } from "./robustness";
import { computeScore, type ScoreInput } from "./score";
import { summarisePlan } from "./plan-summary";
import { analyseSensitivity } from "./sensitivity";
import { planClusters } from "./cluster-plan";
import type { Evaluation, PlanSummary, RankingEntry } from "./types";
import { ENGINE_VERSION } from "./version";

export const MAX_SAMPLES = 100_000;

export interface EvaluateInput extends ScoreInput {
  /** Robustness samples; default 2,000. */
  samples?: number;
  /** PRNG seed (an unsigned 32-bit integer); default fixed so results are reproducible. */
  seed?: number;
}

function checkSampling(samples: number, seed: number): void {
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES) {
    throw new EngineInputError("samples", `must be a whole number from 1 to ${MAX_SAMPLES}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new EngineInputError("seed", "must be a whole number from 0 to 4294967295");
  }
}

/** A quote must name a product of this knowledge base: an unknown id would silently price nothing. */
function checkQuotes({ quotes, kb }: EvaluateInput): void {
  for (const id of Object.keys(quotes ?? {})) {
    if (!kb.products.some((p) => p.id === id))
      throw new EngineInputError(
        `quotes.${id}`,
        "is not a product of this knowledge base (GET /api/v1/model lists them)",
      );
  }
}

/** The plan with each cluster's own product and the split's cost, when the estate is clusters. */
function withClusters(plan: PlanSummary | null, input: EvaluateInput, ranking: RankingEntry[]): PlanSummary | null {
  if (!plan) return plan;
  const clusters = planClusters(input, ranking);
  return clusters ? { ...plan, ...clusters } : plan;
}

export function evaluateAnswers(input: EvaluateInput): Evaluation {
  const samples = input.samples ?? DEFAULT_SAMPLES;
  const seed = input.seed ?? DEFAULT_SEED;
  checkSampling(samples, seed);
  checkQuotes(input);
  const core = computeScore(input);
  const { result, index } = core;
  const { ranking, winner } = result;
  const base: Evaluation = {
    ...result,
    engineVersion: ENGINE_VERSION,
    kbVersion: { number: input.kb.version.number, label: input.kb.version.label },
    runnerUp: null,
    topReasons: [],
    sensitivity: null,
    robustness: null,
    counterfactuals: findCounterfactuals(core.candidates, winner, index.names),
    confidence: null,
    plan: withClusters(summarisePlan(ranking, input.answers, input.assumptions), input, ranking),
  };
  const winnerEntry = ranking[0];
  if (winner === null || !winnerEntry) return base;

  const runnerUpEntry = ranking[1]?.eligible ? ranking[1] : null;
  const runnerUp: HypervisorId | null = runnerUpEntry?.hypervisor ?? null;
  // Row 0 is the best product, the winner's, since rows are in products order and the winner is eligible.
  const robustness = sampleRobustness(core.weights, core.ratings, core.eligible, core.rowFamilies, samples, seed);
  const sensitivity = analyseSensitivity(
    core.weights,
    core.ratings,
    core.eligible,
    core.rowFamilies,
    0,
    index.criteria,
  );
  const margin = runnerUpEntry ? winnerEntry.score - runnerUpEntry.score : null;
  return {
    ...base,
    runnerUp,
    topReasons: buildTopReasons(ranking, winnerEntry, runnerUpEntry ?? ranking[1] ?? null),
    sensitivity,
    robustness,
    confidence: rateConfidence(margin, robustness.shares[winner], winnerEntry.name, runnerUpEntry?.name ?? null),
  };
}
