// Situations where the product matters more than the family, each with the answer an infrastructure
// architect would give and the fact it rests on (../shared/DOMAIN.md, "Second review (2026-12)").
// One class per wrong answer the review found: ratings borrowed from other products of the family,
// a product chooser blind to the platform, support status unsaid, products missing. Expectations were
// written from the facts before the engine was run on them.
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import type { HypervisorId } from "@/lib/questionnaire/options";
import { evaluateAnswers } from "./evaluate";
import { buildAnswers } from "./test-fixtures";
import type { Evaluation, SupportStatus } from "./types";

const kb: KnowledgeBase = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "seed" } };
const TODAY = "2026-12-06";

type CaseClass = "borrowed ratings" | "platform" | "support status" | "missing products";

interface ProductCase {
  situation: string;
  class: CaseClass;
  answers: Partial<Answers>;
  /** The winning product: one id, or the ids an expert would accept equally. */
  winner?: string | string[];
  /** The product each named family must recommend. */
  families?: Partial<Record<HypervisorId, string | string[]>>;
  /** Products no family may recommend, and none may win. */
  never?: string[];
  /** Products that must not win (a family may still name one, behind the winner). */
  notWinner?: string[];
  /** Products that must be ineligible, with the knockout that removes them. */
  knockedOut?: Record<string, string>;
  /** Support status a product must carry for these answers (and its date, where one applies). */
  support?: Record<string, { status: SupportStatus; until?: string }>;
  why: string;
  source: string;
}

const citrixDesktops: Partial<Answers> = {
  workloads: ["vdi", "windows-apps"],
  guestOs: "mostly-windows",
  currentPlatform: "xen",
  mustHaves: ["gpu-virtualization"],
  scale: "medium",
  teamSkills: ["windows"],
};

