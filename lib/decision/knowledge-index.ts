// Look-up tables over a knowledge base, built once per KB object so that scoring stays allocation-light.
// A KnowledgeBase is treated as immutable: build a new object to change it.
import type {
  BrokerSupport,
  Capability,
  Criterion,
  Hypervisor,
  KnowledgeContent,
  PlatformCapability,
  PlatformSupport,
  Rating,
} from "@/lib/knowledge/schema";
import { processValue } from "@/lib/process-state";
import { HYPERVISOR_IDS, type HypervisorId } from "@/lib/questionnaire/options";

export interface KnowledgeIndex {
  criteria: readonly Criterion[];
  criterionPosition: ReadonlyMap<string, number>;
  hypervisors: ReadonlyMap<HypervisorId, Hypervisor>;
  names: Readonly<Record<HypervisorId, string>>;
  ratings: ReadonlyMap<string, Rating>;
  support: ReadonlyMap<string, PlatformSupport>;
  capabilities: ReadonlyMap<string, Capability>;
  platformNames: ReadonlyMap<string, string>;
  brokerSupport: ReadonlyMap<string, BrokerSupport>;
  platformCapabilities: ReadonlyMap<string, PlatformCapability>;
}

const FALLBACK_NAMES: Record<HypervisorId, string> = {
  esxi: "VMware ESXi",
  "hyper-v": "Hyper-V",
  kvm: "KVM",
  xen: "Xen",
};

/** Per knowledge-base object, so it goes with it; one map per process (lib/process-state.ts). */
const indexes = () => processValue("knowledge-indexes", () => new WeakMap<KnowledgeContent, KnowledgeIndex>());

export const ratingKey = (hypervisor: string, criterion: string) => `${hypervisor}|${criterion}`;
export const supportKey = (platform: string, hypervisor: string) => `${platform}|${hypervisor}`;
export const capabilityKey = (hypervisor: string, mustHave: string) => `${hypervisor}|${mustHave}`;
export const brokerKey = (broker: string, hypervisor: string) => `${broker}|${hypervisor}`;
export const platformCapabilityKey = (platform: string, hypervisor: string, mustHave: string) =>
  `${platform}|${hypervisor}|${mustHave}`;

export function indexKnowledge(kb: KnowledgeContent): KnowledgeIndex {
  const cached = indexes().get(kb);
  if (cached) return cached;
  const names = { ...FALLBACK_NAMES };
  const hypervisors = new Map<HypervisorId, Hypervisor>();
  for (const h of kb.hypervisors) {
    hypervisors.set(h.id, h);
    names[h.id] = h.name;
  }
  const index: KnowledgeIndex = {
    criteria: kb.criteria,
    criterionPosition: new Map(kb.criteria.map((c, i) => [c.key, i])),
    hypervisors,
    names,
    ratings: new Map(kb.ratings.map((r) => [ratingKey(r.hypervisor, r.criterion), r])),
    support: new Map(kb.platformSupport.map((s) => [supportKey(s.platform, s.hypervisor), s])),
    capabilities: new Map(kb.capabilities.map((c) => [capabilityKey(c.hypervisor, c.mustHave), c])),
    platformNames: new Map(kb.platforms.map((p) => [p.id, p.name])),
    brokerSupport: new Map(kb.brokerSupport.map((b) => [brokerKey(b.broker, b.hypervisor), b])),
    platformCapabilities: new Map(
      kb.platformCapabilities.map((c) => [platformCapabilityKey(c.platform, c.hypervisor, c.mustHave), c]),
    ),
  };
  indexes().set(kb, index);
  return index;
}

export function positionOf(hypervisor: HypervisorId): number {
  return HYPERVISOR_IDS.indexOf(hypervisor);
}
