// The public vocabulary of the answers contract (v1, ../shared/QUESTIONNAIRE.md). These ids are
// relied on by API clients, saved recommendations and share links: never rename or remove one.

export const HYPERVISOR_IDS = ["esxi", "hyper-v", "kvm", "xen"] as const;
export type HypervisorId = (typeof HYPERVISOR_IDS)[number];

export const WORKLOADS = [
  "general-server",
  "windows-apps",
  "linux-apps",
  "vdi",
  "databases",
  "hpc-gpu",
  "dev-test",
  "containers",
  "edge",
] as const;
export type Workload = (typeof WORKLOADS)[number];

export const GUEST_OS = ["mostly-windows", "mostly-linux", "mixed"] as const;
export type GuestOs = (typeof GUEST_OS)[number];

export const LICENSING = [
  "open-source-required",
  "open-source-preferred",
  "no-preference",
  "commercial-preferred",
] as const;
export type Licensing = (typeof LICENSING)[number];

export const CLOUD_PLATFORMS = [
  "on-premises",
  "openstack",
  "cloudstack",
  "opennebula",
  "kubernetes",
  "aws",
  "azure",
  "google-cloud",
  "oracle-cloud",
  "vmware-hybrid",
] as const;
export type CloudPlatform = (typeof CLOUD_PLATFORMS)[number];

export const CURRENT_PLATFORMS = ["none", ...HYPERVISOR_IDS] as const;
export type CurrentPlatform = (typeof CURRENT_PLATFORMS)[number];

export const SCALES = ["small", "medium", "large"] as const;
export type Scale = (typeof SCALES)[number];

export const BUDGETS = ["minimal", "moderate", "flexible"] as const;
export type Budget = (typeof BUDGETS)[number];

export const MUST_HAVES = [
  "live-migration",
  "high-availability",
  "gpu-virtualization",
  "confidential-computing",
  "vendor-support",
  "backup-ecosystem",
] as const;
export type MustHave = (typeof MUST_HAVES)[number];

export const TEAM_SKILLS = ["windows", "linux", "vmware", "automation"] as const;
export type TeamSkill = (typeof TEAM_SKILLS)[number];

/** The desktop broker an estate runs (contract "Additions to v1"); asked only when desktops are a workload. */
export const VDI_BROKERS = ["citrix", "horizon", "avd", "other", "none"] as const;
export type VdiBroker = (typeof VDI_BROKERS)[number];
/** The brokers whose platform support the knowledge base states (other and none constrain nothing). */
export const KNOWN_VDI_BROKERS = ["citrix", "horizon", "avd"] as const;
export type KnownVdiBroker = (typeof KNOWN_VDI_BROKERS)[number];
