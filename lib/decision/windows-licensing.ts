// Windows Server licensing as Microsoft's rules have it, host by host (docs/method.md, "Windows
// Server"): every core of a host that may run a Windows Server VM is licensed, with Standard (two VMs
// per licensing of the host's cores, stacked for more) or Datacenter (unlimited VMs), whichever costs
// less for the VMs that host runs. Windows VMs may be kept on as few hosts as the cluster's VM density
// allows (two at least, for failover) where that costs less. Licences the estate owns carry over in
// every option: they are per physical core, not per hypervisor.
import type { PriceMinimum } from "@/lib/knowledge/plan-schema";
import type { WindowsOwned } from "@/lib/questionnaire/assumptions";
import type { EstateCluster, HostGroup } from "@/lib/questionnaire/estate";
import { billedPerHost } from "./core-count";
import { WINDOWS_RULES } from "./cost-rules";
import { formatCount, plural } from "./money-format";

export type WindowsEdition = "standard" | "datacenter";

/** A Windows Server licence's yearly price per core, as the cost table will show it. */
export interface WindowsUnit {
  unitPrice: number;
  minimums: readonly PriceMinimum[];
}

/** Hosts licensed alike: `licensings` times every one of their `coresPerHost` billed cores. */
export interface HostBlock {
  cluster: string;
  hosts: number;
  coresPerHost: number;
  edition: WindowsEdition;
  licensings: number;
  vmsPerHost: number;
}

export interface WindowsPlan {
  blocks: HostBlock[];
  notes: string[];
}

interface HostSlice {
  group: HostGroup;
  hosts: number;
  coresPerHost: number;
}

/**
 * VMs per host up to which Standard can still beat Datacenter: at list prices Datacenter costs as much
 * as about 5.8 Standard licensings (11.5 VMs), so 64 leaves room for any recorded or quoted price ratio up to 32.
 */
const BREAK_EVEN_SCAN = 64;

const standardLicensings = (vms: number) => Math.ceil(vms / WINDOWS_RULES.standardVmsPerLicensing);

/** The cheaper edition for a host running `vms` Windows Server VMs, counting licences already owned. */
function chooseEdition(
  vms: number,
  owned: WindowsOwned,
  units: { standard: WindowsUnit | null; datacenter: WindowsUnit | null },
): { edition: WindowsEdition; licensings: number; perCore: number } | null {
  if (owned === "datacenter" || vms === 0) return null;
  const ownedStandard = owned === "standard" ? 1 : 0;
  const stacks = Math.max(0, standardLicensings(vms) - ownedStandard);
  if (stacks === 0) return null;
  const std = units.standard
    ? { edition: "standard" as const, licensings: stacks, perCore: stacks * units.standard.unitPrice }
    : null;
  const dc = units.datacenter
    ? { edition: "datacenter" as const, licensings: 1, perCore: units.datacenter.unitPrice }
    : null;
  if (!std) return dc;
  if (!dc) return std;
  return dc.perCore <= std.perCore ? dc : std;
}

/** The cluster's hosts, cheapest to license first (fewest billed Windows cores). */
function slices(cluster: EstateCluster, minimums: readonly PriceMinimum[]): HostSlice[] {
  return cluster.hostGroups
    .map((group) => ({ group, hosts: group.count, coresPerHost: billedPerHost(group, minimums).perHost }))
    .sort((a, b) => a.coresPerHost - b.coresPerHost);
}

function firstHosts(all: readonly HostSlice[], k: number): HostSlice[] {
  const taken: HostSlice[] = [];
  let left = k;
  for (const s of all) {
    if (left === 0) break;
    const n = Math.min(left, s.hosts);
    taken.push({ ...s, hosts: n });
    left -= n;
  }
  return taken;
}

const blockCost = (b: HostBlock, units: { standard: WindowsUnit | null; datacenter: WindowsUnit | null }) =>
  b.hosts * b.coresPerHost * b.licensings * (units[b.edition]?.unitPrice ?? 0);

function licenseHosts(
  cluster: string,
  hosts: readonly HostSlice[],
  windowsVms: number,
  owned: WindowsOwned,
  units: { standard: WindowsUnit | null; datacenter: WindowsUnit | null },
): HostBlock[] {
  const count = hosts.reduce((n, s) => n + s.hosts, 0);
  const vmsPerHost = Math.ceil(windowsVms / count);
  const choice = chooseEdition(vmsPerHost, owned, units);
  if (!choice) return [];
  return hosts.map((s) => ({
    cluster,
    hosts: s.hosts,
    coresPerHost: s.coresPerHost,
    edition: choice.edition,
    licensings: choice.licensings,
    vmsPerHost,
  }));
}

/**
 * The Windows Server licences for the Windows Server VMs of every cluster, on a hypervisor that does
 * not license them itself: per cluster, on every host or on as few as the VM density allows.
 */
