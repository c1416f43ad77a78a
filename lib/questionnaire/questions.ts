// The questionnaire as data: the wizard renders from it and GET /api/v1/questionnaire serves it, so
// the questions, help texts and defaults exist once. Values are the v1 answers contract.
import type { Answers } from "./answers";

export type QuestionOption<V extends string = string> = { value: V; label: string; description: string };

/** The nine choice questions of v1; the optional estate and horizon are asked by their own step. */
export type ChoiceField = Exclude<keyof Answers, "estate" | "years">;

type OptionsOf<K extends keyof Answers> = Answers[K] extends readonly (infer V)[] ? V : Answers[K];

type QuestionOf<K extends ChoiceField> = {
  id: K;
  kind: Answers[K] extends readonly unknown[] ? "multiple" : "single";
  /** A few words for step lists and summaries; the title is the full question. */
  shortTitle: string;
  title: string;
  /** Why the question matters for the recommendation. */
  help: string;
  options: QuestionOption<Extract<OptionsOf<K>, string>>[];
};

/** One question; with no argument, the union over all fields, so `kind` narrows per question. */
export type Question<K extends ChoiceField = ChoiceField> = K extends ChoiceField ? QuestionOf<K> : never;

export const DEFAULT_ANSWERS: Answers = {
  workloads: ["general-server"],
  guestOs: "mixed",
  licensing: "no-preference",
  cloudPlatform: "on-premises",
  currentPlatform: "none",
  scale: "medium",
  budget: "moderate",
  mustHaves: [],
  teamSkills: [],
};

const workloads: Question<"workloads"> = {
  id: "workloads",
  kind: "multiple",
  shortTitle: "Workloads",
  title: "What will the virtual machines run?",
  help: "Choose every kind of workload that matters. Desktops, GPUs and databases raise the weight of the criteria that serve them; performance differences between hypervisors are small for ordinary servers.",
  options: [
    {
      value: "general-server",
      label: "General servers",
      description: "File, web, directory and line-of-business servers.",
    },
    {
      value: "windows-apps",
      label: "Windows applications",
      description: "Applications that need Windows Server guests.",
    },
    { value: "linux-apps", label: "Linux applications", description: "Applications on Linux distributions." },
    {
      value: "vdi",
      label: "Virtual desktops (VDI)",
      description: "Hosted desktops for users, usually through a broker such as Citrix, Horizon or AVD.",
    },
    {
      value: "databases",
      label: "Databases",
      description: "Latency-sensitive, memory-heavy guests where availability and backup matter.",
    },
    {
      value: "hpc-gpu",
      label: "GPU and HPC",
      description: "AI/ML, rendering or compute that needs GPUs or vGPU sharing.",
    },
    {
      value: "dev-test",
      label: "Development and test",
      description: "Short-lived machines where cost matters more than uptime.",
    },
    {
      value: "containers",
      label: "Containers next to VMs",
      description: "Kubernetes or container platforms running alongside or inside the VMs.",
    },
    { value: "edge", label: "Edge and branch sites", description: "Small clusters at many sites, often unattended." },
  ],
};

const guestOs: Question<"guestOs"> = {
  id: "guestOs",
  kind: "single",
  shortTitle: "Guest OS",
  title: "Which guest operating systems dominate?",
  help: "Every hypervisor runs both, but Windows integration is strongest on Hyper-V and Linux is native to KVM. This shifts the weight between the two guest criteria.",
  options: [
    {
      value: "mostly-windows",
      label: "Mostly Windows",
      description: "Most virtual machines run Windows Server or Windows desktops.",
    },
    { value: "mostly-linux", label: "Mostly Linux", description: "Most virtual machines run Linux distributions." },
    { value: "mixed", label: "A mix", description: "A substantial share of both." },
  ],
};

