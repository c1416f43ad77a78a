// RVTools-shaped .xlsx exports written for tests, benchmarks and screenshots, and what reading one must
// give, computed from the spec alone: the reader (lib/inventory/) is checked against an independent truth.
// Column names and sheet layout follow ../shared/DOMAIN.md ("Real inventories: the RVTools export").
import { strToU8, zipSync, type Zippable } from "fflate";
import type { ClusterCounts, InventorySummary } from "@/lib/inventory/types";
import type { Cluster } from "@/lib/questionnaire/answers";

export interface HostGroupSpec {
  count: number;
  sockets: number;
  coresPerCpu: number;
}

/** The rows of vInfo on some hosts. Powered-off and suspended VMs are among the VMs; templates are not. */
export interface VmMix {
  windowsServer?: number;
  /** Windows 10/11 guests. */
  desktop?: number;
  linux?: number;
  /** FreeBSD, Solaris, "Other (64-bit)". */
  other?: number;
  /** Both OS columns empty: read as other. */
  noOs?: number;
  poweredOff?: number;
  suspended?: number;
  /** Rows with Template=True (powered off, with a Windows guest OS): never VMs. */
  templates?: number;
  /** "In Use MiB" of every VM and template. */
  inUseMiB: number;
}

export interface HostsSpec {
  hostGroups: HostGroupSpec[];
  vms: VmMix;
  /** Extra vDisk rows with Raw=True, one VM each (only seen when `vDisk` is on). */
  rdmDisks?: number;
  /** Extra vDisk rows with Sharing=sharingMultiWriter, one VM each (only seen when `vDisk` is on). */
  sharedDisks?: number;
}

export interface ClusterSpec extends HostsSpec {
  name: string;
}

export type ExtraSheet = "vCPU" | "vMemory" | "vCluster" | "vLicense" | "vMetaData";

export interface ExportSpec {
  clusters: ClusterSpec[];
  /** Hosts whose Cluster cell is empty, and the VMs on them. */
  standalone?: HostsSpec;
  /** "older": "Provisioned MB" / "In use MB" (and "… MB" in vDisk, vPartition, vMemory) instead of "… MiB". */
  headers?: "current" | "older";
  /** Text cells as shared strings (t="s"), inline strings (t="inlineStr"), or both in one sheet. */
  strings?: "shared" | "inline" | "mixed";
  /** Formatted empty rows below the data of vInfo and vHost. */
  emptyRows?: number;
  vDisk?: boolean;
  vPartition?: boolean;
  extraSheets?: ExtraSheet[];
  /** "shuffled": vInfo, vHost, vDisk and vPartition columns in another order, to be found by header. */
  columnOrder?: "standard" | "shuffled";
  /** Which OS column is filled; with "both", the Tools column is empty for VMs that are not powered on. */
  osColumn?: "tools" | "config" | "both";
  /** Some numeric cells as `<f>1/0</f>` (or a DDE formula) with the true value cached: never evaluate. */
  formulas?: boolean;
  /** The first VMs get HOSTILE_VM_NAMES. */
  hostileNames?: boolean;
  /** "reversed": vInfo is the last sheetN.xml, and the workbook rels use absolute targets. */
  sheetFiles?: "in-order" | "reversed";
  seed?: number;
}

export const STANDALONE_CLUSTER = "Hosts without a cluster";
const MIB_PER_TIB = 1_048_576;

/** VM names a reader must never echo (formula prefixes, markup, bidi and zero-width tricks, a 10,000-character name). */
export const HOSTILE_VM_NAMES: readonly string[] = [
  "=cmd|' /C calc'!A0",
  "+1",
  "@SUM(1)",
  "-2+3+cmd|' /C notepad'!A0",
  "<script>alert('vm')</script>",
  "invoice\u202Efdp.exe",
  "web\u200B01\u200D\uFEFF",
  'Tab\tand & "quotes" <b>',
  "vm-long-" + "x".repeat(9_992),
];

// ---------------------------------------------------------------------------------------------------------
// What reading must give: from the spec's counts only, never from the written rows.

