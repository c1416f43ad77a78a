// Ratings of KVM (QEMU/libvirt and its distributions) on the 14 rated criteria, on the shared absolute 0–10 scale.
import type { Rating } from "@/lib/knowledge/schema";
import * as S from "./sources";

export const kvmRatings: Rating[] = [
  {
    hypervisor: "kvm",
    criterion: "licence-cost",
    score: 9,
    rationale:
      "KVM and QEMU are free (GPLv2), and Proxmox VE, oVirt and distribution KVM can run without paying. Support subscriptions (Proxmox, Red Hat, Canonical, SUSE, Oracle) are optional and usually priced per socket or host; commercial stacks such as Nutanix AHV or OpenShift Virtualization cost more, so pick the rating of your product accordingly.",
    sources: [S.KERNEL_KVM, S.QEMU_LICENSE, S.PROXMOX_PRICING],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "kvm",
    criterion: "openness",
    score: 10,
    rationale:
      "Part of the upstream Linux kernel, with open formats (qcow2, raw) and open APIs (libvirt); many independent vendors ship and support it, so you can change distribution without changing hypervisor.",
    sources: [S.KERNEL_KVM, S.QEMU_LICENSE],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "kvm",
    criterion: "windows-guests",
    score: 7,
    rationale:
      "Windows runs well with the virtio-win paravirtual drivers and Hyper-V enlightenment emulation in QEMU. Signed, Microsoft-certified drivers and Microsoft support statements depend on the distribution (for example RHEL, Nutanix AHV), so check your vendor's Windows support before migrating.",
    sources: [S.VIRTIO_WIN, S.NUTANIX_AHV],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "kvm",
    criterion: "linux-guests",
    score: 10,
    rationale:
      "KVM is Linux's own hypervisor: virtio drivers are in every mainstream kernel, and it is the reference platform of RHEL, Ubuntu, SUSE and of the largest public clouds (AWS Nitro, Google Compute Engine).",
    sources: [S.KERNEL_KVM, S.AWS_EC2_FAQ, S.GOOGLE_KVM_HARDENING],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "kvm",
    criterion: "vdi",
    score: 6,
    rationale:
      "Citrix Virtual Apps and Desktops supports Nutanix AHV, and Omnissa Horizon made AHV generally available in Horizon 8 2512 (December 2025); other KVM products have no major broker's support. Proxmox VE offers SPICE/noVNC consoles and OpenNebula Guacamole-based access, and NVIDIA vGPU supports several KVM distributions.",
    sources: [S.CITRIX_HOSTS, S.HORIZON_AHV, S.NVIDIA_VGPU_MATRIX, S.PROXMOX_VE],
    asOf: "2026-12-01",
  },
  {
    hypervisor: "kvm",
    criterion: "gpu",
    score: 9,
    rationale:
      "NVIDIA's vGPU knowledge base lists Red Hat Enterprise Linux with KVM 10 and Ubuntu 24.04 KVM with 8 of its 9 vGPU features each; Nutanix AHV and Proxmox VE support vGPU through their vendors, with coverage that depends on the product.",
    sources: [S.NVIDIA_VGPU_FEATURES, S.NVIDIA_VGPU_MATRIX, S.NUTANIX_AHV],
    asOf: "2025-10-17",
  },
  {
    hypervisor: "kvm",
    criterion: "confidential-computing",
    score: 9,
    rationale:
      "Upstream KVM supports AMD SEV, SEV-ES and SEV-SNP guests, and Intel TDX guests since Linux 6.16 with matching QEMU support, on your own hardware. Availability in a given distribution depends on its kernel and QEMU versions.",
    sources: [S.KERNEL_KVM_SEV, S.KERNEL_KVM_TDX],
    asOf: "2026-08-31",
  },
  {
    hypervisor: "kvm",
    criterion: "availability",
    score: 8,
    rationale:
      "Live migration is standard. Automatic HA comes with the management layer: Proxmox VE HA with HA affinity rules (9.0) and, in 9.2 (released 2026-05-21 per release reports), a dynamic-load scheduler that rebalances HA resources and moves affinity-bound ones together; OLVM HA with live and storage migration; Nutanix AHV; OpenShift Virtualization. Red Hat Virtualization reached its end of life in August 2026, and oVirt continues as a community project only. DRS remains the more mature balancer.",
    sources: [S.PVE_HA_MANAGER_CHANGELOG, S.PROXMOX_ROADMAP, S.PROXMOX_HA, S.OLVM_DOCS, S.RHV_LIFECYCLE],
    asOf: "2026-05-21",
  },
  {
    hypervisor: "kvm",
    criterion: "management",
    score: 7,
    rationale:
      "Depends on the distribution: Proxmox VE web UI and API, OLVM, Nutanix Prism, OpenShift console, or libvirt with virt-manager and Cockpit. oVirt, which OLVM is built from, is community-only since Red Hat Virtualization's end of life. Good options exist, but there is no single standard like vCenter and skills do not transfer fully between products.",
    sources: [S.PROXMOX_VE, S.OLVM_DOCS, S.NUTANIX_AHV, S.OPENSHIFT_VIRTUALIZATION, S.RHV_LIFECYCLE],
    asOf: "2026-12-01",
  },
  {
    hypervisor: "kvm",
    criterion: "backup",
    score: 7,
    rationale:
      "Veeam Backup & Replication 13 supports Proxmox VE, Nutanix AHV and Oracle Linux Virtualization Manager (its Red Hat Virtualization support serves an end-of-life product), and Proxmox ships its own Proxmox Backup Server. Plain libvirt/QEMU hosts and some distributions have fewer options, typically agent-based or Storware.",
    sources: [S.VEEAM_PLATFORMS, S.VEEAM_PROXMOX, S.VEEAM_AHV, S.STORWARE_PLATFORMS],
    asOf: "2026-02-12",
  },
  {
    hypervisor: "kvm",
    criterion: "scalability",
    score: 8,
    rationale:
      "KVM runs the largest public clouds, and distributions support very large VMs (secondary sources cite 710 vCPUs and 12 TB per VM for RHEL 9). Cluster size limits depend on the management layer rather than on KVM itself.",
    sources: [S.KERNEL_KVM, S.AWS_EC2_FAQ],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "kvm",
    criterion: "performance",
    score: 8,
    rationale:
      "Low overhead with virtio and hardware offload; AWS Nitro and Google Compute Engine run on KVM-based hypervisors. Newer comparisons agree that the differences are small and workload-specific: Algarni et al. (2018; Xen, KVM, Proxmox VE) found KVM ahead on most measures and Xen on file-system and application tests, and the four-way Hwang et al. (2013) study found no hypervisor always wins. So performance carries a low default weight.",
    sources: [S.HWANG_2013, S.ALGARNI_2018, S.AWS_EC2_FAQ],
    asOf: "2018-04-01",
  },
  {
    hypervisor: "kvm",
    criterion: "vendor-support",
    score: 8,
    rationale:
      "Many vendors sell support with SLAs: Red Hat, Canonical, SUSE, Oracle, Proxmox, Nutanix. Quality and certification depend on which product you buy; unsupported community builds have none.",
    sources: [S.PROXMOX_PRICING, S.NUTANIX_AHV, S.OPENSHIFT_VIRTUALIZATION, S.OLVM_DOCS],
    asOf: "2026-10-15",
  },
  {
    hypervisor: "kvm",
    criterion: "momentum",
    score: 9,
    rationale:
      "KVM is the hypervisor of AWS Nitro, Google Cloud and most OpenStack and CloudStack clouds, and the main on-premises destination of the VMware exit (Nutanix AHV, Proxmox VE, OpenShift Virtualization). KubeVirt brings it to Kubernetes.",
    sources: [S.AWS_EC2_FAQ, S.NOVA_HYPERVISORS, S.GARTNER_35_PERCENT, S.CNCF_KUBEVIRT],
    asOf: "2026-10-15",
  },
];
