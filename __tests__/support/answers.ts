// The answer sets the integration tests, the browser specs and the benchmarks share, each named for
// the team it describes. Typed as the contract's Answers, so a contract change breaks them here, once.
// Each call returns a fresh copy: a test may change its answers without touching another's.
import type { Answers } from "@/lib/questionnaire/answers";

const sets = {
  /** Linux applications on OpenStack, open source required: KVM's home ground. */
  linuxOnOpenStack: {
    workloads: ["linux-apps"],
    guestOs: "mostly-linux",
    licensing: "open-source-required",
    cloudPlatform: "openstack",
    currentPlatform: "none",
    scale: "medium",
    budget: "moderate",
    mustHaves: [],
    teamSkills: ["linux"],
  },
  /** Linux on premises on a minimal budget, open source preferred (not required). */
  linuxOnPremises: {
    workloads: ["linux-apps"],
    guestOs: "mostly-linux",
    licensing: "open-source-preferred",
    cloudPlatform: "on-premises",
    currentPlatform: "none",
    scale: "medium",
    budget: "minimal",
    mustHaves: [],
    teamSkills: ["linux"],
  },
  /** General servers and Linux apps on premises, no licensing preference. */
  generalOnPremises: {
    workloads: ["general-server", "linux-apps"],
    guestOs: "mostly-linux",
    licensing: "no-preference",
    cloudPlatform: "on-premises",
    currentPlatform: "none",
    scale: "medium",
    budget: "moderate",
    mustHaves: [],
    teamSkills: ["linux"],
  },
  /** Windows applications on Azure, on Hyper-V today. */
  windowsOnAzure: {
    workloads: ["windows-apps"],
    guestOs: "mostly-windows",
    licensing: "no-preference",
    cloudPlatform: "azure",
    currentPlatform: "hyper-v",
    scale: "medium",
    budget: "moderate",
    mustHaves: [],
    teamSkills: ["windows"],
  },
  /** A vSphere shop with mixed guests that needs live migration and HA (the plan's worked example). */
  vsphereShop: {
    workloads: ["general-server", "windows-apps"],
    guestOs: "mixed",
    licensing: "no-preference",
    cloudPlatform: "on-premises",
    currentPlatform: "esxi",
    scale: "medium",
    budget: "moderate",
    mustHaves: ["live-migration", "high-availability"],
    teamSkills: ["vmware"],
  },
} satisfies Record<string, Answers>;

export type AnswerSet = keyof typeof sets;

/** A fresh copy of a named answer set, with `changes` on top. */
export function answers(name: AnswerSet, changes: Partial<Answers> = {}): Answers {
  return { ...(JSON.parse(JSON.stringify(sets[name])) as Answers), ...changes }; // (jsdom has no structuredClone)
}