export interface ExpectedReading {
  summary: InventorySummary;
  estate: { clusters: Cluster[] };
  perCluster: ClusterCounts[];
  /** What the warnings are about. vDisk counts are 0 when the export has no vDisk sheet. */
  notes: {
    poweredOffVms: number;
    suspendedVms: number;
    noOsVms: number;
    rdmDisks: number;
    sharedDisks: number;
    hostsWithoutCluster: number;
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const vmCount = (m: VmMix) =>
  (m.windowsServer ?? 0) + (m.desktop ?? 0) + (m.linux ?? 0) + (m.other ?? 0) + (m.noOs ?? 0);
const hostCount = (h: HostsSpec) => h.hostGroups.reduce((sum, g) => sum + g.count, 0);

/** Clusters in the spec's order, then the hosts without a cluster; host groups by count, then cores per host. */
export function expectedReading(spec: ExportSpec): ExpectedReading {
  const groups: [string, HostsSpec][] = spec.clusters.map((c) => [c.name, c]);
  if (spec.standalone) groups.push([STANDALONE_CLUSTER, spec.standalone]);
  const clusters: Cluster[] = [];
  const perCluster: ClusterCounts[] = [];
  let sockets = 0;
  let usedMiB = 0;
  for (const [name, h] of groups) {
    const shapes = new Map<string, { count: number; socketsPerHost: number; coresPerSocket: number }>();
    for (const g of h.hostGroups) {
      const key = `${g.sockets}x${g.coresPerCpu}`;
      const shape = shapes.get(key) ?? { count: 0, socketsPerHost: g.sockets, coresPerSocket: g.coresPerCpu };
      shape.count += g.count;
      shapes.set(key, shape);
      sockets += g.count * g.sockets;
    }
    const hostGroups = [...shapes.values()].sort(
      (a, b) =>
        b.count - a.count ||
        b.socketsPerHost * b.coresPerSocket - a.socketsPerHost * a.coresPerSocket ||
        b.socketsPerHost - a.socketsPerHost,
    );
    const m = h.vms;
    const vms = vmCount(m);
    usedMiB += vms * m.inUseMiB;
    const storageTiB = round2((vms * m.inUseMiB) / MIB_PER_TIB);
    clusters.push({
      name,
      hostGroups,
      vms,
      windowsServerVms: m.windowsServer ?? 0,
      desktopVms: m.desktop ?? 0,
      storageTiB,
    });
    perCluster.push({
      name,
      hosts: hostCount(h),
      cores: h.hostGroups.reduce((sum, g) => sum + g.count * g.sockets * g.coresPerCpu, 0),
      vms,
      poweredOnVms: vms - (m.poweredOff ?? 0) - (m.suspended ?? 0),
      templates: m.templates ?? 0,
      windowsServerVms: m.windowsServer ?? 0,
      desktopVms: m.desktop ?? 0,
      linuxVms: m.linux ?? 0,
      otherVms: (m.other ?? 0) + (m.noOs ?? 0),
      storageTiB,
    });
  }
  const total = (key: keyof Omit<ClusterCounts, "name">) => perCluster.reduce((sum, c) => sum + c[key], 0);
  const all = groups.map(([, h]) => h);
  const sum = (f: (h: HostsSpec) => number) => all.reduce((s, h) => s + f(h), 0);
  return {
    summary: {
      hosts: total("hosts"),
      sockets,
      cores: total("cores"),
      vms: total("vms"),
      poweredOnVms: total("poweredOnVms"),
      templates: total("templates"),
      windowsServerVms: total("windowsServerVms"),
      desktopVms: total("desktopVms"),
      linuxVms: total("linuxVms"),
      otherVms: total("otherVms"),
      storageTiB: round2(usedMiB / MIB_PER_TIB),
      clusters: clusters.length,
    },
    estate: { clusters },
    perCluster,
    notes: {
      poweredOffVms: sum((h) => h.vms.poweredOff ?? 0),
      suspendedVms: sum((h) => h.vms.suspended ?? 0),
      noOsVms: sum((h) => h.vms.noOs ?? 0),
      rdmDisks: spec.vDisk ? sum((h) => h.rdmDisks ?? 0) : 0,
      sharedDisks: spec.vDisk ? sum((h) => h.sharedDisks ?? 0) : 0,
      hostsWithoutCluster: spec.standalone ? hostCount(spec.standalone) : 0,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Named estates.

/** Three clusters: SQL (2 × 12-core hosts, mostly Windows Server), VDI (desktops), EDGE (one 8-core CPU per host). */
export const THREE_CLUSTERS: ExportSpec = {
  clusters: [
    {
      name: "SQL",
      hostGroups: [
        { count: 4, sockets: 2, coresPerCpu: 12 },
        { count: 2, sockets: 2, coresPerCpu: 16 },
      ],
      vms: {
        windowsServer: 40,
        linux: 6,
        other: 1,
        noOs: 1,
        poweredOff: 4,
        suspended: 1,
        templates: 3,
        inUseMiB: 200_000,
      },
      rdmDisks: 1,
      sharedDisks: 1,
    },
    {
      name: "VDI",
      hostGroups: [
        { count: 3, sockets: 2, coresPerCpu: 16 },
        { count: 3, sockets: 2, coresPerCpu: 20 },
      ],
      vms: { desktop: 120, windowsServer: 4, noOs: 1, poweredOff: 20, suspended: 2, templates: 2, inUseMiB: 40_000 },
    },
    {
      name: "EDGE",
      hostGroups: [{ count: 3, sockets: 1, coresPerCpu: 8 }],
      vms: { linux: 10, windowsServer: 2, other: 2, poweredOff: 1, templates: 1, inUseMiB: 30_000 },
    },
  ],
  headers: "current",
  strings: "shared",
  emptyRows: 40,
  vDisk: true,
  vPartition: true,
  extraSheets: ["vCPU", "vMemory", "vCluster", "vLicense", "vMetaData"],
  columnOrder: "standard",
  osColumn: "both",
  sheetFiles: "in-order",
};

/** An older RVTools: "… MB" headers, inline strings, shuffled columns, Tools OS only, formulas, hostile names. */
export const OLDER_INLINE: ExportSpec = {
  clusters: [
    {
      name: "PROD-A",
      hostGroups: [
        { count: 2, sockets: 2, coresPerCpu: 28 },
        { count: 6, sockets: 2, coresPerCpu: 16 },
      ],
      vms: { windowsServer: 30, linux: 25, other: 3, noOs: 2, poweredOff: 6, templates: 4, inUseMiB: 150_000 },
      rdmDisks: 2,
    },
    {
      name: "Dev & Test",
      hostGroups: [{ count: 3, sockets: 1, coresPerCpu: 16 }],
      vms: { linux: 20, windowsServer: 5, desktop: 3, poweredOff: 8, suspended: 1, templates: 2, inUseMiB: 61_440 },
      sharedDisks: 1,
    },
  ],
  standalone: {
    hostGroups: [{ count: 2, sockets: 2, coresPerCpu: 8 }],
    vms: { windowsServer: 1, linux: 2, poweredOff: 1, inUseMiB: 81_920 },
  },
  headers: "older",
  strings: "inline",
  emptyRows: 25,
  vDisk: true,
  vPartition: false,
  extraSheets: ["vCPU", "vLicense"],
  columnOrder: "shuffled",
  osColumn: "tools",
  formulas: true,
  hostileNames: true,
  sheetFiles: "reversed",
  seed: 7,
};

/** A benchmark estate (20,000 VMs over 1,000 hosts in 20 clusters by default), with vDisk and vPartition. */
export function largeExport({ vms = 20_000, hosts = 1_000 }: { vms?: number; hosts?: number } = {}): ExportSpec {
  const n = Math.max(1, Math.min(Math.round(hosts / 50), hosts));
  const share = (total: number, i: number) => Math.floor(total / n) + (i < total % n ? 1 : 0);
  const clusters: ClusterSpec[] = [];
  for (let i = 0; i < n; i++) {
    const h = share(hosts, i);
    const v = share(vms, i);
    const big = Math.ceil(h * 0.6);
    const hostGroups: HostGroupSpec[] = [{ count: big, sockets: 2, coresPerCpu: [16, 24, 32][i % 3]! }];
    if (h > big) hostGroups.push({ count: h - big, sockets: i % 4 === 3 ? 1 : 2, coresPerCpu: 20 });
    const vdi = i % 5 === 4;
    const windowsServer = vdi ? Math.floor(v * 0.04) : 0;
    const mix: VmMix = vdi
      ? { windowsServer, desktop: v - windowsServer, inUseMiB: 40_960 }
      : {
          linux: Math.floor(v * 0.3),
          other: Math.floor(v * 0.03),
          noOs: Math.floor(v * 0.005),
          windowsServer: v - Math.floor(v * 0.3) - Math.floor(v * 0.03) - Math.floor(v * 0.005),
          inUseMiB: 61_440 + 512 * i,
        };
    mix.poweredOff = Math.floor(v * 0.06);
    mix.suspended = Math.floor(v * 0.004);
    mix.templates = 5;
    clusters.push({
      name: `${vdi ? "VDI" : "CL"}-${String(i + 1).padStart(2, "0")}`,
      hostGroups,
      vms: mix,
      rdmDisks: Math.min(1, v),
      sharedDisks: Math.min(2, Math.max(0, v - 1)),
    });
  }
  return {
    clusters,
    headers: "current",
    strings: "shared",
    emptyRows: 50,
    vDisk: true,
    vPartition: true,
    extraSheets: ["vCPU", "vMemory", "vCluster", "vLicense", "vMetaData"],
    columnOrder: "standard",
    osColumn: "both",
    sheetFiles: "in-order",
  };
}

// ---------------------------------------------------------------------------------------------------------
// The estate as rows: a seeded generator places VMs on hosts and picks their states, so the same spec always
// gives the same file.

type Kind = "windowsServer" | "desktop" | "linux" | "other" | "noOs";
type Power = "poweredOn" | "poweredOff" | "suspended";
const KINDS: Kind[] = ["windowsServer", "desktop", "linux", "other", "noOs"];
const KIND_TAGS: Record<Kind, string> = {
  windowsServer: "srv",
  desktop: "vdi",
  linux: "lnx",
  other: "app",
  noOs: "new",
};

interface HostRow {
  name: string;
  cluster: string;
  datacenter: string;
  sockets: number;
  coresPerCpu: number;
  vms: number;
  id: number;
}

interface VmRow {
  id: number;
  name: string;
  cluster: string;
  host: string;
  datacenter: string;
  kind: Kind;
  template: boolean;
  power: Power;
  inUseMiB: number;
  cpus: number;
  extraDisk: "rdm" | "shared" | null;
  /** Texts written in several cells, made once (a big export writes millions of cells). */
  text: {
    name: Text;
    uuid: Text;
    dns: Text | null;
    ip: Text | null;
    vmx: Text;
    vmdk: Text;
    id: Text;
    os: [string | null, string | null];
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");
const uuidOf = (id: number) =>
  `42${hex(id, 6)}-${hex(id % 65_536, 4)}-4${hex(id % 4096, 3)}-9${hex((id * 7) % 4096, 3)}-${hex((id * 2_654_435_761) % 2 ** 48, 12)}`;

/**
 * A text written in many cells, which remembers its shared-string index (a big export would otherwise
 * spend much of its time looking texts up).
 */
class Text {
  id = -1;
  constructor(readonly value: string) {}
}

const NO_TEXT: VmRow["text"] = {
  name: new Text(""),
  uuid: new Text(""),
  dns: null,
  ip: null,
  vmx: new Text(""),
  vmdk: new Text(""),
  id: new Text(""),
  os: [null, null],
};

/** mulberry32: small, fast, and the same everywhere. */
function randomSequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffle<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function layOutEstate(spec: ExportSpec, next: () => number): { hosts: HostRow[]; vms: VmRow[] } {
  const hosts: HostRow[] = [];
  const vms: VmRow[] = [];
  const groups: [string, HostsSpec][] = spec.clusters.map((c) => [c.name, c]);
  if (spec.standalone) groups.push(["", spec.standalone]);
  groups.forEach(([cluster, h], g) => {
    const label = cluster || "standalone";
    const prefix = cluster === "" ? "solo" : cluster.toLowerCase().replace(/[^a-z0-9]+/g, "") || `c${g}`;
    const datacenter = g % 2 === 0 ? "DC-North" : "DC-South";
    const own: HostRow[] = [];
    for (const shape of h.hostGroups)
      for (let k = 0; k < shape.count; k++)
        own.push({
          name: `esx-${prefix}-${pad(own.length + 1, 2)}.corp.example`,
          cluster,
          datacenter,
          sockets: shape.sockets,
          coresPerCpu: shape.coresPerCpu,
          vms: 0,
          id: hosts.length + own.length,
        });
    if (own.length === 0) throw new Error(`${label}: an estate spec needs hosts in every cluster`);
    hosts.push(...own);
    const m = h.vms;
    const kinds = KINDS.flatMap((kind) => Array<Kind>(m[kind] ?? 0).fill(kind));
    const off = m.poweredOff ?? 0;
    const suspended = m.suspended ?? 0;
    const rdm = h.rdmDisks ?? 0;
    const shared = h.sharedDisks ?? 0;
    if (off + suspended > kinds.length) throw new Error(`${label}: more powered-off and suspended VMs than VMs`);
    if (rdm + shared > kinds.length) throw new Error(`${label}: more RDM and shared disks than VMs`);
    const power = Array<Power>(kinds.length).fill("poweredOn");
    shuffle([...kinds.keys()], next).forEach((vm, k) => {
      if (k < off) power[vm] = "poweredOff";
      else if (k < off + suspended) power[vm] = "suspended";
    });
    const place = (i: number) => {
      const host = own[i % own.length]!;
      host.vms++;
      return host.name;
    };
    kinds.forEach((kind, i) => {
      const cpus = kind === "windowsServer" ? [4, 8, 16][i % 3]! : kind === "desktop" ? 2 : [2, 4][i % 2]!;
      const extraDisk = i < rdm ? "rdm" : i < rdm + shared ? "shared" : null;
      vms.push({
        id: vms.length,
        name: `${prefix}-${KIND_TAGS[kind]}-${pad(i + 1, 4)}`,
        cluster,
        host: place(i),
        datacenter,
        kind,
        template: false,
        power: power[i]!,
        inUseMiB: m.inUseMiB,
        cpus,
        extraDisk,
        text: NO_TEXT,
      });
    });
    for (let t = 0; t < (m.templates ?? 0); t++)
      vms.push({
        id: vms.length,
        name: `tpl-${prefix}-${pad(t + 1, 2)}`,
        cluster,
        host: place(t),
        datacenter,
        kind: t % 2 === 0 ? "windowsServer" : "desktop",
        template: true,
        power: "poweredOff",
        inUseMiB: m.inUseMiB,
        cpus: 2,
        extraDisk: null,
        text: NO_TEXT,
      });
  });
  if (spec.hostileNames) {
    const targets = vms.filter((vm) => !vm.template).slice(0, HOSTILE_VM_NAMES.length);
    targets.forEach((vm, k) => (vm.name = HOSTILE_VM_NAMES[k]!));
  }
  for (const vm of vms) {
    const on = vm.power === "poweredOn" && vm.kind !== "noOs";
    const folder = `[ds-${vm.id % 8}] ${vm.name}/${vm.name}`;
    vm.text = {
      name: new Text(vm.name),
      uuid: new Text(uuidOf(vm.id)),
      dns: on ? new Text(`h${hex(vm.id, 5)}.corp.example`) : null,
      ip: on ? new Text(`10.${(vm.id >> 16) & 255}.${(vm.id >> 8) & 255}.${vm.id & 255}`) : null,
      vmx: new Text(`${folder}.vmx`),
      vmdk: new Text(`${folder}.vmdk`),
      id: new Text(`vm-${1000 + vm.id}`),
      os: osNamesOf(vm, spec.osColumn ?? "both"),
    };
  }
  return { hosts, vms: shuffle(vms, next) };
}

// Config and Tools names of one guest, pairwise: the configuration file often names a family ("2016 or later").
const OS_NAMES: Record<Exclude<Kind, "noOs">, { config: string[]; tools: string[] }> = {
  windowsServer: {
    config: [
      "Microsoft Windows Server 2016 or later (64-bit)",
      "Microsoft Windows Server 2019 (64-bit)",
      "Microsoft Windows Server 2016 or later (64-bit)",
    ],
    tools: [
      "Microsoft Windows Server 2022 (64-bit)",
      "Microsoft Windows Server 2019 (64-bit)",
      "Microsoft Windows Server 2016 (64-bit)",
    ],
  },
  desktop: {
    config: ["Microsoft Windows 10 (64-bit)", "Microsoft Windows 11 (64-bit)"],
    tools: ["Microsoft Windows 10 (64-bit)", "Microsoft Windows 11 (64-bit)"],
  },
  linux: {
    config: [
      "Red Hat Enterprise Linux 9 (64-bit)",
      "Ubuntu Linux (64-bit)",
      "SUSE Linux Enterprise 15 (64-bit)",
      "CentOS 7 (64-bit)",
      "Debian GNU/Linux 12 (64-bit)",
    ],
    tools: [
      "Red Hat Enterprise Linux 9 (64-bit)",
      "Ubuntu Linux (64-bit)",
      "SUSE Linux Enterprise 15 (64-bit)",
      "CentOS 7 (64-bit)",
      "Debian GNU/Linux 12 (64-bit)",
    ],
  },
  other: {
    config: ["FreeBSD 13 (64-bit)", "Oracle Solaris 11 (64-bit)", "Other (64-bit)"],
    tools: ["FreeBSD 13 (64-bit)", "Oracle Solaris 11 (64-bit)", "Other (64-bit)"],
  },
};

/** [configuration file, VMware Tools]; null is an empty cell. */
function osNamesOf(vm: VmRow, column: "tools" | "config" | "both"): [string | null, string | null] {
  if (vm.kind === "noOs") return [null, null];
  const names = OS_NAMES[vm.kind];
  const k = vm.id % names.config.length;
  const config = names.config[k]!;
  const tools = names.tools[k]!;
  if (column === "config") return [config, null];
  if (column === "tools") return [null, tools];
  return [config, vm.power === "poweredOn" ? tools : null];
}

// ---------------------------------------------------------------------------------------------------------
// Cells, rows and sheets.

/** null: no cell at all; a Text: text whose shared-string index is kept; "": a cell holding empty text; {b}: a boolean cell; {f, v}: a formula and its cached value. */
type Cell = string | Text | number | null | { b: boolean } | { f: string; v: number };

interface Column<R> {
  header: string;
  /** The header in older RVTools versions, where it differs. */
  older?: string;
  cell: (row: R, i: number) => Cell;
}

/** Texts written as two runs (rich text), so a reader must join the runs of a shared or inline string. */
const RICH_TEXT = new Map<string, [string, string]>([
  ["Microsoft Windows Server 2019 (64-bit)", ["Microsoft Windows Server", " 2019 (64-bit)"]],
  ["poweredOn", ["powered", "On"]],
]);

/**
 * XML written straight into UTF-8 bytes: a 20,000-VM export is about 50 MB of XML, and building it as
 * strings costs seconds of garbage collection where bytes cost a fraction of one.
 */
class ByteSink {
  private buffer: Uint8Array;
  length = 0;

  constructor(expected = 1 << 16) {
    this.buffer = new Uint8Array(expected);
  }

  private room(extra: number): Uint8Array {
    if (this.length + extra > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + extra));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    return this.buffer;
  }

  /** Markup: ASCII, written as it is. */
  raw(markup: string): void {
    const b = this.room(markup.length);
    let n = this.length;
    for (let i = 0; i < markup.length; i++) b[n++] = markup.charCodeAt(i);
    this.length = n;
  }

  /** A whole number, or any number as JavaScript prints it. */
  number(value: number): void {
    if (!Number.isInteger(value) || value < 0 || value > 1e15) return this.raw(String(value));
    let digits = 1;
    for (let v = value; v >= 10; v = Math.floor(v / 10)) digits++;
    const b = this.room(digits);
    const end = this.length + digits;
    let v = value;
    for (let at = end - 1; at >= this.length; at--) {
      b[at] = 48 + (v % 10);
      v = Math.floor(v / 10);
    }
    this.length = end;
  }

  /** Text content: XML-escaped, UTF-8 encoded (a lone surrogate becomes U+FFFD). */
  text(text: string): void {
    const b = this.room(text.length * 6);
    let n = this.length;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c < 0x80) {
        const entity = c === 38 || c === 60 || c === 62 ? ENTITIES.get(c)! : null;
        if (entity) for (const e of entity) b[n++] = e;
        else b[n++] = c;
        continue;
      }
      if (c < 0x800) {
        b[n++] = 0xc0 | (c >> 6);
        b[n++] = 0x80 | (c & 63);
        continue;
      }
      if (c >= 0xd800 && c <= 0xdfff) {
        const low = text.charCodeAt(i + 1);
        if (c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
          i++;
          b[n++] = 0xf0 | (c >> 18);
          b[n++] = 0x80 | ((c >> 12) & 63);
          b[n++] = 0x80 | ((c >> 6) & 63);
          b[n++] = 0x80 | (c & 63);
          continue;
        }
        c = 0xfffd;
      }
      b[n++] = 0xe0 | (c >> 12);
      b[n++] = 0x80 | ((c >> 6) & 63);
      b[n++] = 0x80 | (c & 63);
    }
    this.length = n;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/** &, < and > in text; quotes need no escape outside attributes. */
const ENTITIES = new Map<number, number[]>([
  [38, [...strToU8("&amp;")]],
  [60, [...strToU8("&lt;")]],
  [62, [...strToU8("&gt;")]],
]);

const isXmlSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

function putTextElement(sink: ByteSink, text: string): void {
  const preserve = text.length > 0 && (isXmlSpace(text.charCodeAt(0)) || isXmlSpace(text.charCodeAt(text.length - 1)));
  sink.raw(preserve ? '<t xml:space="preserve">' : "<t>");
  sink.text(text);
  sink.raw("</t>");
}

/** The content of a shared-string item <si> or an inline string <is>: one text, or two runs. */
function putStringItem(sink: ByteSink, text: string): void {
  const rich = RICH_TEXT.get(text);
  if (!rich) return putTextElement(sink, text);
  sink.raw("<r>");
  putTextElement(sink, rich[0]);
  sink.raw('</r><r><rPr><b/><sz val="11"/><rFont val="Calibri"/></rPr>');
  putTextElement(sink, rich[1]);
  sink.raw("</r>");
}

class SharedStrings {
  private readonly ids = new Map<string, number>();
  readonly texts: string[] = [];
  references = 0;

  index(text: string): number {
    this.references++;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.ids.set(text, id);
      this.texts.push(text);
    }
    return id;
  }

  /** A Text gets an item of its own (a repeated item is valid, and keeps the lookup table small). */
  indexOnce(text: Text): number {
    this.references++;
    if (text.id < 0) text.id = this.texts.push(text.value) - 1;
    return text.id;
  }

  part(): Uint8Array {
    const sink = new ByteSink(1024 + this.texts.length * 48);
    sink.raw(XML_DECLARATION);
    sink.raw(`<sst xmlns="${NS_MAIN}" count="${this.references}" uniqueCount="${this.texts.length}">`);
    for (const text of this.texts) {
      sink.raw("<si>");
      putStringItem(sink, text);
      sink.raw("</si>");
    }
    sink.raw("</sst>");
    return sink.bytes();
  }
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
const LETTERS = Array.from({ length: 80 }, (_, i) => columnLetters(i));

class SheetWriter {
  constructor(
    private readonly mode: "shared" | "inline" | "mixed",
    readonly strings: SharedStrings,
  ) {}

  /** One cell. `spread` picks shared or inline text in a mixed sheet; `style` is a cellXfs index. */
  private put(sink: ByteSink, open: string, row: string, cell: Cell, spread: number, style = ""): void {
    if (cell === null) return;
    sink.raw(open);
    sink.raw(row);
    if (style) sink.raw(`" s="${style}`);
    if (typeof cell === "number") {
      sink.raw('"><v>');
      sink.number(cell);
      sink.raw("</v></c>");
    } else if (typeof cell === "string" || cell instanceof Text) {
      if (this.mode === "shared" || (this.mode === "mixed" && spread % 3 !== 0)) {
        sink.raw('" t="s"><v>');
        sink.number(typeof cell === "string" ? this.strings.index(cell) : this.strings.indexOnce(cell));
        sink.raw("</v></c>");
      } else {
        sink.raw('" t="inlineStr"><is>');
        putStringItem(sink, typeof cell === "string" ? cell : cell.value);
        sink.raw("</is></c>");
      }
    } else if ("b" in cell) {
      sink.raw(cell.b ? '" t="b"><v>1</v></c>' : '" t="b"><v>0</v></c>');
    } else {
      sink.raw('"><f>');
      sink.text(cell.f);
      sink.raw("</f><v>");
      sink.number(cell.v);
      sink.raw("</v></c>");
    }
  }

  /** The worksheet part, and the range its autofilter covers (the header and the data, not the empty rows). */
  sheet<R>(
    columns: Column<R>[],
    headers: string[],
    rows: R[],
    options: { emptyRows?: number; fillerRows?: number; selected?: boolean },
  ): { part: Uint8Array; filterRef: string } {
    const width = columns.length;
    const letters = LETTERS.slice(0, width);
    const opens = letters.map((l) => `<c r="${l}`);
    const last = letters[width - 1]!;
    const spans = `" spans="1:${width}">`;
    const dataEnd = rows.length + 1 + (options.fillerRows ?? 0);
    const end = dataEnd + (options.emptyRows ?? 0);
    const sink = new ByteSink(1024 + (rows.length + 1) * width * 40);
    sink.raw(XML_DECLARATION);
    sink.raw(`<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><dimension ref="A1:${last}${end}"/>`);
    sink.raw(`<sheetViews><sheetView ${options.selected ? 'tabSelected="1" ' : ""}workbookViewId="0">`);
    sink.raw(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>',
    );
    sink.raw('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>');
    sink.raw(`<row r="1${spans}`);
    headers.forEach((header, c) => this.put(sink, opens[c]!, "1", header, c, "2"));
    sink.raw("</row>");
    for (let i = 0; i < rows.length; i++) {
      const r = i + 2;
      const row = String(r);
      sink.raw('<row r="');
      sink.raw(row);
      sink.raw(spans);
      for (let c = 0; c < width; c++) this.put(sink, opens[c]!, row, columns[c]!.cell(rows[i]!, i), r + c);
      sink.raw("</row>");
    }
    for (let r = rows.length + 2; r <= dataEnd; r++) sink.raw(`<row r="${r}"><c r="A${r}"><v>1</v></c></row>`);
    for (let r = dataEnd + 1; r <= end; r++) {
      if ((r - dataEnd) % 2 === 1) sink.raw(`<row r="${r}" s="1" customFormat="1"/>`);
      else sink.raw(`<row r="${r}">${letters.map((l) => `<c r="${l}${r}" s="1"/>`).join("")}</row>`);
    }
    sink.raw(`</sheetData><autoFilter ref="A1:${last}${dataEnd}"/>`);
    sink.raw('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>');
    return { part: sink.bytes(), filterRef: `$A$1:$${last}$${dataEnd}` };
  }
}

// ---------------------------------------------------------------------------------------------------------
// The sheets' columns, in RVTools' order.

interface DiskRow {
  vm: VmRow;
  disk: string;
  capacityMiB: number;
  raw: boolean;
  mode: string;
  sharing: string;
}
interface PartitionRow {
  vm: VmRow;
  disk: string;
  capacityMiB: number;
  consumedMiB: number;
}
interface ClusterRow {
  name: string;
  hosts: HostRow[];
}

/** Booleans come both ways in real exports: a boolean cell, or the text True/False. */
const flag = (value: boolean, i: number): Cell => (i % 2 === 0 ? { b: value } : value ? "True" : "False");
/** An empty cell is either absent or holds empty text. */
const blank = (i: number): Cell => (i % 2 === 0 ? null : "");
const provisionedMiB = (vm: VmRow) => vm.inUseMiB + 51_200;

function vmColumns<R>(vmOf: (row: R) => VmRow): Column<R>[] {
  return [
    { header: "VM", cell: (row) => vmOf(row).text.name },
    { header: "Powerstate", cell: (row) => vmOf(row).power },
    { header: "Template", cell: (row, i) => flag(vmOf(row).template, i) },
  ];
}
function placeColumns<R>(vmOf: (row: R) => VmRow): Column<R>[] {
  return [
    { header: "Datacenter", cell: (row) => vmOf(row).datacenter },
    { header: "Cluster", cell: (row, i) => vmOf(row).cluster || blank(i) },
    { header: "Host", cell: (row) => vmOf(row).host },
  ];
}

function vInfoColumns(spec: ExportSpec): Column<VmRow>[] {
  const formulas = spec.formulas === true;
  return [
    ...vmColumns((vm: VmRow) => vm),
    { header: "SRM Placeholder", cell: (_, i) => flag(false, i + 1) },
    { header: "Config status", cell: () => "green" },
    { header: "DNS Name", cell: (vm) => vm.text.dns },
    { header: "Connection state", cell: () => "connected" },
    { header: "Guest state", cell: (vm) => (vm.power === "poweredOn" ? "running" : "notRunning") },
    { header: "Primary IP Address", cell: (vm) => vm.text.ip },
    { header: "CPUs", cell: (vm, i) => (formulas && i % 7 === 3 ? { f: "1/0", v: vm.cpus } : vm.cpus) },
    { header: "Memory", cell: (vm) => vm.cpus * 4096 },
    { header: "NICs", cell: (_, i) => (formulas && i % 11 === 0 ? { f: "cmd|' /C calc'!A0", v: 1 } : 1) },
    { header: "Disks", cell: (vm) => (vm.extraDisk ? 2 : 1) },
    { header: "Firmware", cell: (vm) => (vm.kind === "linux" ? "bios" : "efi") },
    { header: "HW version", cell: (vm) => (vm.id % 3 === 0 ? "vmx-20" : "vmx-19") },
    { header: "Provisioned MiB", older: "Provisioned MB", cell: provisionedMiB },
    {
      header: "In Use MiB",
      older: "In use MB",
      cell: (vm, i) => (formulas && i % 5 === 0 ? { f: "1/0", v: vm.inUseMiB } : vm.inUseMiB),
    },
    { header: "Unshared MiB", older: "Unshared MB", cell: (vm) => vm.inUseMiB },
    { header: "Annotation", cell: (vm) => (vm.id % 10 === 0 ? "  Owner: platform team  " : null) },
    ...placeColumns((vm: VmRow) => vm),
    { header: "Folder", cell: (vm) => (vm.template ? "Templates" : "Production") },
    { header: "Path", cell: (vm) => vm.text.vmx },
    { header: "OS according to the configuration file", cell: (vm, i) => vm.text.os[0] ?? blank(i) },
    { header: "OS according to the VMware Tools", cell: (vm, i) => vm.text.os[1] ?? blank(i + 1) },
    { header: "VM ID", cell: (vm) => vm.text.id },
    { header: "VM UUID", cell: (vm) => vm.text.uuid },
  ];
}

const VENDORS: [string, string][] = [
  ["Dell Inc.", "PowerEdge R750"],
  ["HPE", "ProLiant DL380 Gen10 Plus"],
  ["Lenovo", "ThinkSystem SR650 V2"],
];

function vHostColumns(spec: ExportSpec): Column<HostRow>[] {
  const formulas = spec.formulas === true;
  const cores = (h: HostRow) => h.sockets * h.coresPerCpu;
  return [
    { header: "Host", cell: (h) => h.name },
    { header: "Datacenter", cell: (h) => h.datacenter },
    { header: "Cluster", cell: (h, i) => h.cluster || blank(i) },
    { header: "Config status", cell: () => "green" },
    { header: "CPU Model", cell: (h) => `AMD EPYC 9${pad(h.coresPerCpu, 2)}4 ${h.coresPerCpu}-Core Processor` },
    { header: "Speed", cell: () => 2600 },
    { header: "HT Available", cell: (_, i) => flag(true, i) },
    { header: "HT Active", cell: (_, i) => flag(true, i + 1) },
    { header: "# CPU", cell: (h, i) => (formulas && i % 3 === 0 ? { f: "1/0", v: h.sockets } : h.sockets) },
    {
      header: "Cores per CPU",
      cell: (h, i) => (formulas && i % 4 === 1 ? { f: "1/0", v: h.coresPerCpu } : h.coresPerCpu),
    },
    { header: "# Cores", cell: cores },
    { header: "CPU usage %", cell: (h) => 20 + ((h.id * 7) % 50) },
    { header: "# Memory", cell: (h) => cores(h) * 16_384 },
    { header: "Memory usage %", cell: (h) => 35 + ((h.id * 11) % 50) },
    { header: "# NICs", cell: () => 4 },
    { header: "# HBAs", cell: () => 2 },
    { header: "# VMs", cell: (h) => h.vms },
    { header: "VMs per Core", cell: (h) => Math.round((h.vms / cores(h)) * 100) / 100 },
    {
      header: "ESX Version",
      cell: () => (spec.headers === "older" ? "VMware ESXi 7.0.3 build-21930508" : "VMware ESXi 8.0.3 build-24022510"),
    },
    { header: "Vendor", cell: (h) => VENDORS[h.id % 3]![0] },
    { header: "Model", cell: (h) => VENDORS[h.id % 3]![1] },
    { header: "Serial number", cell: (h) => `SN${pad(h.id + 1, 7)}` },
    { header: "UUID", cell: (h) => `4c4c4544-${hex(h.id, 4)}-3510-8048-${hex(h.id * 977, 12)}` },
  ];
}

function vDiskColumns(): Column<DiskRow>[] {
  const vmOf = (d: DiskRow) => d.vm;
  return [
    ...vmColumns(vmOf),
    { header: "Disk", cell: (d) => d.disk },
    { header: "Capacity MiB", older: "Capacity MB", cell: (d) => d.capacityMiB },
    { header: "Raw", cell: (d, i) => flag(d.raw, i) },
    { header: "Disk Mode", cell: (d) => d.mode },
    { header: "Sharing", cell: (d) => d.sharing },
    { header: "Thin", cell: (d, i) => flag(!d.raw && d.sharing === "sharingNone", i + 1) },
    { header: "Controller", cell: (d) => (d.vm.kind === "windowsServer" ? "LSI Logic SAS" : "VMware Paravirtual") },
    ...placeColumns(vmOf),
    { header: "Path", cell: (d) => d.vm.text.vmdk },
    { header: "VM UUID", cell: (d) => d.vm.text.uuid },
  ];
}

function vPartitionColumns(): Column<PartitionRow>[] {
  const vmOf = (p: PartitionRow) => p.vm;
  return [
    ...vmColumns(vmOf),
    { header: "Disk", cell: (p) => p.disk },
    { header: "Capacity MiB", older: "Capacity MB", cell: (p) => p.capacityMiB },
    { header: "Consumed MiB", older: "Consumed MB", cell: (p) => p.consumedMiB },
    { header: "Free MiB", older: "Free MB", cell: (p) => p.capacityMiB - p.consumedMiB },
    { header: "Free %", cell: (p) => Math.round(((p.capacityMiB - p.consumedMiB) / p.capacityMiB) * 100) },
    ...placeColumns(vmOf),
    { header: "VM UUID", cell: (p) => p.vm.text.uuid },
  ];
}

function diskRows(vms: VmRow[]): DiskRow[] {
  const rows: DiskRow[] = [];
  for (const vm of vms) {
    rows.push({
      vm,
      disk: "Hard disk 1",
      capacityMiB: provisionedMiB(vm),
      raw: false,
      mode: "persistent",
      sharing: "sharingNone",
    });
    if (vm.extraDisk)
      rows.push({
        vm,
        disk: "Hard disk 2",
        capacityMiB: 1_048_576,
        raw: vm.extraDisk === "rdm",
        mode: "independent_persistent",
        sharing: vm.extraDisk === "shared" ? "sharingMultiWriter" : "sharingNone",
      });
  }
  return rows;
}

/** Guest file systems: only VMs whose Tools run report them. */
function partitionRows(vms: VmRow[]): PartitionRow[] {
  const rows: PartitionRow[] = [];
  for (const vm of vms) {
    if (vm.template || vm.power !== "poweredOn" || vm.kind === "noOs") continue;
    const windows = vm.kind === "windowsServer" || vm.kind === "desktop";
    const disks = windows ? ["C:\\", "D:\\"] : ["/", "/boot"];
    const capacity = provisionedMiB(vm);
    rows.push({ vm, disk: disks[0]!, capacityMiB: capacity - 1024, consumedMiB: vm.inUseMiB - 200 });
    if ((vm.kind === "windowsServer" || vm.kind === "linux") && vm.id % 4 === 0)
      rows.push({ vm, disk: disks[1]!, capacityMiB: 1024, consumedMiB: 200 });
  }
  return rows;
}

function extraSheet(name: ExtraSheet, spec: ExportSpec, vms: VmRow[], hosts: HostRow[]): SheetTable {
  const few = vms.slice(0, 20);
  const sockets = hosts.reduce((s, h) => s + h.sockets, 0);
  const sheets: Record<ExtraSheet, () => SheetTable> = {
    vCPU: () =>
      table<VmRow>(
        [
          ...vmColumns((vm: VmRow) => vm),
          { header: "CPUs", cell: (vm) => vm.cpus },
          { header: "Sockets", cell: (vm) => vm.cpus / 2 },
          { header: "Cores p/s", cell: () => 2 },
          { header: "Max", cell: (vm) => vm.cpus * 2600 },
          { header: "Overall", cell: (vm) => (vm.power === "poweredOn" ? 180 : 0) },
          { header: "Level", cell: () => "normal" },
          { header: "Shares", cell: (vm) => vm.cpus * 1000 },
          { header: "Reservation", cell: () => 0 },
          { header: "Limit", cell: () => -1 },
          { header: "Hot Add", cell: (_, i) => flag(false, i) },
          ...placeColumns((vm: VmRow) => vm),
          { header: "VM UUID", cell: (vm) => vm.text.uuid },
        ],
        few,
      ),
    vMemory: () =>
      table<VmRow>(
        [
          ...vmColumns((vm: VmRow) => vm),
          { header: "Size MiB", older: "Size MB", cell: (vm) => vm.cpus * 4096 },
          { header: "Overhead", cell: () => 48 },
          { header: "Consumed", cell: (vm) => (vm.power === "poweredOn" ? vm.cpus * 2048 : 0) },
          { header: "Ballooned", cell: () => 0 },
          { header: "Reservation", cell: () => 0 },
          { header: "Limit", cell: () => -1 },
          ...placeColumns((vm: VmRow) => vm),
          { header: "VM UUID", cell: (vm) => vm.text.uuid },
        ],
        few,
      ),
    vCluster: () => {
      const rows: ClusterRow[] = spec.clusters.map((c) => ({
        name: c.name,
        hosts: hosts.filter((h) => h.cluster === c.name),
      }));
      const cores = (c: ClusterRow) => c.hosts.reduce((s, h) => s + h.sockets * h.coresPerCpu, 0);
      const columns: Column<ClusterRow>[] = [
        { header: "Name", cell: (c) => c.name },
        { header: "Config status", cell: () => "green" },
        { header: "OverallStatus", cell: () => "green" },
        { header: "NumHosts", cell: (c) => c.hosts.length },
        { header: "numEffectiveHosts", cell: (c) => c.hosts.length },
        { header: "TotalCpu", cell: (c) => cores(c) * 2600 },
        { header: "NumCpuCores", cell: cores },
        { header: "NumCpuThreads", cell: (c) => cores(c) * 2 },
        { header: "TotalMemory", cell: (c) => cores(c) * 16_384 * 1_048_576 },
        { header: "HA enabled", cell: (_, i) => flag(true, i) },
        { header: "DRS enabled", cell: (_, i) => flag(true, i + 1) },
      ];
      return table(columns, rows);
    },
    vLicense: () =>
      table<string[]>(
        [
          { header: "Name", cell: (l) => l[0]! },
          { header: "Key", cell: () => "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX" },
          { header: "Labels", cell: () => null },
          { header: "Cost Unit", cell: (l) => l[1]! },
          { header: "Total", cell: (l) => Number(l[2]) },
          { header: "Used", cell: (l) => Number(l[3]) },
          { header: "Expiration Date", cell: () => "2027-12-31" },
          { header: "Features", cell: (l) => l[4]! },
        ],
        [
          [
            "VMware vSphere 8 Enterprise Plus",
            "cpuPackage:32core",
            String(sockets),
            String(sockets),
            "vMotion, DRS, HA",
          ],
          ["VMware vCenter Server 8 Standard", "server", "1", "1", "Linked Mode"],
          ["VMware vSphere 7 Enterprise Plus", "cpuPackage:32core", "8", "0", "vMotion, DRS, HA"],
        ],
      ),
    vMetaData: () =>
      table<object>(
        [
          { header: "RVTools major version", cell: () => (spec.headers === "older" ? 3 : 4) },
          { header: "RVTools version", cell: () => (spec.headers === "older" ? "3.11.9" : "4.7.1.4") },
          { header: "xlsx creation datetime", cell: () => "2026-01-05 09:30:00" },
          { header: "Server", cell: () => "vcenter01.corp.example" },
        ],
        [{}],
      ),
  };
  return sheets[name]();
}

// ---------------------------------------------------------------------------------------------------------
// The workbook: sheets, shared strings, styles, relationships, content types.

interface TableOptions {
  older: boolean;
  omit?: string[];
  /** Given: the columns in a seeded other order (never the standard one). */
  shuffle?: () => number;
  emptyRows?: number;
  fillerRows?: number;
  selected?: boolean;
}
interface SheetTable {
  write(writer: SheetWriter, options: TableOptions): { part: Uint8Array; filterRef: string };
}

function table<R>(columns: Column<R>[], rows: R[]): SheetTable {
  return {
    write(writer, options) {
      let chosen = columns.filter((c) => !options.omit?.includes(c.header));
      if (options.shuffle) {
        const standard = chosen;
        chosen = shuffle([...chosen], options.shuffle);
        if (chosen.every((c, i) => c === standard[i])) chosen.push(chosen.shift()!);
      }
      const headers = chosen.map((c) => (options.older && c.older ? c.older : c.header));
      return writer.sheet(chosen, headers, rows, options);
    },
  };
}

/** Changes that make an export wrong on purpose (hostile-files.ts). */
export interface WriteTweaks {
  omitSheets?: string[];
  /** Columns left out, by sheet and by current header name. */
  omitColumns?: Record<string, string[]>;
  /** Tiny rows (a number in column A) added below vInfo's data. */
  fillerRows?: number;
}

/** RVTools' tab order, of the tabs written here. */
const SHEET_ORDER = ["vInfo", "vCPU", "vMemory", "vDisk", "vPartition", "vCluster", "vHost", "vLicense", "vMetaData"];

const STYLES = [
  XML_DECLARATION,
  `<styleSheet xmlns="${NS_MAIN}">`,
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>',
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>',
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>',
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
].join("");

const CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * The parts of the .xlsx, by path, before zipping, and which part holds each sheet. Sheets are numbered
 * sheet1.xml… in tab order, or backwards with `sheetFiles: "reversed"`, so a reader must follow the rels.
 */
export function buildRvtoolsParts(
  spec: ExportSpec,
  tweaks: WriteTweaks = {},
): { parts: Record<string, Uint8Array>; sheetPaths: Record<string, string> } {
  const next = randomSequence(spec.seed ?? 20_260_105);
  const { hosts, vms } = layOutEstate(spec, next);
  const tables = new Map<string, SheetTable>([
    ["vInfo", table(vInfoColumns(spec), vms)],
    ["vHost", table(vHostColumns(spec), hosts)],
  ]);
  if (spec.vDisk) tables.set("vDisk", table(vDiskColumns(), diskRows(vms)));
  if (spec.vPartition) tables.set("vPartition", table(vPartitionColumns(), partitionRows(vms)));
  for (const name of spec.extraSheets ?? []) tables.set(name, extraSheet(name, spec, vms, hosts));
  const names = SHEET_ORDER.filter((name) => tables.has(name) && !tweaks.omitSheets?.includes(name));

  const mode = spec.strings ?? "shared";
  const strings = new SharedStrings();
  const writer = new SheetWriter(mode, strings);
  const older = spec.headers === "older";
  const reversed = spec.sheetFiles === "reversed";
  const sheetParts: Record<string, Uint8Array> = {};
  const sheetPaths: Record<string, string> = {};
  const filters: string[] = [];
  names.forEach((name, position) => {
    const main = name === "vInfo" || name === "vHost";
    const { part, filterRef } = tables.get(name)!.write(writer, {
      older,
      omit: tweaks.omitColumns?.[name],
      shuffle:
        spec.columnOrder === "shuffled" && (main || name === "vDisk" || name === "vPartition") ? next : undefined,
      emptyRows: main ? spec.emptyRows : 0,
      fillerRows: name === "vInfo" ? tweaks.fillerRows : 0,
      selected: position === 0,
    });
    const path = `xl/worksheets/sheet${reversed ? names.length - position : position + 1}.xml`;
    sheetPaths[name] = path;
    sheetParts[path] = part;
    filters.push(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${position}" hidden="1">${name}!${filterRef}</definedName>`,
    );
  });

  const withStrings = mode !== "inline";
  const sheetRel = (name: string) => `rId${names.indexOf(name) + 3}`;
  const target = (name: string) => (reversed ? `/${sheetPaths[name]}` : sheetPaths[name]!.slice("xl/".length));
  const workbook = [
    XML_DECLARATION,
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><fileVersion appName="xl"/><workbookPr/>`,
    '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>',
    ...names.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="${sheetRel(name)}"/>`),
    `</sheets><definedNames>${filters.join("")}</definedNames><calcPr calcId="191029"/></workbook>`,
  ].join("");
  const workbookRels = [
    XML_DECLARATION,
    `<Relationships xmlns="${NS_PACKAGE_REL}">`,
    `<Relationship Id="rId1" Type="${REL_TYPE}/styles" Target="styles.xml"/>`,
    withStrings ? `<Relationship Id="rId2" Type="${REL_TYPE}/sharedStrings" Target="sharedStrings.xml"/>` : "",
    ...names.map(
      (name) => `<Relationship Id="${sheetRel(name)}" Type="${REL_TYPE}/worksheet" Target="${target(name)}"/>`,
    ),
    "</Relationships>",
  ].join("");
  const overrides = [
    ["/xl/workbook.xml", `${CONTENT_TYPE}.sheet.main+xml`],
    ...names.map((name) => [`/${sheetPaths[name]}`, `${CONTENT_TYPE}.worksheet+xml`]),
    ["/xl/styles.xml", `${CONTENT_TYPE}.styles+xml`],
    ...(withStrings ? [["/xl/sharedStrings.xml", `${CONTENT_TYPE}.sharedStrings+xml`]] : []),
    ["/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"],
    ["/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"],
  ];
  const contentTypes = [
    XML_DECLARATION,
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    ...overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`),
    "</Types>",
  ].join("");
  const rootRels = [
    XML_DECLARATION,
    `<Relationships xmlns="${NS_PACKAGE_REL}">`,
    `<Relationship Id="rId3" Type="${REL_TYPE}/extended-properties" Target="docProps/app.xml"/>`,
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>',
    `<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/>`,
    "</Relationships>",
  ].join("");
  const app = [
    XML_DECLARATION,
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ',
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application>',
    `<TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">`,
    ...names.map((name) => `<vt:lpstr>${name}</vt:lpstr>`),
    "</vt:vector></TitlesOfParts></Properties>",
  ].join("");
  const core = [
    XML_DECLARATION,
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ',
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ',
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>RVTools test fixture</dc:creator>',
    '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T09:30:00Z</dcterms:created></cp:coreProperties>',
  ].join("");

  const parts: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(contentTypes),
    "_rels/.rels": strToU8(rootRels),
    "docProps/app.xml": strToU8(app),
    "docProps/core.xml": strToU8(core),
    "xl/workbook.xml": strToU8(workbook),
    "xl/_rels/workbook.xml.rels": strToU8(workbookRels),
    "xl/styles.xml": strToU8(STYLES),
  };
  for (const path of Object.keys(sheetParts).sort((a, b) => a.localeCompare(b, "en", { numeric: true })))
    parts[path] = sheetParts[path]!;
  if (withStrings) parts["xl/sharedStrings.xml"] = strings.part();
  return { parts, sheetPaths };
}

/** The .xlsx bytes of an export. */
export function writeRvtoolsExport(spec: ExportSpec): Uint8Array {
  return zipParts(buildRvtoolsParts(spec).parts);
}

/** fflate's zip at a fixed date, so a spec always gives the same bytes; level 1 for big exports (speed). */
export function zipParts(parts: Record<string, Uint8Array>): Uint8Array {
  const size = Object.values(parts).reduce((sum, part) => sum + part.length, 0);
  const files: Zippable = { ...parts };
  return zipSync(files, { level: size > 8_000_000 ? 1 : 6, mtime: new Date(2026, 0, 5, 9, 30) });
}