const licensing: Question<"licensing"> = {
  id: "licensing",
  kind: "single",
  shortTitle: "Licensing",
  title: "What is your licensing policy?",
  help: '"Open source required" removes ESXi and Hyper-V from the running. A preference only raises or lowers the weight of openness and commercial support.',
  options: [
    {
      value: "open-source-required",
      label: "Open source required",
      description: "Policy forbids a proprietary hypervisor.",
    },
    {
      value: "open-source-preferred",
      label: "Open source preferred",
      description: "Open source counts in favour, but is not mandatory.",
    },
    { value: "no-preference", label: "No preference", description: "Judge on merit and cost." },
    {
      value: "commercial-preferred",
      label: "Commercial preferred",
      description: "A single vendor accountable for the product matters.",
    },
  ],
};

const cloudPlatform: Question<"cloudPlatform"> = {
  id: "cloudPlatform",
  kind: "single",
  shortTitle: "Cloud platform",
  title: "Which cloud platform, if any, must the hypervisor fit?",
  help: "Cloud stacks support only some hypervisors today: OpenStack dropped its Xen and Hyper-V drivers, KubeVirt runs on KVM, and each public cloud runs its own. A hypervisor the platform does not support is ruled out.",
  options: [
    {
      value: "on-premises",
      label: "On-premises cluster, no cloud stack",
      description: "A virtualization cluster managed with the hypervisor's own tools.",
    },
    { value: "openstack", label: "OpenStack", description: "A private cloud built on OpenStack Nova." },
    {
      value: "cloudstack",
      label: "Apache CloudStack",
      description: "A private or service-provider cloud on CloudStack.",
    },
    { value: "opennebula", label: "OpenNebula", description: "A private cloud on OpenNebula." },
    {
      value: "kubernetes",
      label: "Kubernetes (KubeVirt)",
      description: "Virtual machines managed as Kubernetes resources, e.g. KubeVirt or OpenShift Virtualization.",
    },
    { value: "aws", label: "Amazon Web Services", description: "Workloads that will run on, or move to, AWS." },
    { value: "azure", label: "Microsoft Azure", description: "Workloads that will run on, or extend into, Azure." },
    {
      value: "google-cloud",
      label: "Google Cloud",
      description: "Workloads that will run on, or move to, Google Cloud.",
    },
    {
      value: "oracle-cloud",
      label: "Oracle Cloud",
      description: "Workloads that will run on, or move to, Oracle Cloud Infrastructure.",
    },
    {
      value: "vmware-hybrid",
      label: "VMware-based hybrid cloud",
      description: "VMware Cloud Foundation, or VMware on AWS, Azure or Google Cloud.",
    },
  ],
};

const currentPlatform: Question<"currentPlatform"> = {
  id: "currentPlatform",
  kind: "single",
  shortTitle: "Current platform",
  title: "What do you run today?",
  help: "Staying put avoids a migration; moving costs effort that depends on the conversion tools between the two platforms.",
  options: [
    { value: "none", label: "Nothing yet", description: "A new environment, or physical servers." },
    {
      value: "esxi",
      label: "VMware ESXi (vSphere)",
      description: "Including VMware Cloud Foundation and vSphere Foundation.",
    },
    { value: "hyper-v", label: "Microsoft Hyper-V", description: "Including Azure Local (formerly Azure Stack HCI)." },
    {
      value: "kvm",
      label: "KVM",
      description: "Including Proxmox VE, Nutanix AHV, oVirt/OLVM or OpenShift Virtualization.",
    },
    { value: "xen", label: "Xen", description: "Including XenServer and XCP-ng." },
  ],
};

const scale: Question<"scale"> = {
  id: "scale",
  kind: "single",
  shortTitle: "Scale",
  title: "How large is the environment?",
  help: "Large estates need central management, scalability and automated failover; small ones need simplicity and low fixed cost.",
  options: [
    { value: "small", label: "Small", description: "1–3 hosts." },
    { value: "medium", label: "Medium", description: "4–32 hosts." },
    { value: "large", label: "Large", description: "More than 32 hosts, or several sites." },
  ],
};

