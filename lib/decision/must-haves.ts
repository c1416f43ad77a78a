// Whether a family meets one of the team's must-haves, judged on the team's platform. On a public
// cloud or a managed service the platform decides (Azure's confidential VMs run on its Hyper-V-based
// hypervisor; AWS Backup protects EC2 whatever the guest): a platform fact, where the knowledge base
// has one, replaces the family's own capability. Both are knowledge-base data with sources.
import type { Source } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import type { CloudPlatform, HypervisorId, MustHave } from "@/lib/questionnaire/options";
import { capabilityKey, platformCapabilityKey, type KnowledgeIndex } from "./knowledge-index";

export interface MustHaveCheck {
  mustHave: MustHave;
  met: boolean;
  note: string;
  sources: Source[];
  asOf: string;
  /** The platform whose own fact decided it; null when the family's capability did. */
  platform: CloudPlatform | null;
}

export function checkMustHave(
  index: KnowledgeIndex,
  platform: CloudPlatform,
  hypervisor: HypervisorId,
  mustHave: MustHave,
): MustHaveCheck | null {
  const onPlatform = index.platformCapabilities.get(platformCapabilityKey(platform, hypervisor, mustHave));
  if (onPlatform) {
    const { met, note, sources, asOf } = onPlatform;
    return { mustHave, met, note, sources, asOf, platform };
  }
  const own = index.capabilities.get(capabilityKey(hypervisor, mustHave));
  if (!own) return null;
  const { met, note, sources, asOf } = own;
  return { mustHave, met, note, sources, asOf, platform: null };
}

/** Every must-have the team named, as this family meets it or not on the team's platform. */
export function checkMustHaves(index: KnowledgeIndex, answers: Answers, hypervisor: HypervisorId): MustHaveCheck[] {
  const checks: MustHaveCheck[] = [];
  for (const mustHave of answers.mustHaves) {
    const check = checkMustHave(index, answers.cloudPlatform, hypervisor, mustHave);
    if (check) checks.push(check);
  }
  return checks;
}
