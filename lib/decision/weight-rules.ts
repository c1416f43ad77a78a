// The documented rules that turn answers into criterion weights (docs/method.md lists them).
// Each rule multiplies the weights of a few criteria; factors from several rules multiply.
import type { Answers } from "@/lib/questionnaire/answers";
import type { RuleCondition, WeightRule } from "./types";

/** Derived criteria start at 0 and take their default weight only when these hold. */
export const DERIVED_ACTIVATION: Readonly<Record<string, { label: string; isActive: (a: Answers) => boolean }>> = {
  "platform-fit": {
    label: "A cloud platform was chosen: how well it supports each hypervisor counts",
    isActive: (a) => a.cloudPlatform !== "on-premises",
  },
  "team-fit": {
    label: "A current platform or team skills were given: the move and the team's know-how count",
    isActive: (a) => a.currentPlatform !== "none" || a.teamSkills.length > 0,
  },
  "kubernetes-fit": {
    label:
      "Containers are a workload: how Kubernetes runs each hypervisor's VMs counts (on Kubernetes, platform fit says it)",
    isActive: (a) => a.workloads.includes("containers") && a.cloudPlatform !== "kubernetes",
  },
};

export const WEIGHT_RULES: readonly WeightRule[] = [
  {
    id: "guests-mostly-windows",
    label: "Mostly Windows guests: Windows-guest quality matters more",
    when: { guestOs: "mostly-windows" },
    effects: { "windows-guests": 3, "linux-guests": 0.5 },
  },
  {
    id: "guests-mostly-linux",
    label: "Mostly Linux guests: Linux-guest quality matters more",
    when: { guestOs: "mostly-linux" },
    effects: { "linux-guests": 3, "windows-guests": 0.5 },
  },
  {
    id: "guests-mixed",
    label: "Mixed guests: both Windows and Linux guest quality matter",
    when: { guestOs: "mixed" },
    effects: { "windows-guests": 1.5, "linux-guests": 1.5 },
  },
  {
    id: "licensing-open-source-required",
    label: "Open source required: openness and licence cost matter more",
    when: { licensing: "open-source-required" },
    effects: { openness: 2.5, "licence-cost": 1.5 },
  },
  {
    id: "licensing-open-source-preferred",
    label: "Open source preferred: openness matters more",
    when: { licensing: "open-source-preferred" },
    effects: { openness: 2.5 },
  },
  {
    id: "licensing-commercial-preferred",
    label: "Commercial product preferred: vendor support matters more, openness less",
    when: { licensing: "commercial-preferred" },
    effects: { "vendor-support": 2, openness: 0.5 },
  },
  {
    id: "budget-minimal",
    label: "Minimal budget: licence cost matters much more",
    when: { budget: "minimal" },
    effects: { "licence-cost": 3 },
  },
  {
    id: "budget-moderate",
    label: "Moderate budget: licence cost matters more",
    when: { budget: "moderate" },
    effects: { "licence-cost": 1.5 },
  },
  {
    id: "budget-flexible",
    label: "Flexible budget: licence cost matters less",
    when: { budget: "flexible" },
    effects: { "licence-cost": 0.5 },
  },
  {
    id: "scale-small",
    label: "Small estate (1–3 hosts): scalability matters less",
    when: { scale: "small" },
    effects: { scalability: 0.5 },
  },
  {
    id: "scale-large",
    label: "Large estate: scalability, availability and management matter more",
    when: { scale: "large" },
    effects: { scalability: 2, availability: 1.5, management: 1.5 },
  },
  {
    id: "current-platform-migration",
    label: "A hypervisor runs today: the cost and risk of migrating every VM matter more",
    when: { currentPlatformSet: true },
    effects: { "team-fit": 2 },
  },
  {
    id: "workload-vdi",
    label: "Virtual desktops: VDI support matters much more",
    when: { workload: "vdi" },
    effects: { vdi: 4 },
  },
  {
    id: "workload-hpc-gpu",
    label: "HPC or GPU work: GPU support and performance matter more",
    when: { workload: "hpc-gpu" },
    effects: { gpu: 4, performance: 2 },
  },
  {
    id: "workload-databases",
    label: "Databases: performance, availability and backup matter more",
    when: { workload: "databases" },
    effects: { performance: 1.5, availability: 1.3, backup: 1.3 },
  },
  {
    id: "workload-windows-apps",
    label: "Windows applications: Windows-guest quality matters more",
    when: { workload: "windows-apps" },
    effects: { "windows-guests": 1.5 },
  },
  {
    id: "workload-linux-apps",
    label: "Linux applications: Linux-guest quality matters more",
    when: { workload: "linux-apps" },
    effects: { "linux-guests": 1.5 },
  },
  {
    id: "workload-containers-on-kubernetes",
    label: "Containers on Kubernetes: how well the platform runs each hypervisor matters more",
    when: { workload: "containers", cloudPlatform: "kubernetes" },
    effects: { "platform-fit": 1.5 },
  },
  {
    id: "workload-dev-test",
    label: "Development and test: licence cost matters more, availability less",
    when: { workload: "dev-test" },
    effects: { "licence-cost": 1.3, availability: 0.7 },
  },
  {
    id: "workload-edge",
    label: "Edge sites: licence cost matters more, scalability less",
    when: { workload: "edge" },
    effects: { "licence-cost": 1.3, scalability: 0.5 },
  },
  {
    id: "must-have-live-migration",
    label: "Live migration is a must-have: availability matters more",
    when: { mustHave: "live-migration" },
    effects: { availability: 1.5 },
  },
  {
    id: "must-have-high-availability",
    label: "High availability is a must-have: availability matters more",
    when: { mustHave: "high-availability" },
    effects: { availability: 1.5 },
  },
  {
    id: "must-have-gpu-virtualization",
    label: "GPU virtualization is a must-have: GPU support matters more",
    when: { mustHave: "gpu-virtualization" },
    effects: { gpu: 2.5 },
  },
  {
    id: "must-have-confidential-computing",
    label: "Confidential computing is a must-have: it matters much more",
    when: { mustHave: "confidential-computing" },
    effects: { "confidential-computing": 3 },
  },
  {
    id: "must-have-vendor-support",
    label: "Vendor support is a must-have: its quality matters more",
    when: { mustHave: "vendor-support" },
    effects: { "vendor-support": 1.5 },
  },
  {
    id: "must-have-backup-ecosystem",
    label: "A backup ecosystem is a must-have: backup support matters more",
    when: { mustHave: "backup-ecosystem" },
    effects: { backup: 1.5 },
  },
];

