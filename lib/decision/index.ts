// The decision engine's public surface: pure functions over answers and a knowledge base.
export { ENGINE_VERSION } from "./version";
export { evaluateAnswers, MAX_SAMPLES, type EvaluateInput } from "./evaluate";
export { todayUtc } from "./product-support";
export { scoreAnswers, buildModelVersion, type ScoreInput } from "./score";
export { EngineInputError } from "./errors";
export { WEIGHT_RULES, DERIVED_ACTIVATION, describeCondition } from "./weight-rules";
export type { WeightOverrides } from "./weights";
export { SUPPORT_LEVEL_RATING } from "./derived-ratings";
export {
  MIGRATION_PATHS,
  TEAM_SKILL_LIFTS,
  TEAM_FIT_STAY,
  TEAM_FIT_GREENFIELD_BASE,
  TEAM_FIT_MIGRATION_BASE,
} from "./team-fit-rules";
export { DEFAULT_SAMPLES, DEFAULT_SEED, ROBUSTNESS_SIGMA } from "./robustness";
export { TIE_MARGIN, NARROW_MARGIN, NARROW_SHARE } from "./confidence";
export type * from "./types";
export { SUPPORT_STATUSES } from "./types";
