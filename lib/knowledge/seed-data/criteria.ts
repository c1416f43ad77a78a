// The decision criteria, their kinds and default weights (rated: scored from ratings; derived: computed by the engine).
import type { Criterion } from "@/lib/knowledge/schema";

export const criteria: Criterion[] = [
  {
    key: "licence-cost",
    name: "Licence and subscription cost",
    description:
      "What you pay to license and subscribe to the hypervisor and its management layer. A high rating means low cost: 10 means no licence cost at all.",
    defaultWeight: 12,
    kind: "rated",
  },
  {
    key: "openness",
    name: "Openness and lock-in",
    description:
      "Open-source code, open formats and APIs, and how many vendors can supply and support it. A high rating means little lock-in and an easy exit.",
    defaultWeight: 8,
    kind: "rated",
  },
  {
    key: "windows-guests",
    name: "Windows guests",
    description:
      "How well Windows and Windows Server guests run: drivers, vendor support statements, integration services. A high rating means first-class, vendor-supported Windows guests.",
    defaultWeight: 8,
    kind: "rated",
  },
  {
    key: "linux-guests",
    name: "Linux guests",
    description:
      "How well Linux guests run: in-kernel drivers, distribution support, tooling. A high rating means Linux guests work out of the box and are supported by the major distributions.",
    defaultWeight: 8,
    kind: "rated",
  },
  {
    key: "vdi",
    name: "Virtual desktops (VDI)",
    description:
      "Support from desktop virtualization brokers and display protocols. A high rating means mature, widely used VDI products run on this hypervisor.",
    defaultWeight: 3,
    kind: "rated",
  },
  {
    key: "gpu",
    name: "GPU and vGPU",
    description:
      "GPU passthrough, shared virtual GPUs (for example NVIDIA vGPU) and live migration of GPU VMs. A high rating means broad vendor-supported vGPU features.",
    defaultWeight: 3,
    kind: "rated",
  },
  {
    key: "confidential-computing",
    name: "Confidential computing and isolation",
    description:
      "Support for hardware-protected confidential VMs (AMD SEV-SNP, Intel TDX) and strength of VM isolation. A high rating means confidential VMs are supported on your own hardware.",
    defaultWeight: 3,
    kind: "rated",
  },
  {
    key: "availability",
    name: "Live migration, HA and load balancing",
    description:
      "Live migration of running VMs, automatic restart after host failure and automatic workload balancing across hosts. A high rating means all three are mature and built in.",
    defaultWeight: 10,
    kind: "rated",
  },
  {
    key: "management",
    name: "Management tooling",
    description:
      "Central management of hosts, clusters, storage and networks, with UI, API and automation. A high rating means one mature, well-documented management plane.",
    defaultWeight: 8,
    kind: "rated",
  },
  {
    key: "backup",
    name: "Backup and DR ecosystem",
    description:
      "Support from backup, replication and disaster-recovery products. A high rating means the major backup vendors support the platform with image-level, incremental backups.",
    defaultWeight: 6,
    kind: "rated",
  },
  {
    key: "scalability",
    name: "Scalability",
    description:
      "Maximum size of a VM, a host and a cluster. A high rating means very large VMs and clusters are supported.",
    defaultWeight: 5,
    kind: "rated",
  },
  {
    key: "performance",
    name: "Performance",
    description:
      "Overhead compared with bare metal. Published comparisons (2013 for all four; 2018 for Xen, KVM and Proxmox VE) find differences small and workload-specific, so ratings differ little and the default weight is low. A high rating means low overhead across common workloads.",
    defaultWeight: 2,
    kind: "rated",
  },
  {
    key: "vendor-support",
    name: "Commercial support",
    description:
      "Availability and quality of paid support with defined service levels, and certification by hardware and software vendors. A high rating means strong, widely available support.",
    defaultWeight: 6,
    kind: "rated",
  },
  {
    key: "momentum",
    name: "Ecosystem momentum and vendor risk",
    description:
      "Adoption trend, investment by vendors and clouds, and the risk of disruptive changes in price or direction. A high rating means a growing ecosystem and low vendor risk.",
    defaultWeight: 8,
    kind: "rated",
  },
  {
    key: "platform-fit",
    name: "Fit with your cloud platform",
    description:
      "Not rated by hand: computed from your cloud platform and the platform-support facts below. A high value means the platform runs this hypervisor natively or supports it fully.",
    defaultWeight: 15,
    kind: "derived",
  },
  {
    key: "team-fit",
    name: "Migration effort and team skills",
    description:
      "Not rated by hand: computed from your current platform and your team's skills. A high value means little migration effort and skills you already have.",
    defaultWeight: 10,
    kind: "derived",
  },
  {
    key: "kubernetes-fit",
    name: "VMs next to containers",
    description:
      "Not rated by hand: computed when containers are among your workloads, from how Kubernetes runs each hypervisor's VMs (the Kubernetes platform-support facts below: KubeVirt and OpenShift Virtualization for KVM, vSphere Supervisor for ESXi).",
    defaultWeight: 8,
    kind: "derived",
  },
];
