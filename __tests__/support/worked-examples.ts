// The three worked examples of docs/method.md ("Worked examples"), as request bodies, with the figures
// the document derives by hand. Shared by the API test (both databases) and the browser test.
import type { Answers } from "@/lib/questionnaire/answers";
import type { Assumptions } from "@/lib/questionnaire/assumptions";
import type { Quotes } from "@/lib/questionnaire/quotes";

const onPremises = { licensing: "no-preference", cloudPlatform: "on-premises" } as const;

export interface OptionFigures {
  hypervisor: string;
  product: string;
  perYear: number;
  oneOff: number;
  npv: number;
  /** Every yearly and one-off line's amount, in the document's order. */
  lines: number[];
  oneOffLines: number[];
}

export interface WorkedExample {
  name: string;
  body: { answers: Answers; assumptions?: Assumptions; quotes?: Quotes };
  winner: string;
  options: OptionFigures[];
  plan: { paybackMonths: number | null; npvSaving: number | null; breakEvenDiscount: number | null };
}

export const WORKED_EXAMPLES: WorkedExample[] = [
  {
    name: "a Windows-heavy estate that owns Datacenter",
    body: {
      answers: {
        ...onPremises,
        workloads: ["windows-apps", "general-server"],
        guestOs: "mostly-windows",
        currentPlatform: "esxi",
        scale: "medium",
        budget: "moderate",
        mustHaves: ["live-migration", "high-availability"],
        teamSkills: ["windows"],
        estate: { hosts: 6, socketsPerHost: 2, coresPerSocket: 16, vms: 150, windowsVms: 120 },
        years: 3,
      },
      assumptions: { windowsOwned: "datacenter" },
    },
    winner: "hyper-v",
    options: [
      {
        hypervisor: "hyper-v",
        product: "windows-server-datacenter",
        perYear: 0,
        oneOff: 41_160,
        npv: 41_160,
        lines: [],
        oneOffLines: [39_000, 2_160],
      },
      {
        hypervisor: "esxi",
        product: "vvf",
        perYear: 25_920,
        oneOff: 5_000,
        npv: 73_022.27,
        lines: [25_920],
        oneOffLines: [5_000],
      },
    ],
    plan: { paybackMonths: 17, npvSaving: 31_862.27, breakEvenDiscount: 0.4684 },
  },
  {
    name: "a 40-host estate with 10 Windows VMs",
    body: {
      answers: {
        ...onPremises,
        workloads: ["linux-apps", "general-server"],
        guestOs: "mostly-linux",
        currentPlatform: "esxi",
        scale: "large",
        budget: "minimal",
        mustHaves: ["live-migration", "high-availability"],
        teamSkills: ["linux"],
        estate: { hosts: 40, socketsPerHost: 2, coresPerSocket: 16, vms: 800, windowsVms: 10 },
        years: 3,
      },
    },
    winner: "kvm",
    options: [
      {
        hypervisor: "kvm",
        product: "proxmox-ve-community",
        perYear: 15_210.56,
        oneOff: 237_000,
        npv: 276_917.32,
        lines: [11_290.56, 3_920],
        oneOffLines: [165_000, 72_000],
      },
      {
        hypervisor: "esxi",
        product: "vvf",
        perYear: 176_720,
        oneOff: 22_000,
        npv: 485_769.13,
        lines: [172_800, 3_920],
        oneOffLines: [22_000],
      },
    ],
    plan: { paybackMonths: 16, npvSaving: 208_851.81, breakEvenDiscount: 0.4606 },
  },
  {
    name: "a Citrix desktop cluster",
    body: {
      answers: {
        ...onPremises,
        workloads: ["vdi", "windows-apps"],
        vdiBroker: "citrix",
        guestOs: "mostly-windows",
        currentPlatform: "xen",
        scale: "medium",
        budget: "moderate",
        mustHaves: ["live-migration", "high-availability", "gpu-virtualization"],
        teamSkills: ["windows"],
        estate: {
          clusters: [
            {
              name: "Citrix desktops",
              hostGroups: [{ count: 8, socketsPerHost: 2, coresPerSocket: 16 }],
              vms: 400,
              windowsServerVms: 20,
              desktopVms: 380,
            },
          ],
        },
        years: 3,
      },
      assumptions: { renewalDate: "2027-06-30" },
      quotes: { xenserver: { unit: "flat-year", amount: 0, currency: "USD" } },
    },
    winner: "xen",
    options: [
      {
        hypervisor: "xen",
        product: "xenserver",
        perYear: 7_840,
        oneOff: 0,
        npv: 20_574.64,
        lines: [0, 7_840],
        oneOffLines: [],
      },
      {
        hypervisor: "hyper-v",
        product: "windows-server-datacenter-system-center",
        perYear: 57_274.67,
        oneOff: 37_500,
        npv: 187_806.84,
        lines: [36_112, 21_162.67],
        oneOffLines: [37_500],
      },
    ],
    plan: { paybackMonths: null, npvSaving: null, breakEvenDiscount: null },
  },
];

/** The 40-host shop leaving VMware on a moderate budget (issue: the verdict carries the money). */
export const FORTY_HOST_SHOP: { answers: Answers } = {
  answers: {
    ...onPremises,
    workloads: ["windows-apps", "linux-apps", "general-server"],
    guestOs: "mixed",
    currentPlatform: "esxi",
    scale: "large",
    budget: "moderate",
    mustHaves: ["live-migration", "high-availability"],
    teamSkills: ["vmware"],
    estate: { hosts: 40, socketsPerHost: 2, coresPerSocket: 16, vms: 800, windowsVms: 300 },
    years: 3,
  },
};