export function planGuestLicensing(
  clusters: readonly EstateCluster[],
  owned: WindowsOwned,
  units: { standard: WindowsUnit | null; datacenter: WindowsUnit | null },
): WindowsPlan {
  const minimums = (units.datacenter ?? units.standard)?.minimums ?? [];
  const blocks: HostBlock[] = [];
  const notes: string[] = [];
  const windows = clusters.reduce((n, c) => n + c.windowsServerVms, 0);
  if (windows === 0) return { blocks, notes };
  if (owned === "datacenter") {
    notes.push(
      `The Windows Server Datacenter licences you own cover every host's cores for unlimited Windows Server VMs, whatever the hypervisor: none to buy.`,
    );
    return { blocks, notes };
  }
  if (owned === "standard")
    notes.push(
      "The Windows Server Standard licences you own license every host's cores once (two Windows Server VMs per host): only further licensings or Datacenter are bought.",
    );
  for (const cluster of clusters) {
    const w = cluster.windowsServerVms;
    if (w === 0) continue;
    const all = slices(cluster, minimums);
    const hostCount = all.reduce((n, s) => n + s.hosts, 0);
    const cost = (list: HostBlock[]) => list.reduce((sum, b) => sum + blockCost(b, units), 0);
    let chosen = licenseHosts(cluster.name, all, w, owned, units);
    let chosenHosts = hostCount;
    // Fewest hosts the cluster's density allows (two at least, for failover). Any k from there to
    // every host is allowed; the cheapest is among the smallest k for each VMs-per-host value below
    // Datacenter's break-even, and the smallest k overall. Taking the cheapest of all allowed k keeps
    // the cost from ever falling when Windows VMs are added (the allowed set only shrinks, each k costs more).
    if (cluster.vms !== undefined && cluster.vms > 0 && hostCount > 2) {
      const fewest = Math.min(hostCount, Math.max(2, Math.ceil((w * hostCount) / cluster.vms)));
      const candidates = new Set<number>([fewest]);
      for (let v = Math.ceil(w / hostCount); v <= BREAK_EVEN_SCAN; v++) {
        const k = Math.ceil(w / v);
        if (k >= fewest && k <= hostCount) candidates.add(k);
      }
      for (const k of candidates) {
        if (k === hostCount) continue;
        const few = licenseHosts(cluster.name, firstHosts(all, k), w, owned, units);
        if (cost(few) < cost(chosen)) {
          chosen = few;
          chosenHosts = k;
        }
      }
      if (chosenHosts < hostCount)
        notes.push(
          `${cluster.name}: its ${plural(w, "Windows Server VM")} are kept on ${formatCount(chosenHosts)} of its ${plural(hostCount, "host")} (the cluster runs ${formatCount(Math.ceil(cluster.vms / hostCount))} VMs per host; two hosts at least, for failover), the cheapest way to license them: only those hosts are licensed; keep Windows VMs on them with VM–host affinity rules.`,
        );
    }
    blocks.push(...chosen);
  }
  notes.push(WINDOWS_RULES.note);
  return { blocks, notes };
}

/**
 * Hyper-V's own host licences: every host runs Windows Server, Datacenter (unlimited VMs) or Standard
 * stacked for the Windows Server VMs each host runs (spread evenly over the cluster).
 */
export function planHostLicensing(
  clusters: readonly EstateCluster[],
  owned: WindowsOwned,
  edition: WindowsEdition,
  unit: WindowsUnit,
): WindowsPlan {
  const notes: string[] = [];
  const blocks: HostBlock[] = [];
  if (owned === "datacenter") {
    notes.push("The Windows Server Datacenter licences you own already license every host for Hyper-V: none to buy.");
    return { blocks, notes };
  }
  if (owned === "standard" && edition === "datacenter")
    notes.push(
      "Your Windows Server Standard licences do not give Datacenter's unlimited VMs, so Datacenter is priced in full; a step-up with Software Assurance may cost less (enter your quote).",
    );
  for (const cluster of clusters) {
    const hostCount = cluster.hostGroups.reduce((n, g) => n + g.count, 0);
    const vmsPerHost = Math.ceil(cluster.windowsServerVms / hostCount);
    let licensings = 1;
    if (edition === "standard") {
      licensings = Math.max(1, standardLicensings(vmsPerHost)) - (owned === "standard" ? 1 : 0);
      if (licensings === 0) continue;
    }
    for (const s of slices(cluster, unit.minimums))
      blocks.push({
        cluster: cluster.name,
        hosts: s.hosts,
        coresPerHost: s.coresPerHost,
        edition,
        licensings,
        vmsPerHost,
      });
  }
  return { blocks, notes };
}

/** "Estate: 4 hosts × 16 cores × 3 licensings (up to 5 Windows VMs per host)", joined with " + ". */
export function describeBlocks(blocks: readonly HostBlock[], withCluster: boolean): string {
  return blocks
    .map((b) => {
      const times = b.licensings > 1 ? ` × ${formatCount(b.licensings)} licensings` : "";
      const vms = b.vmsPerHost > 0 ? ` (up to ${plural(b.vmsPerHost, "Windows VM")} per host)` : "";
      return `${withCluster ? `${b.cluster}: ` : ""}${plural(b.hosts, "host")} × ${plural(b.coresPerHost, "core")}${times}${vms}`;
    })
    .join(" + ");
}

/** Licensed cores × licensings over the blocks: the line's quantity. */
export const blockQuantity = (blocks: readonly HostBlock[]) =>
  blocks.reduce((n, b) => n + b.hosts * b.coresPerHost * b.licensings, 0);
