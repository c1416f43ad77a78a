// Clusters for the tests of an estate as clusters (contract "Additions, part 2"): a database cluster,
// a desktop cluster of two kinds of host, and a small DMZ; 17 hosts, 504 cores, 512 VMs in all.
import type { Cluster } from "@/lib/questionnaire/answers";

export const SQL_CLUSTER: Cluster = {
  name: "SQL",
  hostGroups: [{ count: 4, socketsPerHost: 2, coresPerSocket: 24 }],
  vms: 120,
  windowsServerVms: 80,
  desktopVms: 0,
  storageTiB: 12.5,
};

export const VDI_CLUSTER: Cluster = {
  name: "VDI",
  hostGroups: [
    { count: 8, socketsPerHost: 2, coresPerSocket: 16 },
    { count: 2, socketsPerHost: 1, coresPerSocket: 16 },
  ],
  vms: 380,
  windowsServerVms: 0,
  desktopVms: 360,
  storageTiB: 40.25,
};

export const DMZ_CLUSTER: Cluster = {
  name: "DMZ",
  hostGroups: [{ count: 3, socketsPerHost: 1, coresPerSocket: 8 }],
  vms: 12,
  windowsServerVms: 4,
  desktopVms: 0,
  storageTiB: 7.75,
};
