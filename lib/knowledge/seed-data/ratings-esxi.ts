// Ratings of VMware ESXi (vSphere) on the 14 rated criteria, on the shared absolute 0–10 scale.
import type { Rating } from "@/lib/knowledge/schema";
import * as S from "./sources";

export const esxiRatings: Rating[] = [
  {
    hypervisor: "esxi",
    criterion: "licence-cost",
    score: 2,
    rationale:
      "Broadcom sells vSphere only as per-core subscriptions, mostly bundled as VCF or VVF, with a 16-core minimum per CPU and no perpetual licences; customers report large renewal increases. The free vSphere Hypervisor 8 (since ESXi 8.0 U3e) has no vCenter and is not supported by Veeam, so it does not suit production clusters.",
    sources: [S.VMWARE_PER_CORE_LICENSING, S.ESXI_80U3E_NOTES, S.VEEAM_PLATFORMS],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "esxi",
    criterion: "openness",
    score: 2,
    rationale:
      "Closed source from a single vendor, sold through a reduced partner channel. VMDK and OVF formats are widely readable and several platforms (CloudStack, OpenNebula, Proxmox VE) offer import tools, which eases an exit somewhat.",
    sources: [S.VMWARE_PER_CORE_LICENSING, S.CLOUDSTACK_4_22_1, S.OPENNEBULA_7_COMPAT],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "esxi",
    criterion: "windows-guests",
    score: 9,
    rationale:
      "Windows and Windows Server guests are fully supported with VMware Tools and paravirtual drivers, and ESXi is the reference platform for many Windows application vendors. Hyper-V integrates more deeply with Windows, so ESXi rates just below it.",
    sources: [S.VSPHERE_8_DOCS, S.VEEAM_PLATFORMS],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "esxi",
    criterion: "linux-guests",
    score: 8,
    rationale:
      "Major Linux distributions run well with open-vm-tools and in-kernel vmxnet3/pvscsi drivers and are supported by their vendors on vSphere. KVM is the native hypervisor of Linux and rates higher.",
    sources: [S.VSPHERE_8_DOCS, S.VEEAM_PLATFORMS],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "esxi",
    criterion: "vdi",
    score: 9,
    rationale:
      "vSphere is the most established base for on-premises VDI: Omnissa Horizon (formerly VMware Horizon, now a separate company) is built for it, and NVIDIA vGPU supports virtual desktops and workstations on vSphere with the widest feature set.",
    sources: [S.OMNISSA, S.NVIDIA_VGPU_MATRIX],
    asOf: "2026-09-30",
  },
  {
    hypervisor: "esxi",
    criterion: "gpu",
    score: 10,
    rationale:
      "NVIDIA's vGPU knowledge base lists vSphere 9.0 with all 9 of its vGPU features, including live migration (vMotion) of vGPU VMs and MIG-backed vGPU: the widest support of any hypervisor.",
    sources: [S.NVIDIA_VGPU_FEATURES, S.NVIDIA_VGPU_MATRIX],
    asOf: "2025-10-17",
  },
  {
    hypervisor: "esxi",
    criterion: "confidential-computing",
    score: 7,
    rationale:
      "vSphere has supported AMD SEV-ES since 7.0 Update 1; VCF/VVF 9.0 adds AMD SEV-SNP and Intel TDX confidential VMs (virtual hardware 22). Features such as vMotion have been restricted for encrypted-state VMs, so check the limits for your version.",
    sources: [S.VSPHERE_SEV_ES_BLOG, S.LENOVO_SEV_SNP_ESXI9, S.VCF9_VIRTUAL_HARDWARE_22],
    asOf: "2026-01-05",
  },
  {
    hypervisor: "esxi",
    criterion: "availability",
    score: 10,
    rationale:
      "vMotion and Storage vMotion, vSphere HA and DRS load balancing are built in and mature. They need vCenter and a paid subscription; they are not available with the free vSphere Hypervisor.",
    sources: [S.VSPHERE_8_DOCS],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "esxi",
    criterion: "management",
    score: 10,
    rationale:
      "vCenter gives one management plane for hosts, clusters, storage and networking, with a broad API, PowerCLI and a large third-party integration ecosystem.",
    sources: [S.VSPHERE_8_DOCS],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "esxi",
    criterion: "backup",
    score: 10,
    rationale:
      "vSphere is the best-supported platform for backup: Veeam Backup & Replication 13 supports vSphere 7 to 9 and the hosted VMware clouds (AVS, GCVE, OCVS, VMware Cloud on AWS), and nearly every backup vendor uses the vSphere storage APIs. Free ESXi is excluded.",
    sources: [S.VEEAM_PLATFORMS],
    asOf: "2026-02-12",
  },
  {
    hypervisor: "esxi",
    criterion: "scalability",
    score: 10,
    rationale:
      "Virtual hardware version 22 in vSphere/VCF 9.0 allows up to 960 vCPUs per VM, and vSphere clusters scale to large host counts under one vCenter.",
    sources: [S.VCF9_VIRTUAL_HARDWARE_22, S.VSPHERE_8_DOCS],
    asOf: "2026-06-30",
  },
  {
    hypervisor: "esxi",
    criterion: "performance",
    score: 8,
    rationale:
      "Mature scheduler and paravirtual I/O give low overhead. Newer comparisons agree that the differences are small and workload-specific: Algarni et al. (2018; Xen, KVM, Proxmox VE) found KVM ahead on most measures and Xen on file-system and application tests, and the four-way Hwang et al. (2013) study found no hypervisor always wins. So performance carries a low default weight.",
    sources: [S.HWANG_2013, S.ALGARNI_2018],
    asOf: "2018-04-01",
  },
  {
    hypervisor: "esxi",
    criterion: "vendor-support",
    score: 8,
    rationale:
      "Broadcom provides 24x7 support with subscriptions and vSphere has the broadest hardware and application certification. Under VMware's lifecycle policy (5 years of general support, 2 of technical guidance), vSphere/ESXi 8 general support ends 2027-10-11 and technical guidance 2029-10-11, so an estate on 8 plans its move to 9 within the horizon; vSphere 7's general support ended in 2025. Customer and partner reports since 2024 describe a reduced partner channel and direct sales, which lowers the rating from the top.",
    sources: [S.VMWARE_PER_CORE_LICENSING, S.BROADCOM_LIFECYCLE, S.GARTNER_35_PERCENT],
    asOf: "2026-12-01",
  },
  {
    hypervisor: "esxi",
    criterion: "momentum",
    score: 3,
    rationale:
      "Still the largest installed base, but Gartner (Julia Palmer, September 2025) expects 35% of VMware workloads to move to other platforms by 2028, and a 2025 CloudBolt survey reported 86% of respondents reducing their VMware footprint. Price and programme changes since the Broadcom acquisition are the main vendor risk.",
    sources: [S.GARTNER_35_PERCENT, S.CLOUDBOLT_SURVEY_2025],
    asOf: "2025-09-13",
  },
];
