// The clusters under review as the inputs hold them (counts as typed text), and back to clusters
// through the API's own estate schema, each error named by its cluster and field ("Windows Server
// VMs in SQL must not exceed the cluster's VMs.").
import { estateSchema, type Cluster, type HostGroup } from "@/lib/questionnaire/answers";
import { clustersFitInLink, clustersParamLength, MAX_CLUSTERS_PARAM_LENGTH } from "@/lib/questionnaire/cluster-param";
import type { Workload } from "@/lib/questionnaire/options";
import { humanMessage } from "@/lib/validation/field-errors";
import { parseCount } from "./estate-form";

/** The counts a person may correct, with the words an error names them by. */
export const COUNT_FIELDS = [
  { field: "vms", noun: "VMs" },
  { field: "windowsServerVms", noun: "Windows Server VMs" },
  { field: "desktopVms", noun: "Desktop VMs" },
] as const;
export type CountField = (typeof COUNT_FIELDS)[number]["field"];

export type ClusterRow = {
  name: string;
  hostGroups: HostGroup[];
  storageTiB?: number;
  /** None ticked: the answers' workloads hold for the cluster. */
  workloads: Workload[];
} & Record<CountField, string>;

/** `${index}.${field}` of each input with an error, and what concerns no single input. */
export type RowErrors = { byField: Map<string, string>; general: string[] };

export function rowsFromClusters(clusters: readonly Cluster[]): ClusterRow[] {
  return clusters.map((c) => ({
    name: c.name,
    hostGroups: c.hostGroups,
    ...(c.storageTiB === undefined ? {} : { storageTiB: c.storageTiB }),
    workloads: c.workloads ?? [],
    vms: String(c.vms),
    windowsServerVms: String(c.windowsServerVms),
    desktopVms: String(c.desktopVms),
  }));
}

/** How a row is named in labels and errors: its name, or its place when the name is cleared. */
export function rowLabel(row: ClusterRow, index: number): string {
  return row.name.trim() || `cluster ${index + 1}`;
}

/** "4 × 2 × 24 cores": hosts × sockets per host × cores per socket. */
export function hostGroupText(group: HostGroup): string {
  return `${group.count.toLocaleString("en-US")} × ${group.socketsPerHost} × ${group.coresPerSocket} cores`;
}

function rowToRaw(row: ClusterRow) {
  return {
    name: row.name,
    hostGroups: row.hostGroups,
    vms: parseCount(row.vms),
    windowsServerVms: parseCount(row.windowsServerVms),
    desktopVms: parseCount(row.desktopVms),
    ...(row.storageTiB === undefined ? {} : { storageTiB: row.storageTiB }),
    ...(row.workloads.length > 0 ? { workloads: row.workloads } : {}),
  };
}

const FIELD_NOUNS: Record<string, string> = {
  name: "The name of",
  hostGroups: "The host groups of",
  storageTiB: "The storage of",
  workloads: "The workloads of",
  ...Object.fromEntries(COUNT_FIELDS.map(({ field, noun }) => [field, `${noun} in`])),
};

/** The rows as clusters when the schema takes them (and a results link can carry them), else their errors. */
export function checkRows(rows: readonly ClusterRow[]): { clusters: Cluster[] } | { errors: RowErrors } {
  const parsed = estateSchema.safeParse({ clusters: rows.map(rowToRaw) });
  const errors: RowErrors = { byField: new Map(), general: [] };
  if (parsed.success) {
    const clusters = parsed.data.clusters!;
    if (clustersFitInLink(clusters)) return { clusters };
    const length = clustersParamLength(clusters);
    errors.general.push(
      `These ${clusters.length} clusters take ${length.toLocaleString("en-US")} characters of a results link, more than the ${MAX_CLUSTERS_PARAM_LENGTH.toLocaleString("en-US")} it can carry: send the estate to the API (POST /api/v1/evaluate) instead.`,
    );
    return { errors };
  }
  for (const issue of parsed.error.issues) {
    const [, index, field] = issue.path;
    const message = humanMessage(issue);
    if (typeof index !== "number" || typeof field !== "string") {
      errors.general.push(`The estate ${message}.`);
      continue;
    }
    const row = rows[index]!;
    const words = `${FIELD_NOUNS[field] ?? field} ${rowLabel(row, index)} ${message}.`;
    if (field === "name" || field === "workloads" || COUNT_FIELDS.some((c) => c.field === field)) {
      const key = `${index}.${field}`;
      if (!errors.byField.has(key)) errors.byField.set(key, words);
    } else errors.general.push(words);
  }
  return { errors };
}
