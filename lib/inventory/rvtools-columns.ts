// The RVTools sheets and columns this reader uses, with the names each has had across RVTools
// versions (../shared/DOMAIN.md, "Real inventories"). Headers are matched without regard to case or
// spacing; a required column that is missing is named in the error, with the names accepted.

export interface ColumnSpec {
  /** The name shown in messages: the current RVTools header. */
  label: string;
  /** Every accepted header, normalised (lower case, single spaces). */
  names: string[];
  required: boolean;
}

export const VINFO_COLUMNS = {
  powerstate: { label: "Powerstate", names: ["powerstate", "power state"], required: true },
  template: { label: "Template", names: ["template"], required: true },
  srmPlaceholder: { label: "SRM Placeholder", names: ["srm placeholder"], required: false },
  datacenter: { label: "Datacenter", names: ["datacenter"], required: false },
  cluster: { label: "Cluster", names: ["cluster"], required: true },
  host: { label: "Host", names: ["host"], required: true },
  osConfig: {
    label: "OS according to the configuration file",
    names: ["os according to the configuration file", "os"],
    required: false,
  },
  osTools: {
    label: "OS according to the VMware Tools",
    names: ["os according to the vmware tools", "os according to vmware tools"],
    required: false,
  },
  inUse: { label: "In Use MiB", names: ["in use mib", "in use mb", "inuse mib", "in use"], required: false },
  provisioned: { label: "Provisioned MiB", names: ["provisioned mib", "provisioned mb"], required: false },
} satisfies Record<string, ColumnSpec>;

export const VHOST_COLUMNS = {
  host: { label: "Host", names: ["host"], required: true },
  datacenter: { label: "Datacenter", names: ["datacenter"], required: false },
  cluster: { label: "Cluster", names: ["cluster"], required: true },
  sockets: { label: "# CPU", names: ["# cpu", "cpu", "# cpus", "num cpu"], required: true },
  coresPerCpu: { label: "Cores per CPU", names: ["cores per cpu"], required: false },
  cores: { label: "# Cores", names: ["# cores", "cores", "num cores"], required: false },
} satisfies Record<string, ColumnSpec>;

export const VDISK_COLUMNS = {
  vm: { label: "VM", names: ["vm"], required: true },
  raw: { label: "Raw", names: ["raw"], required: false },
  sharing: { label: "Sharing", names: ["sharing", "sharing mode"], required: false },
} satisfies Record<string, ColumnSpec>;

export const VPARTITION_COLUMNS = {
  consumed: { label: "Consumed MiB", names: ["consumed mib", "consumed mb"], required: true },
} satisfies Record<string, ColumnSpec>;

export type Columns<T extends Record<string, ColumnSpec>> = { [K in keyof T]: number | undefined };

export function normaliseHeader(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Each wanted column's index in a header row (first match wins), or the first required one missing. */
export function locateColumns<T extends Record<string, ColumnSpec>>(
  specs: T,
  headers: Map<number, string>,
): { columns: Columns<T> } | { missing: ColumnSpec } {
  const byName = new Map<string, number>();
  for (const [index, text] of headers) {
    const name = normaliseHeader(text);
    if (!byName.has(name)) byName.set(name, index);
  }
  const columns = {} as Columns<T>;
  for (const key of Object.keys(specs) as (keyof T)[]) {
    const spec = specs[key]!;
    const index = spec.names.map((n) => byName.get(n)).find((i) => i !== undefined);
    if (index === undefined && spec.required) return { missing: spec };
    columns[key] = index;
  }
  return { columns };
}
