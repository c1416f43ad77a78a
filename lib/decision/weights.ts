// Criterion weights from the answers: default weight, activation of derived criteria, rule factors,
// then the user's overrides, normalised to sum 1.
import type { Criterion } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import { EngineInputError } from "./errors";
import type { CriterionWeight, RuleRef } from "./types";
import { DERIVED_ACTIVATION, WEIGHT_RULES, matchesRule } from "./weight-rules";

export type { WeightOverrides } from "@/lib/questionnaire/weights";
import type { WeightOverrides } from "@/lib/questionnaire/weights";

export interface DerivedWeights {
  list: CriterionWeight[];
  /** Normalised weights in criterion order, for the numeric parts of the engine. */
  vector: Float64Array;
}

/** Whether a derived criterion applies to these answers (unknown derived criteria never do). */
export function isCriterionActive(criterion: Criterion, answers: Answers): boolean {
  if (criterion.kind === "rated") return true;
  return DERIVED_ACTIVATION[criterion.key]?.isActive(answers) ?? false;
}

function checkOverrides(criteria: readonly Criterion[], overrides: WeightOverrides): void {
  const known = new Set(criteria.map((c) => c.key));
  for (const [key, value] of Object.entries(overrides)) {
    if (!known.has(key)) throw new EngineInputError(`weights.${key}`, `unknown criterion "${key}"`);
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new EngineInputError(`weights.${key}`, "must be a finite number of at least 0");
    }
  }
}

export function deriveWeights(
  criteria: readonly Criterion[],
  answers: Answers,
  overrides: WeightOverrides = {},
): DerivedWeights {
  checkOverrides(criteria, overrides);
  const fired = WEIGHT_RULES.filter((rule) => matchesRule(rule.when, answers));
  const list: CriterionWeight[] = criteria.map((criterion) => {
    let raw = isCriterionActive(criterion, answers) ? criterion.defaultWeight : 0;
    const rules: RuleRef[] = [];
    for (const rule of fired) {
      const factor = rule.effects[criterion.key];
      if (factor === undefined || raw === 0) continue;
      raw *= factor;
      rules.push({ id: rule.id, label: rule.label });
    }
    const override = Object.hasOwn(overrides, criterion.key) ? overrides[criterion.key] : undefined;
    return {
      key: criterion.key,
      name: criterion.name,
      kind: criterion.kind,
      defaultWeight: criterion.defaultWeight,
      raw: override ?? raw,
      weight: 0,
      rules: override === undefined ? rules : [],
      overridden: override !== undefined,
    };
  });
  let total = 0;
  for (const w of list) total += w.raw;
  if (!(total > 0)) throw new EngineInputError("weights", "at least one criterion needs a weight above 0");
  const vector = new Float64Array(list.length);
  list.forEach((w, i) => {
    w.weight = w.raw / total;
    vector[i] = w.weight;
  });
  return { list, vector };
}

/** The raw weight each criterion gets from the answers alone, before anyone moves a slider, by key. */
export function weightsFromAnswers(criteria: readonly Criterion[], answers: Answers): Map<string, number> {
  return new Map(deriveWeights(criteria, answers).list.map((w) => [w.key, w.raw]));
}
