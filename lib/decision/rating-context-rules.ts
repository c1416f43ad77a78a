// Ratings that depend on the situation. The knowledge base holds one rating per hypervisor and
// criterion; a few facts change that rating for some answers. Each rule only ever raises a rating
// to a floor (never lowers it), so a better knowledge-base rating can never make a score worse.
import type { Answers } from "@/lib/questionnaire/answers";
import type { HypervisorId } from "@/lib/questionnaire/options";
import type { RuleCondition } from "./types";
import { matchesRule } from "./weight-rules";

export interface RatingContextRule {
  id: string;
  when: RuleCondition;
  hypervisor: HypervisorId;
  criterion: string;
  /** The rating is raised to at least this value when the rule applies. */
  floor: number;
  /** Why, in plain words; shown before the knowledge base's own rationale. */
  rationale: string;
}

export const RATING_CONTEXT_RULES: readonly RatingContextRule[] = [
  {
    id: "windows-datacenter-includes-hyper-v",
    when: { guestOs: "mostly-windows" },
    hypervisor: "hyper-v",
    criterion: "licence-cost",
    floor: 8,
    rationale:
      "Mostly Windows guests: Windows Server is licensed per host core whichever hypervisor runs the guests, and the Datacenter edition that covers unlimited Windows VMs includes the Hyper-V role, so Hyper-V adds little licence cost here.",
  },
];

export function applicableContextRule(
  answers: Answers,
  hypervisor: HypervisorId,
  criterion: string,
): RatingContextRule | undefined {
  return RATING_CONTEXT_RULES.find(
    (rule) => rule.hypervisor === hypervisor && rule.criterion === criterion && matchesRule(rule.when, answers),
  );
}
