// Ratings the engine computes from the answers rather than reads from the KB: platform-fit and team-fit.
import type { Source, SupportLevel } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import type { HypervisorId } from "@/lib/questionnaire/options";
import { supportKey, type KnowledgeIndex } from "./knowledge-index";
import {
  MIGRATION_PATHS,
  TEAM_FIT_GENERAL_SOURCES,
  TEAM_FIT_GREENFIELD_BASE,
  TEAM_FIT_MIGRATION_BASE,
  TEAM_FIT_STAY,
  TEAM_SKILL_LIFTS,
} from "./team-fit-rules";
import type { RatingBasis } from "./types";

export interface DerivedRating {
  rating: number;
  rationale: string;
  sources: Source[];
  asOf: string | null;
  /** Set for a licence-cost rating from an estate's cost (types.ts, Contribution.basis). */
  basis?: RatingBasis;
}

export const SUPPORT_LEVEL_RATING: Readonly<Record<SupportLevel, number>> = {
  native: 10,
  supported: 7,
  limited: 3,
  none: 0,
};

/**
 * How Kubernetes runs this family's VMs, for a team that runs containers: the platform-support fact
 * for the `kubernetes` platform, read whatever platform the team chose (on Kubernetes itself,
 * platform-fit already counts it, so the activation rule leaves this criterion out there).
 */
export function rateKubernetesFit(index: KnowledgeIndex, hypervisor: HypervisorId): DerivedRating {
  const support = index.support.get(supportKey(KUBERNETES, hypervisor));
  if (!support)
    return { rating: 0, rationale: "No Kubernetes support for this hypervisor is recorded.", sources: [], asOf: null };
  return {
    rating: SUPPORT_LEVEL_RATING[support.level],
    rationale: `VMs next to containers on Kubernetes: ${support.level} — ${support.note}`,
    sources: support.sources,
    asOf: support.asOf,
  };
}

const KUBERNETES = "kubernetes";

export function ratePlatformFit(index: KnowledgeIndex, answers: Answers, hypervisor: HypervisorId): DerivedRating {
  const platform = answers.cloudPlatform;
  const platformName = index.platformNames.get(platform) ?? platform;
  const support = index.support.get(supportKey(platform, hypervisor));
  if (support) {
    return {
      rating: SUPPORT_LEVEL_RATING[support.level],
      rationale: `${platformName}: ${support.level} — ${support.note}`,
      sources: support.sources,
      asOf: support.asOf,
    };
  }
  if (platform === "on-premises") {
    // Every hypervisor runs its own cluster; without a cloud stack there is nothing to fit.
    return {
      rating: 10,
      rationale: "On-premises cluster without a cloud stack: every hypervisor fits.",
      sources: [],
      asOf: null,
    };
  }
  return {
    rating: 0,
    rationale: `${platformName}: no support for this hypervisor is recorded.`,
    sources: [],
    asOf: null,
  };
}

/** The knowledge base's migration path for this move, when it has one (older versions have none). */
export type TeamFitPath = { lift: number; tools: { name: string }[]; sources: Source[] };

export function rateTeamFit(
  index: KnowledgeIndex,
  answers: Answers,
  hypervisor: HypervisorId,
  kbPath?: TeamFitPath,
): DerivedRating {
  const name = index.names[hypervisor];
  const current = answers.currentPlatform;
  if (current === hypervisor) {
    return {
      rating: TEAM_FIT_STAY,
      rationale: `The team already runs ${name}: no migration and no new platform to learn.`,
      sources: [...TEAM_FIT_GENERAL_SOURCES],
      asOf: null,
    };
  }
  let rating = current === "none" ? TEAM_FIT_GREENFIELD_BASE : TEAM_FIT_MIGRATION_BASE;
  const why: string[] = [
    current === "none"
      ? `No current platform: nothing to migrate, but ${name} is to be learned`
      : `Moving from ${index.names[current]} to ${name} means converting every VM`,
  ];
  const sources: Source[] = [...TEAM_FIT_GENERAL_SOURCES];
  const path = kbPath
    ? kbPath.lift > 0
      ? {
          lift: kbPath.lift,
          why: `the move is well tooled (${kbPath.tools.map((t) => t.name).join(", ")})`,
          sources: kbPath.sources,
        }
      : null
    : MIGRATION_PATHS.find((p) => p.from === current && p.to === hypervisor);
  if (path) {
    rating += path.lift;
    why.push(path.why);
    for (const s of path.sources) if (!sources.some((x) => x.url === s.url)) sources.push(s);
  }
  for (const lift of TEAM_SKILL_LIFTS) {
    const amount = lift.lifts[hypervisor];
    if (amount && answers.teamSkills.includes(lift.skill)) {
      rating += amount;
      why.push(lift.why);
    }
  }
  // Below staying put: a move, however well tooled, is never as cheap as no move.
  rating = Math.min(rating, TEAM_FIT_STAY - 1);
  return { rating, rationale: `${why.join("; ")}.`, sources, asOf: null };
}

export function rateDerivedCriterion(
  key: string,
  index: KnowledgeIndex,
  answers: Answers,
  hypervisor: HypervisorId,
  teamFitPath?: TeamFitPath,
): DerivedRating {
  if (key === "platform-fit") return ratePlatformFit(index, answers, hypervisor);
  if (key === "team-fit") return rateTeamFit(index, answers, hypervisor, teamFitPath);
  if (key === "kubernetes-fit") return rateKubernetesFit(index, hypervisor);
  return { rating: 0, rationale: "The engine has no rule for this derived criterion.", sources: [], asOf: null };
}
