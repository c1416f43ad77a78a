// How hard a move to each hypervisor is for this team: the documented team-fit table (docs/method.md).
import type { Source } from "@/lib/knowledge/schema";
import type { HypervisorId, TeamSkill } from "@/lib/questionnaire/options";

/** Staying on the hypervisor the team runs today: no migration at all. */
export const TEAM_FIT_STAY = 10;
/** No current platform: nothing to migrate, but a platform to learn. */
export const TEAM_FIT_GREENFIELD_BASE = 5;
/** Moving every VM off the current hypervisor is real work before any skill helps. */
export const TEAM_FIT_MIGRATION_BASE = 2;

export interface SkillLift {
  skill: TeamSkill;
  lifts: Partial<Record<HypervisorId, number>>;
  why: string;
}

export const TEAM_SKILL_LIFTS: readonly SkillLift[] = [
  { skill: "vmware", lifts: { esxi: 3 }, why: "VMware skills carry straight over to ESXi and vCenter" },
  {
    skill: "windows",
    lifts: { "hyper-v": 3 },
    why: "Windows Server skills carry over to Hyper-V, SCVMM and failover clustering",
  },
  {
    skill: "linux",
    lifts: { kvm: 3, xen: 2 },
    why: "Linux skills carry over to KVM (part of the kernel) and, less directly, to Xen's Linux control domain",
  },
  {
    skill: "automation",
    lifts: { esxi: 1, "hyper-v": 1, kvm: 1, xen: 1 },
    why: "an automating team moves more easily to any platform with an API (PowerCLI, PowerShell, libvirt, XAPI)",
  },
];

const VIRT_V2V: Source = {
  title: "virt-v2v(1): convert a guest to use KVM",
  url: "https://libguestfs.org/virt-v2v.1.html",
  publisher: "libguestfs",
};
const PROXMOX_MIGRATE: Source = {
  title: "Migrate to Proxmox VE",
  url: "https://pve.proxmox.com/wiki/Migrate_to_Proxmox_VE",
  publisher: "Proxmox",
};
const CLOUDSTACK_IMPORT: Source = {
  title: "Importing VMware virtual machines into KVM",
  url: "https://docs.cloudstack.apache.org/en/latest/adminguide/virtual_machines/importing_vmware_vms_into_kvm.html",
  publisher: "Apache CloudStack",
};
const SCVMM_CONVERT: Source = {
  title: "Convert a VMware VM to Hyper-V in the VMM fabric",
  url: "https://learn.microsoft.com/en-us/system-center/vmm/vm-convert-vmware?view=sc-vmm-2025",
  publisher: "Microsoft",
};
const XCPNG_MIGRATE: Source = {
  title: "Migrate to XCP-ng",
  url: "https://docs.xcp-ng.org/installation/migrate-to-xcp-ng/",
  publisher: "XCP-ng",
};

export interface MigrationPath {
  from: HypervisorId;
  to: HypervisorId;
  lift: number;
  why: string;
  sources: Source[];
}

/** Moves with mature conversion tooling are easier than a generic export and re-import. */
export const MIGRATION_PATHS: readonly MigrationPath[] = [
  {
    from: "esxi",
    to: "kvm",
    lift: 2,
    why: "VMware-to-KVM conversion is well tooled (virt-v2v, the Proxmox VE import wizard, CloudStack's VMware-to-KVM import)",
    sources: [VIRT_V2V, PROXMOX_MIGRATE, CLOUDSTACK_IMPORT],
  },
  {
    from: "esxi",
    to: "hyper-v",
    lift: 1,
    why: "System Center Virtual Machine Manager converts VMware VMs to Hyper-V",
    sources: [SCVMM_CONVERT],
  },
  { from: "xen", to: "kvm", lift: 1, why: "virt-v2v converts Xen guests to KVM", sources: [VIRT_V2V] },
  { from: "hyper-v", to: "kvm", lift: 1, why: "virt-v2v converts Hyper-V guests to KVM", sources: [VIRT_V2V] },
  {
    from: "esxi",
    to: "xen",
    lift: 1,
    why: "Xen Orchestra's V2V tool imports VMware VMs into XCP-ng",
    sources: [XCPNG_MIGRATE],
  },
];

/** Cited when no specific path applies: the general effort of moving between hypervisors. */
export const TEAM_FIT_GENERAL_SOURCES: readonly Source[] = [VIRT_V2V, XCPNG_MIGRATE];
