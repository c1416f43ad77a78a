// The terms of the trade the knowledge base's text uses, each explained for a reader who does not run
// servers, and the one place the knowledge page's "Terms" list and every in-text term link read them from.
// Pure: no React. markGlossaryTerms finds the terms in a text so a component can link them.

export type GlossaryEntry = {
  /** Lower-case, hyphenated: the entry's anchor on the knowledge page is `term-<id>`. */
  readonly id: string;
  /** As it is written in running text. */
  readonly term: string;
  /** What an abbreviation stands for; absent for a name or phrase that is not one. */
  readonly expansion?: string;
  /** One or two plain sentences. */
  readonly explanation: string;
  /** Other spellings linked in running text (plurals, the spelled-out name). */
  readonly aliases?: readonly string[];
};

const ENTRIES = [
  {
    id: "ahv",
    term: "AHV",
    expansion: "Nutanix AHV (originally Acropolis Hypervisor)",
    explanation:
      "Nutanix's own hypervisor, built on KVM. It comes with Nutanix's hyperconverged platform and is managed through Nutanix Prism.",
  },
  {
    id: "avs",
    term: "AVS",
    expansion: "Azure VMware Solution",
    explanation: "VMware's stack run as a service on dedicated hosts in Microsoft Azure.",
  },
  {
    id: "azure-local",
    term: "Azure Local",
    explanation:
      "Microsoft's Hyper-V platform for clusters in your own data centre, managed from Azure and billed per physical core (formerly Azure Stack HCI).",
  },
  {
    id: "dom0",
    term: "dom0",
    expansion: "Domain 0, Xen's control domain",
    explanation:
      "The privileged VM that Xen starts first. It manages the host and usually carries the other VMs' disk and network traffic.",
  },
  {
    id: "drs",
    term: "DRS",
    expansion: "VMware vSphere Distributed Resource Scheduler",
    explanation:
      "Spreads running VMs across the hosts of a vSphere cluster and moves them, without stopping them, when one host gets busier than the others. It needs vCenter and a paid licence.",
  },
  {
    id: "gcve",
    term: "GCVE",
    expansion: "Google Cloud VMware Engine",
    explanation: "VMware's stack run as a service on dedicated hosts in Google Cloud.",
  },
  {
    id: "gplv2",
    term: "GPLv2",
    expansion: "GNU General Public License, version 2",
    explanation:
      "The open-source licence of Linux, KVM, QEMU and Xen: anyone may use, change and pass on the code without paying a licence fee.",
  },
  {
    id: "gpu-p",
    term: "GPU-P",
    expansion: "GPU partitioning",
    explanation:
      "Microsoft's way of sharing one physical GPU among several Hyper-V VMs, in Windows Server 2025 and Azure Local.",
  },
  {
    id: "ha",
    term: "HA",
    expansion: "High availability",
    explanation:
      "When a host fails, its VMs restart automatically on the cluster's other hosts, so an outage lasts minutes rather than until the host is repaired.",
  },
  {
    id: "hci",
    term: "HCI",
    expansion: "Hyperconverged infrastructure",
    explanation:
      "Servers that provide both computing and storage, with software pooling their disks, instead of separate servers and a storage array. Nutanix, vSAN and Azure Local work this way.",
  },
  {
    id: "hvm",
    term: "HVM",
    expansion: "Hardware virtual machine",
    explanation:
      "A Xen VM that uses the processor's virtualization features, so an unmodified operating system such as Windows can run in it.",
  },
  {
    id: "kubevirt",
    term: "KubeVirt",
    explanation:
      "An open-source add-on that runs VMs inside Kubernetes, next to containers and managed with the same tools. Red Hat's OpenShift Virtualization is built on it.",
  },
  {
    id: "libvirt",
    term: "libvirt",
    explanation:
      "The standard open-source toolkit for managing KVM VMs on Linux; tools such as virt-manager and Cockpit are built on it.",
  },
  {
    id: "live-migration",
    term: "Live migration",
    aliases: ["live migration"],
    explanation:
      "Moving a running VM to another host without shutting it down, so a host can be maintained while its VMs keep serving their users.",
  },
  {
    id: "lxc",
    term: "LXC",
    expansion: "Linux Containers",
    explanation:
      "Lightweight Linux containers that share the host's kernel instead of running a whole VM. Proxmox VE and OpenNebula run them alongside VMs.",
  },
  {
    id: "mig",
    term: "MIG",
    expansion: "NVIDIA Multi-Instance GPU",
    explanation:
      "Splits one data-centre GPU into as many as seven isolated slices, each with its own memory and compute, so several VMs can share it without slowing one another.",
  },
  {
    id: "nitro",
    term: "Nitro",
    explanation:
      "The AWS Nitro System: the dedicated hardware and lightweight KVM-based hypervisor that current Amazon EC2 instances run on.",
  },
  {
    id: "nsx",
    term: "NSX",
    explanation:
      "VMware's software-defined networking and security: networks, routing and firewalls run in software across the hosts. It is part of VCF.",
  },
  {
    id: "ocvs",
    term: "OCVS",
    expansion: "Oracle Cloud VMware Solution",
    explanation: "VMware's stack on dedicated hosts in Oracle Cloud, run by the customer.",
  },
  {
    id: "olvm",
    term: "OLVM",
    expansion: "Oracle Linux Virtualization Manager",
    explanation: "Oracle's management platform for clusters of KVM hosts, built from the oVirt project.",
  },
  {
    id: "ovf",
    term: "OVF",
    expansion: "Open Virtualization Format",
    explanation:
      "A standard package of a VM's disks and settings, used to export a VM from one platform and import it into another.",
  },
  {
    id: "ovirt",
    term: "oVirt",
    explanation:
      "The open-source KVM management project that Red Hat Virtualization and OLVM were built from. Since Red Hat Virtualization's end of life only its community maintains it.",
  },
  {
    id: "pv",
    term: "PV",
    expansion: "Paravirtualized",
    explanation:
      "PV drivers know they run in a VM and talk to the hypervisor directly, which is faster than imitating real hardware.",
  },
  {
    id: "qemu",
    term: "QEMU",
    expansion: "Quick Emulator",
    explanation:
      "The open-source program that gives each KVM VM its virtual hardware (disks, network cards, display), while KVM in the Linux kernel runs its processors and memory.",
  },
  {
    id: "rhel",
    term: "RHEL",
    expansion: "Red Hat Enterprise Linux",
    explanation: "Red Hat's commercially supported Linux distribution. It includes KVM.",
  },
  {
    id: "scvmm",
    term: "SCVMM",
    expansion: "System Center Virtual Machine Manager",
    explanation:
      "Microsoft's management server for running Hyper-V at scale (templates, networks, load balancing), licensed separately as part of System Center.",
  },
  {
    id: "sev",
    term: "SEV",
    expansion: "AMD Secure Encrypted Virtualization",
    explanation:
      "An AMD processor feature that encrypts each VM's memory with a key of its own, so the host and its administrators cannot read it.",
  },
  {
    id: "sev-es",
    term: "SEV-ES",
    expansion: "AMD Secure Encrypted Virtualization–Encrypted State",
    explanation:
      "SEV that also encrypts the VM's processor registers whenever it hands control to the hypervisor, hiding its working state from the host too.",
  },
  {
    id: "sev-snp",
    term: "SEV-SNP",
    expansion: "AMD Secure Encrypted Virtualization–Secure Nested Paging",
    explanation:
      "AMD's current confidential-VM technology: on top of SEV-ES it stops the host from tampering with or replaying the VM's memory. The VM can prove to others (attest) that it is protected.",
  },
  {
    id: "shielded-vm",
    term: "Shielded VM",
    aliases: ["Shielded VMs"],
    explanation:
      "A Hyper-V VM that is encrypted and runs only on hosts a Host Guardian Service approves, to protect it from the host's administrators. Microsoft no longer actively develops it.",
  },
  {
    id: "sla",
    term: "SLA",
    expansion: "Service-level agreement",
    aliases: ["SLAs"],
    explanation: "A supplier's written commitment on support response and repair times.",
  },
  {
    id: "tdx",
    term: "TDX",
    expansion: "Intel Trust Domain Extensions",
    explanation:
      "Intel's confidential-VM technology: each VM runs as an isolated trust domain whose memory is encrypted and shielded from the host, and can prove it by attestation.",
  },
  {
    id: "type-1",
    term: "Type-1 hypervisor",
    aliases: ["type-1 hypervisor"],
    explanation:
      "A hypervisor that runs directly on the server hardware rather than as a program on another operating system. All four compared here count as type 1.",
  },
  {
    id: "v2v",
    term: "V2V",
    expansion: "Virtual-to-virtual conversion",
    explanation:
      "Converting a VM from one hypervisor's format to another's, for example with virt-v2v when moving from VMware to KVM.",
  },
  {
    id: "vcenter",
    term: "vCenter",
    explanation:
      "VMware vCenter Server: one console for all of an estate's ESXi hosts and clusters. vMotion, HA and DRS need it.",
  },
  {
    id: "vcf",
    term: "VCF",
    expansion: "VMware Cloud Foundation",
    explanation:
      "Broadcom's complete VMware private-cloud bundle (vSphere, vSAN storage, NSX networking and management tools), sold as a subscription per CPU core.",
  },
  {
    id: "vcpu",
    term: "vCPU",
    expansion: "Virtual CPU",
    aliases: ["vCPUs"],
    explanation: "A processor as a VM sees it. A host's physical cores are shared among the vCPUs of all its VMs.",
  },
  {
    id: "vdi",
    term: "VDI",
    expansion: "Virtual desktop infrastructure",
    explanation:
      "Desktops that run as VMs in a data centre or cloud, which staff open from any device through a broker such as Citrix or Omnissa Horizon.",
  },
  {
    id: "vgpu",
    term: "vGPU",
    expansion: "NVIDIA virtual GPU",
    aliases: ["vGPUs"],
    explanation:
      "NVIDIA's software for sharing one physical GPU among several VMs, for virtual desktops, graphics or AI. It is licensed separately and supported only on the hypervisors NVIDIA lists.",
  },
  {
    id: "vhdx",
    term: "VHDX",
    expansion: "Hyper-V virtual hard disk",
    explanation: "The file format in which Hyper-V keeps a VM's disk.",
  },
  {
    id: "virtio",
    term: "virtio",
    aliases: ["VirtIO"],
    explanation:
      "The standard paravirtual disk and network devices of KVM VMs. Linux has their drivers built in; Windows needs the virtio-win drivers installed.",
  },
  {
    id: "vmdk",
    term: "VMDK",
    expansion: "Virtual Machine Disk",
    explanation: "The file format in which VMware keeps a VM's disk.",
  },
  {
    id: "vmotion",
    term: "vMotion",
    explanation:
      "VMware's live migration: it moves a running VM to another host without shutting it down. Storage vMotion moves its disks the same way.",
  },
  {
    id: "vsan",
    term: "vSAN",
    explanation:
      "VMware's software-defined storage: it pools the disks inside the hosts into shared storage for the cluster, so no separate storage array is needed.",
  },
  {
    id: "vvf",
    term: "VVF",
    expansion: "VMware vSphere Foundation",
    explanation:
      "Broadcom's smaller VMware bundle for running VMs: vSphere with vCenter, operations tools and some vSAN capacity, sold as a subscription per CPU core.",
  },
  {
    id: "xo",
    term: "XO",
    expansion: "Xen Orchestra",
    aliases: ["Xen Orchestra"],
    explanation:
      "Vates' web console and backup tool for XCP-ng and XenServer. XO Lite is a small version built into XCP-ng.",
  },
] as const satisfies readonly GlossaryEntry[];