const budget: Question<"budget"> = {
  id: "budget",
  kind: "single",
  shortTitle: "Budget",
  title: "How much room is there in the budget for licences and subscriptions?",
  help: "Licence cost ranges from nothing (KVM, Xen) to per-core subscriptions with minimum purchases (VMware since Broadcom). A tight budget weighs cost heavily.",
  options: [
    { value: "minimal", label: "Minimal", description: "Licence spend must be as close to zero as possible." },
    { value: "moderate", label: "Moderate", description: "Paying for value is fine, within limits." },
    { value: "flexible", label: "Flexible", description: "Capability matters more than licence cost." },
  ],
};

const mustHaves: Question<"mustHaves"> = {
  id: "mustHaves",
  kind: "multiple",
  shortTitle: "Must-haves",
  title: "Which capabilities are non-negotiable?",
  help: "A must-have is a hard requirement: a hypervisor that cannot meet it is ruled out, and the results say who would win without it. Leave this empty if nothing is absolute.",
  options: [
    {
      value: "live-migration",
      label: "Live migration",
      description: "Moving running VMs between hosts without downtime.",
    },
    {
      value: "high-availability",
      label: "High availability",
      description: "Automatic restart of VMs when a host fails.",
    },
    {
      value: "gpu-virtualization",
      label: "GPU virtualization",
      description: "Sharing or passing through GPUs to VMs (vGPU, MIG, GPU partitioning).",
    },
    {
      value: "confidential-computing",
      label: "Confidential computing",
      description: "Memory-encrypted guests (AMD SEV-SNP, Intel TDX) on your own hosts.",
    },
    {
      value: "vendor-support",
      label: "Vendor support",
      description: "A vendor support contract for the hypervisor itself.",
    },
    { value: "backup-ecosystem", label: "Backup ecosystem", description: "Support from mainstream backup products." },
  ],
};

const teamSkills: Question<"teamSkills"> = {
  id: "teamSkills",
  kind: "multiple",
  shortTitle: "Team skills",
  title: "What does your team already know well?",
  help: "Known tools lower the effort of running and migrating to a platform. Leave empty if the team is new to all of them.",
  options: [
    { value: "windows", label: "Windows Server", description: "Failover clustering, PowerShell, System Center." },
    { value: "linux", label: "Linux", description: "Linux administration, libvirt, shell tooling." },
    { value: "vmware", label: "VMware", description: "vCenter, vMotion, PowerCLI." },
    { value: "automation", label: "Automation", description: "Ansible, Terraform or similar infrastructure as code." },
  ],
};

/**
 * Asked inside the workloads step once desktops are chosen (contract "Additions to v1"), not as a
 * step of its own: the broker matters only for desktops, and decides their platform.
 */
export const VDI_BROKER_QUESTION: Question<"vdiBroker"> = {
  id: "vdiBroker",
  kind: "single",
  shortTitle: "VDI broker",
  title: "Which broker runs your virtual desktops?",
  help: "Each broker's vendor supports only some platforms, so the broker you keep can rule a hypervisor out. Leave it unanswered if you have not chosen one.",
  options: [
    {
      value: "citrix",
      label: "Citrix",
      description: "Citrix Virtual Apps and Desktops (or DaaS) with on-premises hosting.",
    },
    { value: "horizon", label: "Omnissa Horizon", description: "Horizon 8, formerly VMware Horizon." },
    { value: "avd", label: "Azure Virtual Desktop", description: "Session hosts in Azure or on Azure Local." },
    { value: "other", label: "Another broker", description: "A broker this advisor has no support facts for." },
    { value: "none", label: "None yet", description: "Desktops are planned, the broker not chosen." },
  ],
};

export const QUESTIONS: readonly Question[] = [
  workloads,
  guestOs,
  licensing,
  cloudPlatform,
  currentPlatform,
  scale,
  budget,
  mustHaves,
  teamSkills,
];
