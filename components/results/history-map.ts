// Which knowledge-base history events matter for a given result, and why. Kept small on purpose:
// only events that change how a reader should weigh this particular recommendation.
import type { Evaluation } from "@/lib/decision";
import type { Answers } from "@/lib/questionnaire/answers";

export type RelevantEvent = { key: string; because: string };

const PLATFORM_EVENTS: Partial<Record<Answers["cloudPlatform"], RelevantEvent[]>> = {
  aws: [{ key: "aws-nitro-kvm", because: "you chose AWS" }],
  "google-cloud": [{ key: "google-compute-engine-kvm", because: "you chose Google Cloud" }],
  "oracle-cloud": [{ key: "oracle-vm-to-olvm", because: "you chose Oracle Cloud" }],
  openstack: [{ key: "openstack-drops-drivers", because: "you chose OpenStack" }],
  cloudstack: [{ key: "cloudstack-to-apache", because: "you chose Apache CloudStack" }],
};

export function selectHistory(answers: Answers, evaluation: Evaluation): RelevantEvent[] {
  const picked: RelevantEvent[] = [...(PLATFORM_EVENTS[answers.cloudPlatform] ?? [])];
  const top2 = evaluation.ranking.slice(0, 2).map((e) => e.hypervisor);
  const xen = evaluation.ranking.find((e) => e.hypervisor === "xen");

  if (top2.includes("esxi")) picked.push({ key: "broadcom-buys-vmware", because: "VMware ESXi is in the top two" });
  if (answers.currentPlatform === "esxi") {
    picked.push({ key: "broadcom-buys-vmware", because: "you run VMware today" });
    picked.push({ key: "vmware-exit", because: "you run VMware today" });
  }
  // A platform that rules Xen out already explains itself; these matter when Xen is still a candidate.
  if (xen?.eligible && answers.cloudPlatform !== "on-premises") {
    picked.push({ key: "aws-nitro-kvm", because: "Xen is a candidate and you chose a cloud platform" });
    picked.push({ key: "oracle-vm-to-olvm", because: "Xen is a candidate and you chose a cloud platform" });
  }
  if ((xen?.eligible && top2.includes("xen")) || answers.currentPlatform === "xen") {
    picked.push({
      key: "xenserver-and-xcp-ng",
      because: answers.currentPlatform === "xen" ? "you run Xen today" : "Xen is in the top two",
    });
  }
  const seen = new Set<string>();
  return picked.filter((e) => (seen.has(e.key) ? false : (seen.add(e.key), true)));
}
