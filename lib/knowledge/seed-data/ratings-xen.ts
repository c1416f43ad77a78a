// Ratings of Xen (Xen Project, XenServer, XCP-ng) on the 14 rated criteria, on the shared absolute 0–10 scale.
import type { Rating } from "@/lib/knowledge/schema";
import * as S from "./sources";

export const xenRatings: Rating[] = [
  {
    hypervisor: "xen",
    criterion: "licence-cost",
    score: 8,
    rationale:
      "Xen and XCP-ng are free and open source, with optional paid support from Vates; Xen Orchestra's full feature set is part of Vates' paid plans. XenServer 8.4 Premium is bought on its own or comes as an entitlement of Citrix for Private Cloud, Universal Hybrid Multi-Cloud, Universal MSP and Platform License subscriptions; the Standard edition is no longer sold, and a trial covers 3 hosts for 90 days.",
    sources: [S.XCP_NG, S.XEN_ORCHESTRA_DOCS, S.XENSERVER_LICENSING],
    asOf: "2026-12-01",
  },
  {
    hypervisor: "xen",
    criterion: "openness",
    score: 9,
    rationale:
      "Xen is GPLv2 under the Linux Foundation's Xen Project and XCP-ng is fully open source. Fewer vendors ship it than KVM, so the choice of suppliers is narrower.",
    sources: [S.XEN_PROJECT, S.XCP_NG_GITHUB],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "xen",
    criterion: "windows-guests",
    score: 7,
    rationale:
      "Windows guests run as HVM VMs with paravirtual drivers from XenServer VM Tools or XCP-ng's open drivers. Supported and usable, but with less vendor certification than on ESXi or Hyper-V. The driver situation was last reviewed in 2024.",
    sources: [S.XENSERVER_8_DOCS, S.XCP_NG],
    asOf: "2024-08-30",
  },
  {
    hypervisor: "xen",
    criterion: "linux-guests",
    score: 8,
    rationale:
      "Xen guest support (PV drivers, PVH and HVM) has been in the mainline Linux kernel for years, and XenServer documents the supported distributions. XenServer notes that RHEL 8 and derivatives support at most 32 vCPUs on it.",
    sources: [S.XENSERVER_8_LIMITS, S.XEN_PROJECT],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "xen",
    criterion: "vdi",
    score: 7,
    rationale:
      "Citrix Virtual Apps and Desktops supports XenServer, and XenServer Premium is an entitlement of several Citrix subscriptions, so a Citrix estate may already own it; vGPU is Premium-only. Outside the Citrix stack, VDI options on XCP-ng are limited.",
    sources: [S.CITRIX_HOSTS, S.XENSERVER_LICENSING, S.NVIDIA_VGPU_FEATURES],
    asOf: "2026-12-01",
  },
  {
    hypervisor: "xen",
    criterion: "gpu",
    score: 6.5,
    rationale:
      "NVIDIA's vGPU knowledge base lists XenServer 8.4 with 6 of its 9 vGPU features, including live migration of vGPU VMs, and vGPU is a XenServer Premium feature. XCP-ng is not in NVIDIA's matrix, so vGPU there is not vendor-supported.",
    sources: [S.NVIDIA_VGPU_FEATURES, S.NVIDIA_VGPU_MATRIX, S.XENSERVER_8_LIMITS],
    asOf: "2025-10-17",
  },
  {
    hypervisor: "xen",
    criterion: "confidential-computing",
    score: 3,
    rationale:
      "We found no AMD SEV-SNP or Intel TDX confidential-VM support in Xen, XenServer or XCP-ng. Xen's small hypervisor and domain separation give strong conventional isolation (Qubes OS is built on it), which earns partial credit.",
    sources: [S.XEN_PROJECT, S.QUBES_OS],
    asOf: "2026-11-20",
  },
  {
    hypervisor: "xen",
    criterion: "availability",
    score: 7,
    rationale:
      "XenServer and XCP-ng pools provide live migration, storage live migration and pool HA. Automatic balancing is Workload Balancing in XenServer Premium, or the load balancer plugin in Xen Orchestra's paid tiers.",
    sources: [S.XENSERVER_8_DOCS, S.XEN_ORCHESTRA_DOCS],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "xen",
    criterion: "management",
    score: 6,
    rationale:
      "XenCenter (Windows client) for XenServer; Xen Orchestra and the built-in XO Lite for XCP-ng. Capable for pool management, with a smaller integration ecosystem than vCenter or the main KVM stacks.",
    sources: [S.XENSERVER_8_DOCS, S.XEN_ORCHESTRA_DOCS],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "xen",
    criterion: "backup",
    score: 4,
    rationale:
      "Xen Orchestra includes incremental backup, replication and continuous replication, and Storware supports XenServer/XCP-ng. Veeam Backup & Replication 13 does not list XenServer or XCP-ng among its supported platforms, so the large backup vendors mostly require agents.",
    sources: [S.XEN_ORCHESTRA_DOCS, S.STORWARE_PLATFORMS, S.VEEAM_PLATFORMS],
    asOf: "2026-02-12",
  },
  {
    hypervisor: "xen",
    criterion: "scalability",
    score: 5,
    rationale:
      "XenServer 8 supports 64 vCPUs per VM (32 recommended for untrusted VMs) and 1.5 TiB of RAM per VM, well below ESXi, Hyper-V and KVM. Enough for most general workloads but a limit for very large databases.",
    sources: [S.XENSERVER_8_LIMITS],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "xen",
    criterion: "performance",
    score: 7,
    rationale:
      "Good performance with PV drivers, but dom0-based I/O adds some overhead in I/O-heavy cases. Newer comparisons agree that the differences are small and workload-specific: Algarni et al. (2018; Xen, KVM, Proxmox VE) found KVM ahead on most measures and Xen on file-system and application tests, and the four-way Hwang et al. (2013) study found no hypervisor always wins. So performance carries a low default weight.",
    sources: [S.HWANG_2013, S.ALGARNI_2018],
    asOf: "2018-04-01",
  },
  {
    hypervisor: "xen",
    criterion: "vendor-support",
    score: 6,
    rationale:
      "Commercial support comes from XenServer (Cloud Software Group) and from Vates for XCP-ng and Xen Orchestra; XCP-ng 8.3 is a long-term-support release supported until 2028-11-30. Both are much smaller support organisations with narrower hardware and application certification than VMware, Microsoft or the main KVM vendors.",
    sources: [S.XENSERVER_8_DOCS, S.XCP_NG, S.XCP_NG_RELEASES],
    asOf: "2026-12-01",
  },
  {
    hypervisor: "xen",
    criterion: "momentum",
    score: 4,
    rationale:
      "Development continues (Xen 4.21 shipped in late 2025) and XCP-ng gains some VMware leavers, but AWS moved new instances to KVM-based Nitro, OpenStack removed its Xen drivers in 2020–2021 and OpenNebula 7.0 lists only KVM and LXC. The ecosystem is small.",
    sources: [S.XEN_PROJECT, S.XEN_ON_NITRO, S.NOVA_RN_WALLABY, S.OPENNEBULA_7_COMPAT],
    asOf: "2026-08-31",
  },
];
