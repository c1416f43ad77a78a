// A vSphere estate of three unlike clusters for the tests of the plan per cluster (engine and pages):
// a Windows SQL cluster, a desktop cluster and small single-CPU edge hosts, with the team's quotes for
// the two edge subscriptions the seed knowledge base has no public price for.
import type { Answers } from "@/lib/questionnaire/answers";
import type { Quotes } from "@/lib/questionnaire/quotes";

const group = (count: number, socketsPerHost: number, coresPerSocket: number) => [
  { count, socketsPerHost, coresPerSocket },
];

export const THREE_CLUSTERS: Partial<Answers> = {
  workloads: ["general-server", "windows-apps", "databases", "vdi", "edge"],
  guestOs: "mixed",
  currentPlatform: "esxi",
  licensing: "no-preference",
  teamSkills: ["windows", "linux"],
  mustHaves: ["live-migration", "high-availability"],
  scale: "medium",
  budget: "minimal",
  years: 3,
  estate: {
    clusters: [
      {
        name: "SQL",
        hostGroups: group(4, 2, 24),
        vms: 60,
        windowsServerVms: 54,
        desktopVms: 0,
        workloads: ["databases", "windows-apps"],
      },
      {
        name: "VDI",
        hostGroups: group(6, 2, 16),
        vms: 420,
        windowsServerVms: 20,
        desktopVms: 400,
        workloads: ["vdi"],
      },
      { name: "EDGE", hostGroups: group(5, 1, 8), vms: 40, windowsServerVms: 0, desktopVms: 0, workloads: ["edge"] },
    ],
  },
};

export const EDGE_QUOTES: Quotes = {
  "suse-virtualization": { unit: "host-year", amount: 1000, currency: "USD" },
  olvm: { unit: "host-year", amount: 1200, currency: "USD" },
};
