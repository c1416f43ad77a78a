// Turns the rows read from an export into the estate the plan takes: clusters of host groups with
// their VM counts by kind, the totals, and a warning for each thing that needs a person's eye, with
// what the plan does about it. Counts only: no VM name reaches the answer.
import type { Cluster, HostGroup } from "@/lib/questionnaire/answers";
import { MAX_CLUSTERS } from "@/lib/questionnaire/estate";
import { withoutInvisibleControls } from "@/lib/validation/visible-text";
import { guestKind } from "./guest-kind";
import { InventoryError } from "./inventory-error";
import type { ClusterCounts, InventoryReading, InventorySummary } from "./types";

export interface VmRow {
  poweredOn: boolean;
  template: boolean;
  srmPlaceholder: boolean;
  datacenter: string;
  cluster: string;
  host: string;
  os: string;
  inUseMiB: number | undefined;
}
export interface HostRow {
  host: string;
  datacenter: string;
  cluster: string;
  sockets: number | undefined;
  coresPerCpu: number | undefined;
}
/** `vm` tells a disk's VM apart from others without naming it. */
export interface DiskRow {
  vm: string;
  raw: boolean;
  shared: boolean;
}

export const NO_CLUSTER = "Hosts without a cluster";
const MIB_PER_TIB = 1024 * 1024;
const MAX_HOST_GROUPS = 50;
const MAX_NAME = 80;

interface Tally extends Omit<ClusterCounts, "name" | "storageTiB"> {
  key: string;
  label: string;
  datacenter: string;
  groups: Map<string, HostGroup>;
  sockets: number;
  storageMiB: number;
}