const CASES: ProductCase[] = [
  {
    situation: "Citrix desktops with vGPU on XenServer, Citrix named as the broker",
    class: "borrowed ratings",
    answers: { ...citrixDesktops, vdiBroker: "citrix" },
    families: { xen: "xenserver", kvm: "nutanix-ahv" },
    never: [
      "proxmox-ve-standard",
      "proxmox-ve-community",
      "proxmox-ve-basic",
      "proxmox-ve-premium",
      "xcp-ng",
      "vates-vms",
    ],
    why: "Citrix lists XenServer, Hyper-V, vSphere and Nutanix AHV, not Proxmox VE or XCP-ng; XenServer comes with the Citrix subscription",
    source: "Citrix supported hypervisors; docs.xenserver.com licensing overview",
  },
  {
    situation: "Citrix desktops with vGPU on XenServer, no broker answer given",
    class: "borrowed ratings",
    answers: citrixDesktops,
    families: { xen: "xenserver" },
    notWinner: ["proxmox-ve-standard", "proxmox-ve-community", "proxmox-ve-basic", "proxmox-ve-premium", "xcp-ng"],
    why: "Proxmox VE earns neither KVM's vGPU rating (RHEL and Ubuntu KVM in NVIDIA's matrix) nor its desktop rating (Nutanix AHV with Citrix and Horizon): it must not win on them; XCP-ng is not in NVIDIA's matrix, XenServer is",
    source: "NVIDIA vGPU product support matrix; Omnissa Horizon 8 2512 release notes",
  },
  {
    situation: "Desktops on KVM with open source required",
    class: "borrowed ratings",
    answers: { workloads: ["vdi"], licensing: "open-source-required", guestOs: "mostly-windows" },
    knockedOut: { "nutanix-ahv": "licensing", xenserver: "licensing" },
    why: "Nutanix AHV and XenServer are proprietary products although KVM and Xen are open source",
    source: "Nutanix licensing; docs.xenserver.com licensing overview",
  },
  {
    situation: "KVM estate on OpenNebula",
    class: "platform",
    answers: { cloudPlatform: "opennebula", guestOs: "mostly-linux", teamSkills: ["linux"], workloads: ["linux-apps"] },
    winner: "opennebula-kvm",
    knockedOut: { "proxmox-ve-standard": "cloudPlatform" },
    why: "OpenNebula manages its own KVM hosts: the product is OpenNebula's KVM, not Proxmox VE",
    source: "docs.opennebula.io",
  },
  {
    situation: "VMware estate moving onto Apache CloudStack",
    class: "platform",
    answers: {
      cloudPlatform: "cloudstack",
      currentPlatform: "esxi",
      guestOs: "mixed",
      teamSkills: ["linux", "vmware"],
    },
    families: { kvm: "cloudstack-kvm" },
    knockedOut: { "proxmox-ve-standard": "cloudPlatform" },
    why: "CloudStack manages its own KVM hosts and, from 4.19, imports VMware VMs into KVM itself",
    source: "CloudStack documentation, Importing VMware VMs into KVM",
  },
  {
    situation: "Oracle VM (Xen) estate moving to Oracle Cloud",
    class: "platform",
    answers: { cloudPlatform: "oracle-cloud", currentPlatform: "xen", guestOs: "mostly-linux", teamSkills: ["linux"] },
    families: { kvm: "olvm" },
    knockedOut: { "proxmox-ve-standard": "cloudPlatform" },
    why: "Oracle Linux Virtualization Manager (KVM) is Oracle VM's successor and Oracle's own KVM",
    source: "Oracle VM lifecycle; Oracle Linux Virtualization Manager documentation",
  },
  {
    situation: "VMware estate moving to Oracle Cloud VMware Solution",
    class: "platform",
    answers: { cloudPlatform: "oracle-cloud", currentPlatform: "esxi", teamSkills: ["vmware"], guestOs: "mixed" },
    families: { esxi: "vcf" },
    knockedOut: { vvf: "cloudPlatform", "vsphere-hypervisor": "cloudPlatform" },
    support: { vvf: { status: "not-sold" } },
    why: "Oracle Cloud VMware Solution takes only VCF, brought by the customer, since 2026-03-22",
    source: "blogs.oracle.com, OCVS bring-your-own-licence GA",
  },
  {
    situation: "VMware shop on a hosted VMware cloud (AVS, GCVE, EVS)",
    class: "platform",
    answers: { cloudPlatform: "vmware-hybrid", currentPlatform: "esxi", teamSkills: ["vmware"], guestOs: "mixed" },
    winner: "vcf",
    knockedOut: { vvf: "cloudPlatform" },
    why: "Azure VMware Solution, Google Cloud VMware Engine and Amazon EVS take VCF subscriptions, not VVF",
    source: "docs.aws.amazon.com/evs; Azure VMware Solution VCF portability",
  },
  {
    situation: "Linux shop on AWS",
    class: "platform",
    answers: { cloudPlatform: "aws", guestOs: "mostly-linux", workloads: ["linux-apps"], teamSkills: ["linux"] },
    families: { kvm: "amazon-ec2" },
    never: ["proxmox-ve-standard", "proxmox-ve-community", "proxmox-ve-basic", "proxmox-ve-premium"],
    why: "On AWS the customer does not choose the hypervisor: EC2's Nitro (KVM-based) runs the VMs; Proxmox VE is not offered there",
    source: "AWS EC2 FAQ (Nitro)",
  },
  {
    situation: "Linux shop on Google Cloud",
    class: "platform",
    answers: {
      cloudPlatform: "google-cloud",
      guestOs: "mostly-linux",
      workloads: ["linux-apps"],
      teamSkills: ["linux"],
    },
    families: { kvm: "google-compute-engine" },
    never: ["proxmox-ve-standard", "proxmox-ve-community"],
    why: "Compute Engine runs its own hardened KVM; the customer picks instances, not a hypervisor product",
    source: "Google Cloud, 7 ways we harden our KVM hypervisor",
  },
  {
    situation: "Kubernetes-first team, commercial support wanted",
    class: "platform",
    answers: {
      cloudPlatform: "kubernetes",
      workloads: ["containers", "linux-apps"],
      guestOs: "mostly-linux",
      licensing: "commercial-preferred",
      mustHaves: ["vendor-support"],
      teamSkills: ["linux", "automation"],
      budget: "flexible",
    },
    winner: ["openshift-virtualization", "suse-virtualization"],
    never: ["proxmox-ve-standard", "proxmox-ve-community"],
    why: "VMs as Kubernetes resources: OpenShift Virtualization (or SUSE Virtualization), both KubeVirt with vendor support",
    source: "Red Hat OpenShift Virtualization; SUSE Virtualization documentation",
  },
  {
    situation: "Kubernetes-first team, open source required, minimal budget",
    class: "platform",
    answers: {
      cloudPlatform: "kubernetes",
      workloads: ["containers", "linux-apps"],
      guestOs: "mostly-linux",
      licensing: "open-source-required",
      budget: "minimal",
      teamSkills: ["linux", "automation"],
    },
    winner: ["suse-virtualization", "openshift-virtualization"],
    knockedOut: { "nutanix-ahv": "licensing" },
    why: "KubeVirt-based products are open source; Harvester (SUSE Virtualization) is Apache 2.0 and free to run",
    source: "SUSE Virtualization (Harvester) documentation",
  },
  {
    situation: "Edge sites on the free vSphere Hypervisor, three-year horizon",
    class: "support status",
    answers: {
      workloads: ["edge"],
      scale: "small",
      budget: "minimal",
      currentPlatform: "esxi",
      teamSkills: ["vmware"],
      years: 3,
    },
    support: { "vsphere-hypervisor": { status: "ending", until: "2027-10-11" } },
    why: "vSphere 8's general support ends 2027-10-11, inside the horizon: wherever the free edition is named, its date is",
    source: "Broadcom product lifecycle",
  },
  {
    situation: "Edge sites that need vendor support",
    class: "support status",
    answers: {
      workloads: ["edge"],
      scale: "small",
      budget: "minimal",
      mustHaves: ["vendor-support"],
      teamSkills: ["linux"],
    },
    knockedOut: { "vsphere-hypervisor": "vendor-support", "proxmox-ve-community": "vendor-support" },
    never: ["vsphere-hypervisor", "proxmox-ve-community"],
    why: "The free vSphere Hypervisor and Proxmox VE's Community subscription come with no support tickets",
    source: "Proxmox subscription terms; Broadcom free ESXi announcement",
  },
  {
    situation: "20 hosts and 400 VMs on Proxmox VE, no support named",
    class: "support status",
    answers: {
      scale: "medium",
      guestOs: "mostly-linux",
      licensing: "open-source-preferred",
      teamSkills: ["linux"],
      currentPlatform: "kvm",
      estate: { hosts: 20, socketsPerHost: 2, coresPerSocket: 16, vms: 400, windowsVms: 0 },
    },
    support: { "proxmox-ve-community": { status: "community" } },
    why: "The Community subscription has no support tickets: wherever it is named, its status and that caution are on screen (without a support must-have it scores within a point of Basic, so it may be named)",
    source: "Proxmox VE subscriptions",
  },
  {
    situation: "Red Hat Virtualization estate today",
    class: "support status",
    answers: { currentPlatform: "kvm", guestOs: "mostly-linux", teamSkills: ["linux"], scale: "medium" },
    knockedOut: { "red-hat-virtualization": "support" },
    support: { "red-hat-virtualization": { status: "end-of-support", until: "2026-08-31" } },
    never: ["red-hat-virtualization"],
    why: "Red Hat Virtualization reached its end of life in August 2026; OpenShift Virtualization is its successor",
    source: "Red Hat Virtualization life cycle",
  },
  {
    situation: "Open source required, vendor support a must-have",
    class: "missing products",
    answers: {
      licensing: "open-source-required",
      mustHaves: ["vendor-support"],
      guestOs: "mostly-linux",
      teamSkills: ["linux"],
    },
    knockedOut: { "nutanix-ahv": "licensing", "proxmox-ve-community": "vendor-support" },
    never: ["proxmox-ve-community", "xcp-ng", "nutanix-ahv", "xenserver"],
    why: "Proxmox VE's paid subscriptions, Vates VMS for XCP-ng and the Red Hat, SUSE, Canonical and Oracle subscriptions give an open-source platform vendor support",
    source: "Proxmox VE subscriptions; Vates VMS",
  },
  {
    situation: "A large Hyper-V estate managed at scale",
    class: "missing products",
    answers: {
      currentPlatform: "hyper-v",
      guestOs: "mostly-windows",
      workloads: ["windows-apps", "databases"],
      scale: "large",
      budget: "flexible",
      teamSkills: ["windows"],
      mustHaves: ["live-migration", "high-availability"],
    },
    families: { "hyper-v": "windows-server-datacenter-system-center" },
    why: "Hundreds of Hyper-V hosts are run with System Center Virtual Machine Manager (1,000 hosts, 25,000 VMs per instance)",
    source: "System Center 2025 VMM scale limits",
  },
];

