// The estate as the cost model reads it: always clusters of host groups, whether the answers gave the
// flat fields or `clusters` (contract "Additions, part 2"). Without zod, so pages that only show a
// result (the share page) ship no schema code: zod probes for eval when a schema is built, which the
// share page's CSP reports.
import type { Estate, HostGroup } from "./answers";
import type { Workload } from "./options";

export type { HostGroup } from "./answers";

/** The most clusters an estate holds (contract "The estate as clusters"); an inventory holding more is refused. */
export const MAX_CLUSTERS = 500;

/** One cluster, its counts always present (a flat estate's unknown VM count stays unknown). */
export interface EstateCluster {
  name: string;
  hostGroups: HostGroup[];
  /** Undefined when a flat estate gave no VM count. */
  vms: number | undefined;
  windowsServerVms: number;
  desktopVms: number;
  /** Whether the Windows Server VM count was given (a flat estate may leave it out). */
  windowsGiven: boolean;
  workloads?: Workload[];
  storageTiB?: number;
}

/** Whether the estate's size is given: flat hosts, sockets and cores, or clusters. */
export function isSized(estate: Estate | undefined): boolean {
  if (!estate) return false;
  if (estate.clusters !== undefined) return true;
  return estate.hosts !== undefined && estate.socketsPerHost !== undefined && estate.coresPerSocket !== undefined;
}

/** The estate as clusters (a flat estate is one cluster with one host group), or null when not sized. */
export function estateClusters(estate: Estate | undefined): EstateCluster[] | null {
  if (!estate || !isSized(estate)) return null;
  if (estate.clusters) {
    return estate.clusters.map((c) => ({
      name: c.name,
      hostGroups: c.hostGroups,
      vms: c.vms,
      windowsServerVms: c.windowsServerVms,
      desktopVms: c.desktopVms,
      windowsGiven: true,
      workloads: c.workloads,
      storageTiB: c.storageTiB,
    }));
  }
  return [
    {
      name: "Estate",
      hostGroups: [
        { count: estate.hosts!, socketsPerHost: estate.socketsPerHost!, coresPerSocket: estate.coresPerSocket! },
      ],
      vms: estate.vms,
      windowsServerVms: estate.windowsVms ?? 0,
      desktopVms: estate.desktopVms ?? 0,
      windowsGiven: estate.windowsVms !== undefined,
    },
  ];
}

export interface EstateTotals {
  hosts: number;
  sockets: number;
  cores: number;
  /** Undefined when a flat estate gave no VM count. */
  vms: number | undefined;
  windowsServerVms: number;
  desktopVms: number;
}

export function estateTotals(clusters: readonly EstateCluster[]): EstateTotals {
  let hosts = 0;
  let sockets = 0;
  let cores = 0;
  let vms: number | undefined = 0;
  let windowsServerVms = 0;
  let desktopVms = 0;
  for (const c of clusters) {
    for (const g of c.hostGroups) {
      hosts += g.count;
      sockets += g.count * g.socketsPerHost;
      cores += g.count * g.socketsPerHost * g.coresPerSocket;
    }
    vms = vms === undefined || c.vms === undefined ? undefined : vms + c.vms;
    windowsServerVms += c.windowsServerVms;
    desktopVms += c.desktopVms;
  }
  return { hosts, sockets, cores, vms, windowsServerVms, desktopVms };
}

/** The VM count the estate gives, when it gives one (flat `vms` or the clusters' sum). */
export function estateVms(estate: Estate | undefined): number | undefined {
  const clusters = estateClusters(estate);
  if (clusters) return estateTotals(clusters).vms;
  return estate?.vms;
}

/** The desktop VMs the estate gives (flat `desktopVms` or the clusters' sum), 0 when none. */
export function estateDesktops(estate: Estate | undefined): number {
  if (estate?.clusters) return estate.clusters.reduce((n, c) => n + c.desktopVms, 0);
  return estate?.desktopVms ?? 0;
}

/** The hosts of the estate, when sized. */
export function estateHosts(estate: Estate | undefined): number | undefined {
  const clusters = estateClusters(estate);
  return clusters ? estateTotals(clusters).hosts : undefined;
}