export function buildEstate(input: {
  vms: VmRow[];
  hosts: HostRow[];
  disks: DiskRow[] | null;
  consumedMiB: number | null;
}): InventoryReading {
  const warnings: string[] = [];
  const tallies = new Map<string, Tally>();
  const tally = (datacenter: string, cluster: string): Tally => {
    const key = cluster === "" ? "" : `${datacenter}\u0000${cluster}`;
    let found = tallies.get(key);
    if (!found) {
      found = { ...emptyCounts(), key, label: cluster, datacenter, groups: new Map(), sockets: 0, storageMiB: 0 };
      tallies.set(key, found);
    }
    return found;
  };

  const hostCluster = new Map<string, Tally>();
  let unusableHosts = 0;
  for (const host of input.hosts) {
    const t = tally(host.datacenter, host.cluster);
    if (host.host !== "") hostCluster.set(host.host, t);
    const { sockets, coresPerCpu } = host;
    if (!isWhole(sockets, 1, 16) || !isWhole(coresPerCpu, 1, 512)) {
      unusableHosts++;
      continue;
    }
    const shape = `${sockets}x${coresPerCpu}`;
    const group = t.groups.get(shape) ?? { count: 0, socketsPerHost: sockets, coresPerSocket: coresPerCpu };
    group.count++;
    t.groups.set(shape, group);
  }
  const byName = new Map<string, Tally[]>();
  for (const t of tallies.values()) byName.set(t.label, [...(byName.get(t.label) ?? []), t]);

  let templates = 0;
  let placeholders = 0;
  let poweredOff = 0;
  let noOs = 0;
  let windowsUnstated = 0;
  for (const vm of input.vms) {
    if (vm.srmPlaceholder) {
      placeholders++;
      continue;
    }
    const t =
      vm.cluster === ""
        ? (hostCluster.get(vm.host) ?? tally("", ""))
        : vm.datacenter === "" && byName.get(vm.cluster)?.length === 1
          ? byName.get(vm.cluster)![0]!
          : tally(vm.datacenter, vm.cluster);
    if (vm.template) {
      t.templates++;
      templates++;
      continue;
    }
    t.vms++;
    if (vm.poweredOn) t.poweredOnVms++;
    else poweredOff++;
    const kind = guestKind(vm.os);
    if (kind === "windowsServer") t.windowsServerVms++;
    else if (kind === "desktop") t.desktopVms++;
    else if (kind === "linux") t.linuxVms++;
    else t.otherVms++;
    if (kind === "unknown") noOs++;
    if (kind === "other" && vm.os.toLowerCase().includes("windows")) windowsUnstated++;
    t.storageMiB += Math.max(0, vm.inUseMiB ?? 0);
  }

  const usable = [...tallies.values()].filter((t) => t.groups.size > 0);
  if (usable.length > MAX_CLUSTERS) {
    throw new InventoryError(
      "too_large",
      `The export holds ${usable.length.toLocaleString("en-US")} clusters; a plan takes at most ${MAX_CLUSTERS}.`,
    );
  }
  const dropped = [...tallies.values()].filter((t) => t.groups.size === 0 && t.vms > 0);
  const names = displayNames(usable);
  const clusters: Cluster[] = [];
  const perCluster: ClusterCounts[] = [];
  for (const t of usable.sort(byClusterName)) {
    const groups = [...t.groups.values()].sort(
      (a, b) =>
        b.count - a.count ||
        b.socketsPerHost * b.coresPerSocket - a.socketsPerHost * a.coresPerSocket ||
        b.socketsPerHost - a.socketsPerHost,
    );
    if (groups.length > MAX_HOST_GROUPS) {
      const left = groups.splice(MAX_HOST_GROUPS).reduce((sum, g) => sum + g.count, 0);
      warnings.push(
        `${count(left, "host")} in ${names.get(t)} have rarer CPU shapes than its ${MAX_HOST_GROUPS} most common ones and are left out of its host groups.`,
      );
    }
    t.hosts = groups.reduce((sum, g) => sum + g.count, 0);
    t.sockets = groups.reduce((sum, g) => sum + g.count * g.socketsPerHost, 0);
    t.cores = groups.reduce((sum, g) => sum + g.count * g.socketsPerHost * g.coresPerSocket, 0);
    const storageTiB = round2(t.storageMiB / MIB_PER_TIB);
    const name = names.get(t)!;
    clusters.push({
      name,
      hostGroups: groups,
      vms: t.vms,
      windowsServerVms: t.windowsServerVms,
      desktopVms: t.desktopVms,
      ...(t.storageMiB > 0 ? { storageTiB } : {}),
    });
    const { hosts, cores, vms, poweredOnVms, windowsServerVms, desktopVms, linuxVms, otherVms } = t;
    perCluster.push({
      name,
      hosts,
      cores,
      vms,
      poweredOnVms,
      templates: t.templates,
      windowsServerVms,
      desktopVms,
      linuxVms,
      otherVms,
      storageTiB,
    });
  }

  const summary = summarise(usable, templates);
  const unclustered = usable.find((t) => t.key === "");
  if (poweredOff > 0)
    warnings.push(
      `${count(poweredOff, "VM")} ${poweredOff === 1 ? "is" : "are"} powered off or suspended: counted among the VMs to move; lower the counts in the review if they are to be retired.`,
    );
  if (templates > 0)
    warnings.push(
      `${count(templates, "template")} ${templates === 1 ? "is" : "are"} left out of the VMs: rebuild or convert them on the new platform.`,
    );
  if (placeholders > 0)
    warnings.push(
      `${count(placeholders, "SRM placeholder VM")} ${placeholders === 1 ? "is" : "are"} left out: they stand in for VMs protected at another site.`,
    );
  if (noOs > 0)
    warnings.push(
      `${count(noOs, "VM")} report${noOs === 1 ? "s" : ""} no guest OS in either OS column: counted as other (no Windows Server or desktop licences).`,
    );
  if (windowsUnstated > 0)
    warnings.push(
      `${count(windowsUnstated, "VM")} report${windowsUnstated === 1 ? "s" : ""} Windows without saying server or desktop: counted as other; add them to the Windows Server VMs in the review if they are servers.`,
    );
  if (unclustered)
    warnings.push(
      `${count(unclustered.hosts, "host")} run${unclustered.hosts === 1 ? "s" : ""} outside any cluster: with their ${count(unclustered.vms, "VM")} they are planned together as "${NO_CLUSTER}".`,
    );
  if (unusableHosts > 0)
    warnings.push(
      `${count(unusableHosts, "host")} ${unusableHosts === 1 ? "has" : "have"} no usable CPU figures ("# CPU", and "Cores per CPU" or "# Cores"): left out of the host groups.`,
    );
  if (dropped.length > 0) {
    const lost = dropped.reduce((sum, t) => sum + t.vms, 0);
    warnings.push(
      `${count(lost, "VM")} in ${count(dropped.length, "cluster")} with no usable host in vHost ${lost === 1 ? "is" : "are"} left out: the plan prices hosts, and these have none.`,
    );
  }
  warnings.push(...diskWarnings(input.disks));
  const guestUse = input.consumedMiB === null ? null : round2(input.consumedMiB / MIB_PER_TIB);
  if (guestUse !== null && summary.storageTiB > 0 && guestUse < summary.storageTiB * 0.8)
    warnings.push(
      `Guest file systems use ${guestUse} TiB of the ${summary.storageTiB} TiB the VMs take on datastores: storage is sized on the larger figure; the new platform may need less once thin disks are reclaimed.`,
    );
  return { estate: { clusters }, summary, perCluster, warnings };
}

