// Ratings of Microsoft Hyper-V on the 14 rated criteria, on the shared absolute 0–10 scale.
import type { Rating } from "@/lib/knowledge/schema";
import * as S from "./sources";

export const hyperVRatings: Rating[] = [
  {
    hypervisor: "hyper-v",
    criterion: "licence-cost",
    score: 5,
    rationale:
      "The Hyper-V role costs nothing extra, but the host needs a Windows Server licence per core (16-core minimum). Datacenter edition covers unlimited Windows Server VMs, so for Windows-heavy estates the cost is largely already paid; for Linux guests it is pure overhead. No free standalone Hyper-V Server exists after the 2019 edition.",
    sources: [S.WINDOWS_SERVER_PRICING, S.HYPERV_SERVER_2019_LIFECYCLE],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "hyper-v",
    criterion: "openness",
    score: 3,
    rationale:
      "Closed source and single-vendor. VHDX is a documented format and Hyper-V's Linux drivers are in the upstream kernel, and the same hypervisor runs in Azure, which eases moving between on-premises and Azure but not away from Microsoft.",
    sources: [S.HYPERV_LINUX_GUESTS, S.AZURE_HYPERVISOR],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "hyper-v",
    criterion: "windows-guests",
    score: 10,
    rationale:
      "Best-in-class Windows integration: integration services ship with Windows, Datacenter licensing covers unlimited Windows Server guests, and the same stack underpins Azure, Azure Local and Azure Virtual Desktop.",
    sources: [S.WINDOWS_SERVER_PRICING, S.AZURE_HYPERVISOR],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "hyper-v",
    criterion: "linux-guests",
    score: 7,
    rationale:
      "Microsoft documents supported RHEL, Ubuntu, SUSE, Debian, Oracle Linux and FreeBSD versions; Linux Integration Services are built into the upstream kernel. Some features (for example certain backup and memory operations) differ by distribution, as the support tables show.",
    sources: [S.HYPERV_LINUX_GUESTS],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "hyper-v",
    criterion: "vdi",
    score: 7,
    rationale:
      "Azure Virtual Desktop runs on Azure and on Azure Local; Remote Desktop Services and third-party brokers run on Windows Server Hyper-V, and GPU partitioning in Windows Server 2025 can share GPUs between desktop VMs.",
    sources: [S.AZURE_VIRTUAL_DESKTOP, S.HYPERV_GPU_PARTITIONING],
    asOf: "2026-09-30",
  },
  {
    hypervisor: "hyper-v",
    criterion: "gpu",
    score: 5.5,
    rationale:
      "NVIDIA's vGPU knowledge base lists Windows Server 2025 with 5 of its 9 vGPU features (Azure Local with 4), through GPU partitioning (GPU-P), which supports live migration of partitioned-GPU VMs. Narrower than vSphere or the main KVM distributions.",
    sources: [S.NVIDIA_VGPU_FEATURES, S.HYPERV_GPU_PARTITIONING, S.NVIDIA_VGPU_MATRIX],
    asOf: "2025-10-17",
  },
  {
    hypervisor: "hyper-v",
    criterion: "confidential-computing",
    score: 2,
    rationale:
      "Hyper-V runs AMD SEV-SNP and Intel TDX isolated VMs in Azure (Azure confidential VMs, counted where Azure is your platform), but we found no Microsoft documentation of the same capability for Windows Server or Azure Local on premises. Shielded VMs with a Host Guardian Service, the on-premises protection from host administrators, have been 'no longer in active development' since Windows Server 2022.",
    sources: [S.AZURE_CONFIDENTIAL_VMS, S.KERNEL_HYPERV_COCO, S.WS2022_DEPRECATED_FEATURES],
    asOf: "2026-12-01",
  },
  {
    hypervisor: "hyper-v",
    criterion: "availability",
    score: 8,
    rationale:
      "Live migration and storage migration are built in; Windows Server failover clustering restarts VMs after host failure; SCVMM adds Dynamic Optimization for load balancing. The pieces are solid but spread over several tools.",
    sources: [S.HYPERV_LIVE_MIGRATION, S.FAILOVER_CLUSTERING, S.SCVMM_OVERVIEW],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "hyper-v",
    criterion: "management",
    score: 7,
    rationale:
      "Hyper-V Manager, Failover Cluster Manager, Windows Admin Center, PowerShell and (licensed separately) System Center VMM, plus Azure Arc for Azure Local. Capable, but less unified than vCenter.",
    sources: [S.WINDOWS_ADMIN_CENTER, S.SCVMM_OVERVIEW, S.FAILOVER_CLUSTERING],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "hyper-v",
    criterion: "backup",
    score: 9,
    rationale:
      "Broad support: Veeam Backup & Replication 13 supports Windows Server Hyper-V 2016 to 2025 and Azure Local with changed-block tracking, and most enterprise backup vendors support Hyper-V.",
    sources: [S.VEEAM_PLATFORMS],
    asOf: "2026-02-12",
  },
  {
    hypervisor: "hyper-v",
    criterion: "scalability",
    score: 10,
    rationale:
      "Microsoft's scale limits for Windows Server 2025: up to 2,048 virtual processors and 240 TB of memory per generation-2 VM, and failover clusters of up to 64 nodes and 8,000 VMs. Per-VM limits above vSphere 9's 960 vCPUs.",
    sources: [S.HYPERV_SCALE_LIMITS],
    asOf: "2026-12-01",
  },
  {
    hypervisor: "hyper-v",
    criterion: "performance",
    score: 8,
    rationale:
      "Low overhead with synthetic (enlightened) devices. Newer comparisons agree that the differences are small and workload-specific: Algarni et al. (2018; Xen, KVM, Proxmox VE) found KVM ahead on most measures and Xen on file-system and application tests, and the four-way Hwang et al. (2013) study found no hypervisor always wins. So performance carries a low default weight.",
    sources: [S.HWANG_2013, S.ALGARNI_2018],
    asOf: "2018-04-01",
  },
  {
    hypervisor: "hyper-v",
    criterion: "vendor-support",
    score: 9,
    rationale:
      "Supported by Microsoft under Windows Server support and lifecycle policies, with a large partner network and broad hardware certification; System Center 2025, which adds Virtual Machine Manager, has mainstream support into January 2030.",
    sources: [S.WINDOWS_SERVER_PRICING, S.SYSTEM_CENTER_2025_LIFECYCLE, S.HYPERV_SERVER_2019_LIFECYCLE],
    asOf: "2026-12-01",
  },
  {
    hypervisor: "hyper-v",
    criterion: "momentum",
    score: 6,
    rationale:
      "Hyper-V underpins Azure and Azure Local and is a frequent VMware-exit destination: a 2025 CloudBolt survey reported 43% of migrated workloads moving to Hyper-V or Azure. On-premises, Microsoft's investment goes mainly into Azure Local rather than standalone Hyper-V.",
    sources: [S.CLOUDBOLT_SURVEY_2025, S.AZURE_HYPERVISOR],
    asOf: "2025-11-15",
  },
];