export type GlossaryId = (typeof ENTRIES)[number]["id"];

/** Every entry, in alphabetical order of its term. */
export const GLOSSARY: readonly GlossaryEntry[] = [...ENTRIES].sort((a, b) =>
  a.term.localeCompare(b.term, "en", { sensitivity: "base" }),
);

export function glossaryEntry(id: GlossaryId): GlossaryEntry {
  return ENTRIES.find((entry) => entry.id === id)!;
}

export const glossaryAnchor = (id: string) => `term-${id}`;
export const glossaryHref = (id: string) => `/knowledge#${glossaryAnchor(id)}`;

/** The tooltip and accessible description of a term's link: its expansion, or else its first sentence. */
export function glossaryHint(entry: GlossaryEntry): string {
  return entry.expansion ?? entry.explanation.replace(/(?<=\.) .*$/, "");
}

export type GlossaryPart = { text: string; entry?: GlossaryEntry };

const SPELLINGS = new Map<string, GlossaryEntry>(
  GLOSSARY.flatMap((entry) => [entry.term, ...(entry.aliases ?? [])].map((text) => [text, entry] as const)),
);
// Longest spelling first, so "SEV-SNP" is read as one term rather than as "SEV"; whole words only (a
// letter or digit on either side means it is part of another word), case as written.
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...SPELLINGS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")})(?![\\p{L}\\p{N}])`,
  "gu",
);

/**
 * Splits a text into plain runs and glossary terms, the first mention of each term only (one link per
 * term is enough in a paragraph). The parts' texts join back to the original.
 */
export function markGlossaryTerms(text: string): GlossaryPart[] {
  const parts: GlossaryPart[] = [];
  const linked = new Set<string>();
  let end = 0;
  for (const match of text.matchAll(PATTERN)) {
    const entry = SPELLINGS.get(match[0])!;
    if (linked.has(entry.id)) continue;
    linked.add(entry.id);
    if (match.index > end) parts.push({ text: text.slice(end, match.index) });
    parts.push({ text: match[0], entry });
    end = match.index + match[0].length;
  }
  if (end < text.length) parts.push({ text: text.slice(end) });
  return parts;
}
