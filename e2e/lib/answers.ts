// Answers several specs share, as objects (results.spec.ts keeps the same situations as URLs).
import type { Answers } from "../../lib/questionnaire/answers";

/** A large vSphere estate with vendor support and every infrastructure must-have. */
export const VSPHERE: Answers = {
  workloads: ["general-server", "databases", "vdi"],
  guestOs: "mixed",
  licensing: "commercial-preferred",
  cloudPlatform: "on-premises",
  currentPlatform: "esxi",
  scale: "large",
  budget: "flexible",
  mustHaves: ["live-migration", "high-availability", "gpu-virtualization", "vendor-support"],
  teamSkills: ["vmware"],
};

/** Forty dual-socket hosts of 16 cores running 800 VMs, 300 of them Windows. */
export const ESTATE = { hosts: 40, socketsPerHost: 2, coresPerSocket: 16, vms: 800, windowsVms: 300 };
