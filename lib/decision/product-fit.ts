// A product's fit rules read against the answers: the reasons for and against it that a score cannot
// carry (a platform to learn, an import wizard), and fit points that break exact ties within a family.
import type { FitCondition, FitRule } from "@/lib/knowledge/plan-schema";
import type { Answers } from "@/lib/questionnaire/answers";

export function conditionHolds(when: FitCondition, answers: Answers): boolean {
  if (when.guestOs && answers.guestOs !== when.guestOs) return false;
  if (when.licensing && answers.licensing !== when.licensing) return false;
  if (when.cloudPlatform && answers.cloudPlatform !== when.cloudPlatform) return false;
  if (when.currentPlatform && answers.currentPlatform !== when.currentPlatform) return false;
  if (when.scale && answers.scale !== when.scale) return false;
  if (when.budget && answers.budget !== when.budget) return false;
  if (when.workload && !answers.workloads.includes(when.workload)) return false;
  if (when.mustHave && !answers.mustHaves.includes(when.mustHave)) return false;
  if (when.teamSkill && !answers.teamSkills.includes(when.teamSkill)) return false;
  if (when.lacksTeamSkill && answers.teamSkills.includes(when.lacksTeamSkill)) return false;
  if (when.vdiBroker && (answers.vdiBroker !== when.vdiBroker || !answers.workloads.includes("vdi"))) return false;
  return true;
}

export interface Fit {
  /** The sum of the rules that hold: a tie-break between products of equal score, never a score. */
  points: number;
  /** Reasons for (positive rules) and against (negative rules), in rule order. */
  pros: string[];
  cons: string[];
}

export function assessFit(rules: readonly FitRule[], answers: Answers): Fit {
  const fit: Fit = { points: 0, pros: [], cons: [] };
  for (const rule of rules) {
    if (!conditionHolds(rule.when, answers)) continue;
    fit.points += rule.points;
    (rule.points >= 0 ? fit.pros : fit.cons).push(rule.reason);
  }
  return fit;
}
