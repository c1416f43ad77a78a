// Realistic situations with the first choice a domain expert would make from the domain facts
// (../shared/DOMAIN.md), run against the real seed knowledge base. The expectations were written
// before running the engine; rules were tuned to meet them, never the other way round.
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import type { HypervisorId } from "@/lib/questionnaire/options";
import { evaluateAnswers } from "./evaluate";
import { buildAnswers } from "./test-fixtures";

const kb: KnowledgeBase = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "seed" } };

interface ExpertCase {
  situation: string;
  answers: Partial<Answers>;
  expected: HypervisorId;
  /**
   * Only where informed experts genuinely split (stay on a working Xen estate, or move to KVM, the
   * destination with the momentum): the other first choice that is also accepted, and why.
   */
  alsoAccepted?: { hypervisor: HypervisorId; because: string };
  /** Options that must be knocked out. */
  ineligible?: HypervisorId[];
  /** Options that must stay eligible, though they do not win. */
  eligible?: HypervisorId[];
  why: string;
}

const CASES: ExpertCase[] = [
  {
    situation: "Linux web estate moving to a private OpenStack cloud, open source required",
    answers: {
      workloads: ["linux-apps"],
      licensing: "open-source-required",
      cloudPlatform: "openstack",
      guestOs: "mostly-linux",
    },
    expected: "kvm",
    ineligible: ["esxi", "hyper-v"],
    why: "libvirt/KVM is Nova's primary driver; the proprietary options are out",
  },
  {
    situation: "Windows Server shop extending into Azure, Hyper-V today",
    answers: {
      workloads: ["windows-apps"],
      guestOs: "mostly-windows",
      cloudPlatform: "azure",
      currentPlatform: "hyper-v",
      teamSkills: ["windows"],
    },
    expected: "hyper-v",
    why: "Azure runs on Hyper-V and the team already runs it",
  },
  {
    situation: "Large vSphere estate, vMotion/HA/vGPU, vendor support, budget flexible",
    answers: {
      workloads: ["general-server", "vdi"],
      currentPlatform: "esxi",
      scale: "large",
      budget: "flexible",
      licensing: "commercial-preferred",
      mustHaves: ["live-migration", "high-availability", "gpu-virtualization", "vendor-support"],
      teamSkills: ["vmware"],
    },
    expected: "esxi",
    why: "the most complete feature set, no migration, and the budget is not the constraint",
  },
  {
    situation: "AWS-centred Linux shop",
    answers: {
      workloads: ["linux-apps", "containers"],
      guestOs: "mostly-linux",
      cloudPlatform: "aws",
      teamSkills: ["linux", "automation"],
    },
    expected: "kvm",
    why: "not because Nitro is KVM (the customer does not run it): Linux guests, Linux skills and openness decide once every family but ESXi lands the same way",
  },
  {
    situation: "Kubernetes platform team running VMs beside containers with KubeVirt",
    answers: {
      workloads: ["containers", "linux-apps"],
      guestOs: "mostly-linux",
      cloudPlatform: "kubernetes",
      licensing: "open-source-preferred",
      teamSkills: ["linux", "automation"],
    },
    expected: "kvm",
    ineligible: ["hyper-v", "xen"],
    why: "KubeVirt and OpenShift Virtualization are KVM; ESXi runs VMs through Kubernetes only on VMware's own Supervisor, which a KubeVirt team does not run",
  },
  {
    situation: "VMware shop extending into VMware Cloud on AWS / AVS (VCF hybrid)",
    answers: { cloudPlatform: "vmware-hybrid", currentPlatform: "esxi", teamSkills: ["vmware"], guestOs: "mixed" },
    expected: "esxi",
    ineligible: ["hyper-v", "kvm", "xen"],
    why: "a VMware-based hybrid cloud means vSphere",
  },
  {
    situation: "Small Linux shop on a minimal budget, three hosts, open source preferred",
    answers: {
      scale: "small",
      budget: "minimal",
      guestOs: "mostly-linux",
      licensing: "open-source-preferred",
      teamSkills: ["linux"],
    },
    expected: "kvm",
    why: "free (Proxmox VE or plain KVM), in the kernel the team knows",
  },
  {
    situation: "Citrix VDI shop on XenServer with an open-source preference",
    answers: {
      workloads: ["vdi", "windows-apps"],
      guestOs: "mostly-windows",
      currentPlatform: "xen",
      licensing: "open-source-preferred",
      teamSkills: ["linux"],
      mustHaves: ["live-migration"],
    },
    expected: "xen",
    alsoAccepted: {
      hypervisor: "kvm",
      because:
        "Citrix also supports Nutanix AHV (KVM), and with an open-source preference KVM's momentum and backup ecosystem can justify the move",
    },
    why: "Citrix Virtual Apps and Desktops on XenServer is the established pairing and there is nothing to migrate",
  },
  {
    situation: "Large on-premises GPU/VDI estate on ESXi with a flexible budget",
    answers: {
      workloads: ["vdi", "hpc-gpu"],
      guestOs: "mixed",
      currentPlatform: "esxi",
      scale: "large",
      budget: "flexible",
      mustHaves: ["gpu-virtualization", "live-migration"],
      teamSkills: ["vmware"],
    },
    expected: "esxi",
    why: "vSphere has the broadest vGPU support (incl. live migration and MIG) and the team runs it",
  },
  {
    situation: "Private cloud on OpenNebula",
    answers: {
      cloudPlatform: "opennebula",
      guestOs: "mostly-linux",
      licensing: "open-source-preferred",
      teamSkills: ["linux"],
    },
    expected: "kvm",
    ineligible: ["esxi"],
    why: "OpenNebula 7 dropped vCenter; KVM is its main hypervisor",
  },
  {
    situation: "CloudStack cloud on XenServer today, Linux team, no licensing preference",
    answers: {
      cloudPlatform: "cloudstack",
      currentPlatform: "xen",
      teamSkills: ["linux"],
      guestOs: "mixed",
      budget: "moderate",
    },
    expected: "xen",
    alsoAccepted: {
      hypervisor: "kvm",
      because:
        "KVM is CloudStack's most used hypervisor and 4.22 improved VMware-to-KVM tooling; many CloudStack operators moved off XenServer after its 2023 licensing change",
    },
    why: "CloudStack manages XenServer/XCP-ng as a supported hypervisor, so staying avoids a migration",
  },
  {
    situation: "CloudStack public cloud, greenfield, open source required, Linux guests",
    answers: {
      cloudPlatform: "cloudstack",
      licensing: "open-source-required",
      guestOs: "mostly-linux",
      teamSkills: ["linux", "automation"],
      scale: "large",
    },
    expected: "kvm",
    ineligible: ["esxi", "hyper-v"],
    why: "KVM is CloudStack's most used open hypervisor and has the momentum",
  },
  {
    situation: "Windows shop moving to Azure, greenfield virtualization",
    answers: {
      cloudPlatform: "azure",
      guestOs: "mostly-windows",
      workloads: ["windows-apps", "databases"],
      teamSkills: ["windows"],
    },
    expected: "hyper-v",
    why: "Azure's hypervisor is Hyper-V; Windows skills carry over",
  },
  {
    situation: "Google Cloud data platform with Linux guests",
    answers: {
      cloudPlatform: "google-cloud",
      guestOs: "mostly-linux",
      workloads: ["linux-apps", "databases"],
      teamSkills: ["linux"],
    },
    expected: "kvm",
    why: "Compute Engine runs KVM",
  },
  {
    situation: "Oracle databases heading to Oracle Cloud, Linux team",
    answers: {
      cloudPlatform: "oracle-cloud",
      guestOs: "mostly-linux",
      workloads: ["databases"],
      teamSkills: ["linux"],
      mustHaves: ["high-availability"],
    },
    expected: "kvm",
    why: "Oracle replaced Oracle VM (Xen) with Oracle Linux KVM/OLVM",
  },
  {
    situation: "Small Windows office on Hyper-V, commercial product preferred",
    answers: {
      scale: "small",
      guestOs: "mostly-windows",
      workloads: ["windows-apps"],
      currentPlatform: "hyper-v",
      teamSkills: ["windows"],
      licensing: "commercial-preferred",
    },
    expected: "hyper-v",
    why: "already licensed through Windows Server, no migration, vendor-backed",
  },
  {
    situation: "Confidential computing must-have for Linux workloads on premises",
    answers: {
      guestOs: "mostly-linux",
      mustHaves: ["confidential-computing"],
      licensing: "open-source-preferred",
      teamSkills: ["linux"],
    },
    expected: "kvm",
    ineligible: ["hyper-v", "xen"],
    why: "SEV-SNP and TDX are in KVM; Hyper-V on-premises support is unconfirmed, Xen has none",
  },
  {
    situation: "Edge sites: many small clusters, minimal budget, mixed guests",
    answers: { workloads: ["edge"], scale: "small", budget: "minimal", guestOs: "mixed", teamSkills: ["linux"] },
    expected: "kvm",
    why: "no licence cost per site, small footprint, Linux skills",
  },
  {
    situation: "Leaving VMware after Broadcom's licence change: Linux dev/test estate on a minimal budget",
    answers: {
      workloads: ["dev-test", "linux-apps"],
      guestOs: "mostly-linux",
      currentPlatform: "esxi",
      budget: "minimal",
      teamSkills: ["linux"],
    },
    expected: "kvm",
    why: "the main VMware-exit destination, well-tooled VMware-to-KVM conversion, no licence cost",
  },
  {
    situation: "Mid-size VMware shop that wants a commercial product, vendor support and Veeam",
    answers: {
      currentPlatform: "esxi",
      teamSkills: ["vmware"],
      licensing: "commercial-preferred",
      budget: "flexible",
      mustHaves: ["vendor-support", "backup-ecosystem", "high-availability"],
      workloads: ["general-server", "databases"],
    },
    expected: "esxi",
    why: "money is not the constraint; staying avoids migration and keeps the richest ecosystem",
  },
  {
    situation: "Windows-heavy estate leaving VMware, Windows team, Datacenter licences in place",
    answers: {
      currentPlatform: "esxi",
      teamSkills: ["windows"],
      guestOs: "mostly-windows",
      workloads: ["windows-apps"],
      budget: "minimal",
    },
    expected: "hyper-v",
    why: "Windows Server Datacenter already licenses unlimited Windows VMs and includes Hyper-V; best Windows guest integration",
  },
  {
    situation: "Xen shop on XCP-ng, open source required, small and frugal",
    answers: {
      currentPlatform: "xen",
      licensing: "open-source-required",
      scale: "small",
      budget: "minimal",
      teamSkills: ["linux"],
      guestOs: "mixed",
    },
    expected: "xen",
    ineligible: ["esxi", "hyper-v"],
    alsoAccepted: {
      hypervisor: "kvm",
      because:
        "Proxmox VE is as free, Linux skills carry over, and KVM's momentum, backup ecosystem and confidential-computing support are stronger for the long run",
    },
    why: "XCP-ng is free and open source and the team already runs it",
  },
  {
    situation: "VMware shop building an OpenStack private cloud, open source preferred",
    answers: {
      cloudPlatform: "openstack",
      currentPlatform: "esxi",
      teamSkills: ["vmware", "linux"],
      guestOs: "mixed",
      licensing: "open-source-preferred",
    },
    expected: "kvm",
    why: "Nova's VMware driver is experimental; libvirt/KVM is the primary driver",
  },
  {
    situation: "Linux HPC and GPU cluster, open source preferred, greenfield",
    answers: {
      workloads: ["hpc-gpu"],
      guestOs: "mostly-linux",
      mustHaves: ["gpu-virtualization"],
      licensing: "open-source-preferred",
      teamSkills: ["linux"],
    },
    expected: "kvm",
    why: "vGPU supported on RHEL/Ubuntu KVM, best Linux guests, no licence cost",
  },
  {
    situation: "Windows apps on AWS, Windows team, no hypervisor today",
    answers: { cloudPlatform: "aws", guestOs: "mostly-windows", workloads: ["windows-apps"], teamSkills: ["windows"] },
    expected: "hyper-v",
    why: "on AWS no family runs natively for the customer (Nitro is AWS's own): KVM and Hyper-V both land through import tools or self-managed nesting, so the Windows team's skills and Windows-guest quality decide",
  },
  {
    situation: "Horizon desktops on vSphere today, Windows guests",
    answers: {
      workloads: ["vdi"],
      vdiBroker: "horizon",
      currentPlatform: "esxi",
      guestOs: "mostly-windows",
      teamSkills: ["vmware", "windows"],
    },
    expected: "esxi",
    ineligible: ["hyper-v", "xen"],
    why: "Omnissa Horizon 8 runs on vSphere and, since 2512, Nutanix AHV only: Hyper-V and Xen are out whatever their ratings",
  },
  {
    situation: "Horizon desktops leaving vSphere for open source on a minimal budget",
    answers: {
      workloads: ["vdi"],
      vdiBroker: "horizon",
      currentPlatform: "esxi",
      licensing: "open-source-preferred",
      budget: "minimal",
    },
    expected: "esxi",
    ineligible: ["hyper-v", "xen"],
    eligible: ["kvm"],
    why: "Horizon runs only on vSphere and Nutanix AHV, and AHV is neither open source nor cheap (its own ratings: openness 3, licence cost 3): the open-source, low-cost wish cannot be met with Horizon, and staying on vSphere Foundation keeps the desktops where Horizon is native",
  },
  {
    situation: "Azure Virtual Desktop on premises, Windows desktops",
    answers: { workloads: ["vdi"], vdiBroker: "avd", guestOs: "mostly-windows", cloudPlatform: "on-premises" },
    expected: "hyper-v",
    ineligible: ["esxi", "kvm", "xen"],
    why: "AVD session hosts run on Azure or on Azure Local, Microsoft's Hyper-V-based platform, and nowhere else",
  },
  {
    situation: "Azure Virtual Desktop in Azure",
    answers: {
      workloads: ["vdi", "windows-apps"],
      vdiBroker: "avd",
      guestOs: "mostly-windows",
      cloudPlatform: "azure",
    },
    expected: "hyper-v",
    ineligible: ["esxi", "kvm", "xen"],
    why: "AVD is an Azure service: its desktops run on Azure's Hyper-V-based hypervisor",
  },
  {
    situation: "Citrix desktops next to a Linux estate on KVM, open source preferred",
    answers: {
      workloads: ["vdi", "linux-apps"],
      vdiBroker: "citrix",
      currentPlatform: "kvm",
      licensing: "open-source-preferred",
      teamSkills: ["linux"],
    },
    expected: "kvm",
    why: "Citrix supports KVM as Nutanix AHV, so the team can stay on KVM (and the plan names AHV, not Proxmox VE)",
  },
  {
    situation: "Citrix desktops on vSphere, vendor support a must",
    answers: {
      workloads: ["vdi"],
      vdiBroker: "citrix",
      currentPlatform: "esxi",
      licensing: "commercial-preferred",
      budget: "flexible",
      mustHaves: ["vendor-support"],
      teamSkills: ["vmware"],
    },
    expected: "esxi",
    why: "Citrix supports vSphere; with the budget flexible and the team on vSphere, nothing argues for a move",
  },
  // ---------- December 2026 review: must-haves on the platform, landing paths, Windows licensing ----------
  {
    situation: "Windows guests on Azure with confidential computing a must-have",
    answers: {
      workloads: ["windows-apps"],
      guestOs: "mostly-windows",
      cloudPlatform: "azure",
      mustHaves: ["confidential-computing"],
      teamSkills: ["windows"],
    },
    expected: "hyper-v",
    ineligible: ["xen"],
    why: "Azure confidential VMs (SEV-SNP, TDX) run on Azure's Hyper-V-based hypervisor: on Azure the platform meets the must-have",
  },
  {
    situation: "Linux services on AWS with confidential computing a must-have",
    answers: {
      workloads: ["linux-apps"],
      guestOs: "mostly-linux",
      cloudPlatform: "aws",
      mustHaves: ["confidential-computing"],
      teamSkills: ["linux"],
    },
    expected: "kvm",
    ineligible: ["hyper-v", "xen"],
    why: "EC2 offers SEV-SNP on current Nitro instance types only; Xen survives on AWS only on older instance types",
  },
  {
    situation: "Confidential analytics on Google Cloud, Linux guests",
    answers: {
      workloads: ["databases", "linux-apps"],
      guestOs: "mostly-linux",
      cloudPlatform: "google-cloud",
      mustHaves: ["confidential-computing"],
    },
    expected: "kvm",
    ineligible: ["hyper-v", "xen"],
    why: "Compute Engine's Confidential VMs run on Google's KVM-based hypervisor; Hyper-V and Xen have no path onto Google Cloud",
  },
  {
    situation: "Oracle databases on Oracle Cloud with confidential computing a must-have",
    answers: {
      workloads: ["databases"],
      guestOs: "mostly-linux",
      cloudPlatform: "oracle-cloud",
      mustHaves: ["confidential-computing"],
      teamSkills: ["linux"],
    },
    expected: "kvm",
    ineligible: ["hyper-v", "xen"],
    why: "OCI's confidential computing is a service of its own VMs, and KVM images are the family's landing path there",
  },
  {
    situation: "vSphere team asked to run VMs next to containers on Kubernetes",
    answers: {
      workloads: ["containers", "general-server"],
      cloudPlatform: "kubernetes",
      currentPlatform: "esxi",
      licensing: "commercial-preferred",
      budget: "flexible",
      teamSkills: ["vmware"],
    },
    expected: "kvm",
    eligible: ["esxi"],
    ineligible: ["hyper-v", "xen"],
    why: "KubeVirt (OpenShift Virtualization) is the Kubernetes-native VM runtime; ESXi stays in the running through vSphere Supervisor's VM Operator: limited, not a knockout",
  },
  {
    situation: "Citrix desktops on XenServer with vGPU, commercial product preferred",
    answers: {
      workloads: ["vdi"],
      vdiBroker: "citrix",
      currentPlatform: "xen",
      guestOs: "mostly-windows",
      licensing: "commercial-preferred",
      mustHaves: ["gpu-virtualization", "vendor-support"],
    },
    expected: "xen",
    why: "the Citrix subscription entitles XenServer Premium (vGPU included) and Citrix supports it: no migration, no new licence",
  },
  {
    situation: "Windows-heavy vSphere estate whose VMware renewal is unaffordable, no Windows skills named",
    answers: {
      workloads: ["windows-apps", "general-server"],
      guestOs: "mostly-windows",
      currentPlatform: "esxi",
      licensing: "commercial-preferred",
      budget: "minimal",
      mustHaves: ["live-migration", "high-availability"],
    },
    expected: "hyper-v",
    why: "the Datacenter licences every Windows host needs already include Hyper-V, and the move is tooled (VM Conversion, SCVMM)",
  },
  {
    situation: "Mixed Windows and Linux estate on Hyper-V today, Windows team",
    answers: {
      workloads: ["windows-apps", "linux-apps"],
      guestOs: "mixed",
      currentPlatform: "hyper-v",
      teamSkills: ["windows"],
    },
    expected: "hyper-v",
    why: "the Windows hosts carry Datacenter licences anyway, the team knows Hyper-V, and nothing in the answers calls for a move",
  },
  {
    situation: "Linux team running containers on premises, open source preferred",
    answers: {
      workloads: ["containers", "linux-apps"],
      guestOs: "mostly-linux",
      licensing: "open-source-preferred",
      teamSkills: ["linux", "automation"],
    },
    expected: "kvm",
    why: "VMs next to containers means KubeVirt (OpenShift Virtualization, Harvester): KVM",
  },
  {
    situation: "vSphere estate moving into AWS, VMware team, flexible budget",
    answers: {
      workloads: ["general-server", "databases"],
      cloudPlatform: "aws",
      currentPlatform: "esxi",
      licensing: "commercial-preferred",
      budget: "flexible",
      teamSkills: ["vmware"],
    },
    expected: "esxi",
    why: "Amazon EVS runs VCF on EC2 bare metal in the team's own VPC: the VMs move without conversion",
  },
  {
    situation: "Hyper-V estate moving to Google Cloud, moderate budget",
    answers: {
      workloads: ["windows-apps", "linux-apps"],
      guestOs: "mixed",
      cloudPlatform: "google-cloud",
      currentPlatform: "hyper-v",
      budget: "moderate",
    },
    expected: "kvm",
    ineligible: ["hyper-v", "xen"],
    why: "Google Cloud supports no Hyper-V, even nested; KVM images land on Compute Engine, while GCVE would add a VCF subscription",
  },
  {
    situation: "vSphere estate extending into Azure, VMware team, flexible budget",
    answers: {
      workloads: ["general-server"],
      cloudPlatform: "azure",
      currentPlatform: "esxi",
      licensing: "commercial-preferred",
      budget: "flexible",
      teamSkills: ["vmware"],
    },
    expected: "esxi",
    why: "Azure VMware Solution keeps the VMs on vSphere; a Hyper-V landing path means converting every VM",
  },
  {
    situation: "Linux estate on AWS with a backup ecosystem a must-have",
    answers: {
      workloads: ["linux-apps"],
      guestOs: "mostly-linux",
      cloudPlatform: "aws",
      mustHaves: ["backup-ecosystem"],
      teamSkills: ["linux"],
    },
    expected: "kvm",
    why: "AWS Backup protects EC2 instances whatever hypervisor they came from; the Linux team and guests decide",
  },
];

