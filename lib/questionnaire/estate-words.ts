// The estate and horizon in plain words, from answers already checked: a flat estate
// ("40 hosts × 2 sockets × 16 cores", "800 VMs (300 Windows Server, 20 desktops)") or clusters
// ("3 clusters, 24 hosts, 768 cores", "600 VMs (120 Windows Server, 380 desktops)"). No zod: the
// results and share pages show it and ship no schema code (describe-estate.ts checks half-typed values).
import type { Estate } from "./answers";
import { estateClusters, estateTotals } from "./estate";
import { DEFAULT_YEARS } from "./horizon";

export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/** "(120 Windows Server, 380 desktops)" of the parts given, or "" when none is. */
function guests(windowsServer: number | undefined, desktops: number | undefined): string {
  const parts = [
    windowsServer === undefined ? undefined : `${windowsServer.toLocaleString("en-US")} Windows Server`,
    desktops === undefined ? undefined : count(desktops, "desktop"),
  ].filter((part) => part !== undefined);
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

function clusterWords(estate: Estate): string[] {
  const clusters = estateClusters(estate) ?? [];
  const totals = estateTotals(clusters);
  const parts = [
    `${count(clusters.length, "cluster")}, ${count(totals.hosts, "host")}, ${count(totals.cores, "core")}`,
  ];
  if (totals.vms !== undefined)
    parts.push(
      `${count(totals.vms, "VM")}${guests(totals.windowsServerVms || undefined, totals.desktopVms || undefined)}`,
    );
  return parts;
}

function flatWords({ hosts, socketsPerHost, coresPerSocket, vms, windowsVms, desktopVms }: Estate): string[] {
  const parts =
    hosts !== undefined && socketsPerHost !== undefined && coresPerSocket !== undefined
      ? [`${count(hosts, "host")} × ${count(socketsPerHost, "socket")} × ${count(coresPerSocket, "core")}`]
      : ["Hosts not given"];
  if (vms !== undefined) parts.push(`${count(vms, "VM")}${guests(windowsVms, desktopVms)}`);
  else {
    if (windowsVms !== undefined) parts.push(count(windowsVms, "Windows Server VM"));
    if (desktopVms !== undefined) parts.push(count(desktopVms, "desktop VM"));
  }
  return parts;
}

/**
 * The estate and horizon in words; [] when neither is given. The default horizon is shown once an
 * estate is, since the costs are worked out over it.
 */
export function estateWords(estate: Estate | undefined, years: number | undefined): string[] {
  if (!estate) return years === undefined ? [] : ["Estate not given", count(years, "year")];
  const parts = estate.clusters ? clusterWords(estate) : flatWords(estate);
  return [...parts, count(years ?? DEFAULT_YEARS, "year")];
}
