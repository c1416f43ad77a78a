// The VDI broker an estate runs decides the platform more than any rating: Citrix, Omnissa Horizon
// and Azure Virtual Desktop each support some hypervisor families (and, within a family, some
// products; and, for Azure Virtual Desktop, some platforms). What each supports is knowledge-base
// data (`brokerSupport`); these functions read it for one set of answers.
import type { BrokerSupport } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import { KNOWN_VDI_BROKERS, type HypervisorId, type KnownVdiBroker } from "@/lib/questionnaire/options";
import { brokerKey, type KnowledgeIndex } from "./knowledge-index";

export const BROKER_NAMES: Record<KnownVdiBroker, string> = {
  citrix: "Citrix Virtual Apps and Desktops",
  horizon: "Omnissa Horizon",
  avd: "Azure Virtual Desktop",
};

/** The broker whose support matters: desktops are a workload and the broker is one the knowledge base knows. */
export function brokerInPlay(answers: Answers): KnownVdiBroker | null {
  const broker = answers.vdiBroker;
  if (!answers.workloads.includes("vdi") || !broker) return null;
  return (KNOWN_VDI_BROKERS as readonly string[]).includes(broker) ? (broker as KnownVdiBroker) : null;
}

export type BrokerVerdict = { support: BrokerSupport; broker: KnownVdiBroker; fits: boolean };

/** What the knowledge base says about the team's broker on this family, on the team's platform. */
export function brokerVerdict(index: KnowledgeIndex, answers: Answers, hypervisor: HypervisorId): BrokerVerdict | null {
  const broker = brokerInPlay(answers);
  if (!broker) return null;
  const support = index.brokerSupport.get(brokerKey(broker, hypervisor));
  if (!support) return null;
  const onPlatform = !support.platforms || support.platforms.includes(answers.cloudPlatform);
  return { support, broker, fits: support.supported && onPlatform };
}

/** The products of a family the team's broker supports, when the knowledge base limits them; else null. */
export function brokerProducts(
  index: KnowledgeIndex,
  answers: Answers,
  hypervisor: HypervisorId,
): { products: readonly string[]; note: string; broker: KnownVdiBroker } | null {
  const verdict = brokerVerdict(index, answers, hypervisor);
  const support = verdict?.support;
  return support?.supported && support.products
    ? { products: support.products, note: support.note, broker: verdict!.broker }
    : null;
}