/** Where the team's VDI broker decides which product of the family it can be. */
const BROKER_PRODUCTS: { broker: "citrix" | "horizon"; hypervisor: HypervisorId; product: string }[] = [
  { broker: "citrix", hypervisor: "kvm", product: "nutanix-ahv" },
  { broker: "horizon", hypervisor: "kvm", product: "nutanix-ahv" },
  { broker: "citrix", hypervisor: "xen", product: "xenserver" },
];

describe("the VDI broker", () => {
  it.each(BROKER_PRODUCTS)("$broker on $hypervisor is only $product", ({ broker, hypervisor, product }) => {
    const answers = buildAnswers({ workloads: ["vdi"], vdiBroker: broker, licensing: "open-source-preferred" });
    const entry = evaluateAnswers({ answers, kb, samples: 50 }).ranking.find((e) => e.hypervisor === hypervisor)!;
    expect(entry.product?.id).toBe(product);
  });

  it("counts only when desktops are a workload, and other or none constrain nothing", () => {
    for (const answers of [
      buildAnswers({ workloads: ["general-server"], vdiBroker: "horizon" }),
      buildAnswers({ workloads: ["vdi"], vdiBroker: "other" }),
      buildAnswers({ workloads: ["vdi"], vdiBroker: "none" }),
    ]) {
      const evaluation = evaluateAnswers({ answers, kb, samples: 50 });
      expect(evaluation.ranking.flatMap((e) => e.knockouts).filter((k) => k.mustHave === "vdiBroker")).toEqual([]);
    }
  });

  it("an unsupported pairing is a knockout with its reason and sources; a supported one raises the desktop rating", () => {
    const answers = buildAnswers({ workloads: ["vdi"], vdiBroker: "horizon" });
    const { ranking } = evaluateAnswers({ answers, kb, samples: 50 });
    const xen = ranking.find((e) => e.hypervisor === "xen")!;
    expect(xen.knockouts).toContainEqual(
      expect.objectContaining({ mustHave: "vdiBroker", reason: expect.stringContaining("Horizon 8 does not run") }),
    );
    expect(xen.knockouts.find((k) => k.mustHave === "vdiBroker")!.sources.length).toBeGreaterThan(0);
    const without = evaluateAnswers({ answers: buildAnswers({ workloads: ["vdi"] }), kb, samples: 50 }).ranking;
    const vdi = (entries: typeof ranking) =>
      entries.find((e) => e.hypervisor === "esxi")!.contributions.find((c) => c.criterion === "vdi")!;
    expect(vdi(ranking).rating).toBe(Math.min(10, vdi(without).rating + 1));
    expect(vdi(ranking).rationale).toMatch(/^Your broker, Omnissa Horizon, supports it/);
  });

  it("Azure Virtual Desktop on another cloud knocks out even the family it supports, saying where it runs", () => {
    const answers = buildAnswers({ workloads: ["vdi"], vdiBroker: "avd", cloudPlatform: "aws" });
    const hyperV = evaluateAnswers({ answers, kb, samples: 50 }).ranking.find((e) => e.hypervisor === "hyper-v")!;
    expect(hyperV.knockouts.find((k) => k.mustHave === "vdiBroker")?.reason).toMatch(
      /only on Microsoft Azure or .*, not on Amazon Web Services/,
    );
  });
});