const evaluate = (answers: Partial<Answers>): Evaluation =>
  evaluateAnswers({ answers: buildAnswers(answers), kb, samples: 200, today: TODAY });

const asList = (v: string | string[]) => (Array.isArray(v) ? v : [v]);

describe("product cases on the seed knowledge base", () => {
  it.each(CASES)("$class: $situation", (c) => {
    const evaluation = evaluate(c.answers);
    const picks = Object.fromEntries(evaluation.ranking.map((e) => [e.hypervisor, e.product?.id ?? null]));
    const winner = evaluation.ranking[0]?.eligible ? evaluation.ranking[0].product?.id : null;
    // The whole picture rides along so a failure shows it, not only the one product that differs.
    const picture = {
      why: c.why,
      winner,
      picks,
      top: evaluation.products.slice(0, 6).map((p) => `${p.id} ${p.score.toFixed(1)}${p.eligible ? "" : "✗"}`),
    };
    if (c.winner) expect({ ...picture, ok: asList(c.winner).includes(winner ?? "") }).toEqual({ ...picture, ok: true });
    for (const [family, expected] of Object.entries(c.families ?? {}))
      expect({ ...picture, family, ok: asList(expected).includes(picks[family] ?? "") }).toEqual({
        ...picture,
        family,
        ok: true,
      });
    for (const id of c.never ?? []) {
      expect(Object.values(picks)).not.toContain(id);
      expect(winner).not.toBe(id);
    }
    for (const id of c.notWinner ?? []) expect(winner).not.toBe(id);
    for (const [id, cause] of Object.entries(c.knockedOut ?? {})) {
      const product = evaluation.products.find((p) => p.id === id)!;
      expect(product.eligible).toBe(false);
      expect(product.knockouts.map((k) => k.mustHave)).toContain(cause);
    }
    for (const [id, expected] of Object.entries(c.support ?? {})) {
      const product = evaluation.products.find((p) => p.id === id)!;
      expect(product.support.status).toBe(expected.status);
      if (expected.until) expect(product.support.until).toBe(expected.until);
      // A family that still names it shows the status on the page: the choice carries it, and its caution says why.
      const entry = evaluation.ranking.find((e) => e.product?.id === id);
      if (entry && (expected.status === "ending" || expected.status === "community")) {
        expect(entry.product!.support.status).toBe(expected.status);
        expect(entry.product!.cautions.join(" ")).toContain(expected.until ?? "No vendor support");
      }
    }
  });

  it("cover every class of wrong answer with at least two situations, 15 in all", () => {
    const classes: CaseClass[] = ["borrowed ratings", "platform", "support status", "missing products"];
    for (const k of classes) expect(CASES.filter((c) => c.class === k).length).toBeGreaterThanOrEqual(2);
    expect(CASES.length).toBeGreaterThanOrEqual(15);
    for (const c of CASES) expect(c.why.length + c.source.length).toBeGreaterThan(30);
  });
});
