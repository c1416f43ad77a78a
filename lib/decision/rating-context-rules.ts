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

/**
 * Windows guests need Windows Server licences for every physical core of the hosts they run on,
 * whichever hypervisor runs them (Datacenter: unlimited Windows VMs; Standard: two per full
 * licensing of the host), and Datacenter includes the Hyper-V role. So where Windows guests run,
 * Hyper-V's own licence cost is mostly already paid: fully with mostly-Windows guests, on the
 * Windows hosts of a mixed estate (its Linux-only hosts would carry a licence another hypervisor
 * does not need). Azure Local is billed per core on top, as its own product rating says; these
 * floors are for Windows Server Hyper-V. The other families' ratings are unchanged: the Windows
 * licences are a cost every option carries, which the plan's cost table shows line by line.
 */
const WINDOWS_LICENSING =
  "Windows guests need Windows Server licences for every physical core of the hosts they run on, whichever hypervisor runs them, and the Datacenter edition (unlimited Windows VMs) includes the Hyper-V role";

export const RATING_CONTEXT_RULES: readonly RatingContextRule[] = [
  {
    id: "windows-datacenter-includes-hyper-v",
    when: { guestOs: "mostly-windows" },
    hypervisor: "hyper-v",
    criterion: "licence-cost",
    floor: 9,
    rationale: `Mostly Windows guests: ${WINDOWS_LICENSING}, so Windows Server Hyper-V adds no licence of its own here (System Center and Azure Local's per-core fee would).`,
  },
  {
    id: "windows-guests-mixed",
    when: { guestOs: "mixed" },
    hypervisor: "hyper-v",
    criterion: "licence-cost",
    floor: 7,
    rationale: `Mixed guests: ${WINDOWS_LICENSING}, so Hyper-V adds nothing on the hosts that run Windows; hosts that run only Linux would still need a Windows Server licence under Hyper-V that another hypervisor does not.`,
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