describe("expert cases on the seed knowledge base", () => {
  it.each(CASES)("$situation → $expected", ({ answers, expected, alsoAccepted, ineligible, eligible, why }) => {
    const evaluation = evaluateAnswers({ answers: buildAnswers(answers), kb, samples: 500 });
    const summary = evaluation.ranking
      .map((e) => `${e.hypervisor}${e.eligible ? "" : "✗"} ${e.score.toFixed(1)}`)
      .join(", ");
    const accepted = [expected, ...(alsoAccepted ? [alsoAccepted.hypervisor] : [])];
    // The summary rides along so a failure shows the whole ranking, not just the winner.
    expect({ acceptedWinner: accepted.includes(evaluation.winner!), winner: evaluation.winner, why, summary }).toEqual({
      acceptedWinner: true,
      winner: evaluation.winner,
      why,
      summary,
    });
    for (const id of [expected, ...(alsoAccepted ? [alsoAccepted.hypervisor] : []), ...(eligible ?? [])]) {
      expect(evaluation.ranking.find((e) => e.hypervisor === id)!.eligible).toBe(true);
    }
    for (const id of ineligible ?? []) {
      expect(evaluation.ranking.find((e) => e.hypervisor === id)!.eligible).toBe(false);
    }
  });

  it("hold at least 20 situations with a single expected first choice; split cases stay few", () => {
    expect(CASES.filter((c) => !c.alsoAccepted).length).toBeGreaterThanOrEqual(20);
    expect(CASES.filter((c) => c.alsoAccepted).length).toBeLessThanOrEqual(3);
  });

  it("cover every cloud platform and every licensing answer", () => {
    const answers = CASES.map((c) => buildAnswers(c.answers));
    expect(new Set(answers.map((a) => a.cloudPlatform)).size).toBe(seedKnowledge.platforms.length);
    expect(new Set(answers.map((a) => a.licensing)).size).toBe(4);
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });
});