function diskWarnings(disks: DiskRow[] | null): string[] {
  if (!disks) return [];
  const raw = disks.filter((d) => d.raw);
  const shared = disks.filter((d) => d.shared);
  const vmsOf = (list: DiskRow[]) => new Set(list.map((d) => d.vm)).size;
  const warnings: string[] = [];
  if (raw.length > 0)
    warnings.push(
      `${count(vmsOf(raw), "VM")} use${vmsOf(raw) === 1 ? "s" : ""} raw device mappings (${count(raw.length, "disk")}): they move once their LUNs are presented to the new platform or copied into virtual disks; the migration effort does not include this.`,
    );
  if (shared.length > 0)
    warnings.push(
      `${count(vmsOf(shared), "VM")} share${vmsOf(shared) === 1 ? "s" : ""} disks (multi-writer, e.g. guest clusters; ${count(shared.length, "disk")}): move each such group together, in one window.`,
    );
  return warnings;
}

function summarise(usable: Tally[], templates: number): InventorySummary {
  const sum = (pick: (t: Tally) => number) => usable.reduce((total, t) => total + pick(t), 0);
  return {
    hosts: sum((t) => t.hosts),
    sockets: sum((t) => t.sockets),
    cores: sum((t) => t.cores),
    vms: sum((t) => t.vms),
    poweredOnVms: sum((t) => t.poweredOnVms),
    templates,
    windowsServerVms: sum((t) => t.windowsServerVms),
    desktopVms: sum((t) => t.desktopVms),
    linuxVms: sum((t) => t.linuxVms),
    otherVms: sum((t) => t.otherVms),
    storageTiB: round2(sum((t) => t.storageMiB) / MIB_PER_TIB),
    clusters: usable.length,
  };
}

/** A cluster's name as the plan shows it: a name two datacenters share says which; none is NO_CLUSTER. */
function displayNames(tallies: Tally[]): Map<Tally, string> {
  const uses = new Map<string, number>();
  for (const t of tallies) uses.set(t.label, (uses.get(t.label) ?? 0) + 1);
  const names = new Map<Tally, string>();
  const taken = new Set<string>();
  let unnamed = 0;
  for (const t of tallies) {
    const label = t.key === "" ? NO_CLUSTER : cleanName(t.label) || `Unnamed cluster ${++unnamed}`;
    const full = (uses.get(t.label) ?? 0) > 1 && t.datacenter ? `${label} (${cleanName(t.datacenter)})` : label;
    // Cut by characters, never inside one; names that clean or cut to the same text are numbered apart.
    let name = fit(full, MAX_NAME);
    for (let n = 2; taken.has(name); n++) name = `${fit(full, MAX_NAME - 4)} (${n})`;
    taken.add(name);
    names.set(t, name);
  }
  return names;
}

function fit(text: string, length: number): string {
  return Array.from(text).slice(0, length).join("").trim();
}

/** Shown as the text it reads as: invisible and control characters out (lib/validation/visible-text.ts). */
function cleanName(text: string): string {
  return withoutInvisibleControls(text)
    .replace(/[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "")
    .trim();
}

function byClusterName(a: Tally, b: Tally): number {
  if (a.key === "" || b.key === "") return a.key === "" ? 1 : -1;
  return a.label.localeCompare(b.label, "en") || a.datacenter.localeCompare(b.datacenter, "en");
}

function emptyCounts(): Omit<ClusterCounts, "name" | "storageTiB"> {
  return {
    hosts: 0,
    cores: 0,
    vms: 0,
    poweredOnVms: 0,
    templates: 0,
    windowsServerVms: 0,
    desktopVms: 0,
    linuxVms: 0,
    otherVms: 0,
  };
}

function isWhole(value: number | undefined, min: number, max: number): value is number {
  return value !== undefined && Number.isInteger(value) && value >= min && value <= max;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;
}