/** Whether every condition of a rule holds for these answers. */
export function matchesRule(when: RuleCondition, a: Answers): boolean {
  if (when.guestOs !== undefined && a.guestOs !== when.guestOs) return false;
  if (when.licensing !== undefined && a.licensing !== when.licensing) return false;
  if (when.cloudPlatform !== undefined && a.cloudPlatform !== when.cloudPlatform) return false;
  if (when.currentPlatform !== undefined && a.currentPlatform !== when.currentPlatform) return false;
  if (when.currentPlatformSet !== undefined && (a.currentPlatform !== "none") !== when.currentPlatformSet) return false;
  if (when.scale !== undefined && a.scale !== when.scale) return false;
  if (when.budget !== undefined && a.budget !== when.budget) return false;
  if (when.workload !== undefined && !a.workloads.includes(when.workload)) return false;
  if (when.mustHave !== undefined && !a.mustHaves.includes(when.mustHave)) return false;
  if (when.teamSkill !== undefined && !a.teamSkills.includes(when.teamSkill)) return false;
  return true;
}

/** The answers a rule reads, in words, e.g. "workloads includes vdi". */
export function describeCondition(when: RuleCondition): string {
  const parts: string[] = [];
  for (const [field, value] of Object.entries(when)) {
    if (field === "currentPlatformSet") parts.push(value ? "currentPlatform is not none" : "currentPlatform is none");
    else if (field === "workload") parts.push(`workloads includes ${value}`);
    else if (field === "mustHave") parts.push(`mustHaves includes ${value}`);
    else if (field === "teamSkill") parts.push(`teamSkills includes ${value}`);
    else parts.push(`${field} is ${value}`);
  }
  return parts.join(" and ");
}