describe("expert cases that hinge on money (with an estate)", () => {
  const exit: Partial<Answers> = { currentPlatform: "esxi", mustHaves: ["live-migration", "high-availability"] };
  const run = (answers: Partial<Answers>, assumptions?: Parameters<typeof evaluateAnswers>[0]["assumptions"]) =>
    evaluateAnswers({ answers: buildAnswers(answers), kb, assumptions, samples: 200, today: "2026-12-07" });
  const entry = (evaluation: ReturnType<typeof run>, id: HypervisorId) =>
    evaluation.ranking.find((e) => e.hypervisor === id)!;

  it("a Windows-heavy exit that owns Datacenter goes to Hyper-V: no licence to buy, only the move", () => {
    const evaluation = run(
      {
        ...exit,
        workloads: ["windows-apps", "general-server"],
        guestOs: "mostly-windows",
        teamSkills: ["windows"],
        estate: { hosts: 12, socketsPerHost: 2, coresPerSocket: 16, vms: 300, windowsVms: 250 },
      },
      { windowsOwned: "datacenter" },
    );
    expect(evaluation.winner).toBe("hyper-v");
    expect(entry(evaluation, "hyper-v").cost!.perYear).toBe(0);
    // VVF: 384 cores × US$135; the owned Datacenter licences cover the guests in every option.
    expect(entry(evaluation, "esxi").cost!.perYear).toBe(51_840);
    expect(evaluation.plan!.paybackMonths).toBeGreaterThan(0);
    expect(evaluation.plan!.summary).toMatch(/saves about US\$51,800 a year/);
  });

  it("a small 3-host shop leaves VVF, whose 72-core order minimum bills 72 cores for its 48", () => {
    const evaluation = run({
      ...exit,
      workloads: ["general-server", "linux-apps"],
      guestOs: "mostly-linux",
      scale: "small",
      budget: "minimal",
      teamSkills: ["linux"],
      estate: { hosts: 3, socketsPerHost: 1, coresPerSocket: 16, vms: 30, windowsVms: 4 },
    });
    expect(["kvm", "xen"]).toContain(evaluation.winner);
    const vvf = entry(evaluation, "esxi").cost!.lines.find((l) => l.product === "vvf")!;
    expect(vvf).toMatchObject({ quantity: 72, amount: 9_720 });
    expect(evaluation.plan!.npvSaving).toBeGreaterThan(0);
  });

  it("a 40-host Linux exit on a tight budget goes to KVM, saving most of VVF's US$172,800 a year", () => {
    const evaluation = run({
      ...exit,
      workloads: ["linux-apps", "general-server"],
      guestOs: "mostly-linux",
      scale: "large",
      budget: "minimal",
      teamSkills: ["linux"],
      estate: { hosts: 40, socketsPerHost: 2, coresPerSocket: 16, vms: 800, windowsVms: 20 },
    });
    expect(evaluation.winner).toBe("kvm");
    const stay = entry(evaluation, "esxi").cost!;
    expect(stay.lines.find((l) => l.product === "vvf")!.amount).toBe(172_800);
    // Ten Windows hosts' worth of Standard, not Datacenter on 1,280 cores: the same in every option.
    const windows = stay.lines.find((l) => l.product.startsWith("windows-server"))!;
    expect(windows.amount).toBeLessThan(10_000);
  });
});
