// What reading an RVTools export gives (contract "Additions, part 2", "Reading an inventory"):
// an estate ready for `answers.estate`, its counts, and what needs care. Counts only: no VM name.
import type { Cluster } from "@/lib/questionnaire/answers";

/** What a set of VMs holds, by kind: the estate's totals and each cluster's. */
export interface VmCounts {
  /** Virtual machines, powered off or not; never templates. */
  vms: number;
  poweredOnVms: number;
  templates: number;
  windowsServerVms: number;
  desktopVms: number;
  linuxVms: number;
  otherVms: number;
  /** Used capacity ("In Use MiB" of every VM) in TiB, to the hundredth. */
  storageTiB: number;
}

export interface InventorySummary extends VmCounts {
  hosts: number;
  sockets: number;
  cores: number;
  clusters: number;
}

/** A cluster's counts beyond what `answers.estate` takes, for the review (same order as the clusters). */
export interface ClusterCounts extends VmCounts {
  name: string;
  hosts: number;
  cores: number;
}

export interface InventoryReading {
  estate: { clusters: Cluster[] };
  summary: InventorySummary;
  /** The same clusters' fuller counts, for a review before the estate is used. */
  perCluster: ClusterCounts[];
  /** Each says what was found, how many, and what the plan does about it. */
  warnings: string[];
}
