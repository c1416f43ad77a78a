// A clustered estate as one results-URL value (contract "The estate as clusters"), compact enough for
// about 100 clusters in 8 KB of URL and readable once decoded:
//   estate.clusters=SQL:4x2x24:120:80:0:12.5:databases;VDI:8x2x24,2x1x16:380:0:380::vdi
// Clusters are separated by `;`, each `<name>:<host groups>:<VMs>:<Windows Server VMs>:<desktop VMs>`
// then, optionally, `:<storage TiB>:<workload ids>`; a host group is `<hosts>x<sockets>x<cores>`; lists
// are comma-separated as everywhere in the URL. A name's `%`, `:` and `;` are written %25, %3A, %3B.
// Without zod, like quote-param.ts: the answers schema checks what readClusters gives, naming fields.
import type { Cluster, HostGroup } from "./answers";

const CLUSTER_SEPARATOR = ";";
const PART_SEPARATOR = ":";
const MAX_PARTS = 7;

/** Past this the results link nears what servers accept in a request line (16 KB in Node). */
export const MAX_CLUSTERS_PARAM_LENGTH = 10_000;

function escapeName(name: string): string {
  return name.replace(/[%:;]/g, (c) => encodeURIComponent(c));
}

function unescapeName(text: string): string {
  return text.replace(/%(25|3a|3b)/gi, (c) => decodeURIComponent(c));
}

function formatGroup(group: HostGroup): string {
  return `${group.count}x${group.socketsPerHost}x${group.coresPerSocket}`;
}

function formatCluster(cluster: Cluster): string {
  const parts = [
    escapeName(cluster.name),
    cluster.hostGroups.map(formatGroup).join(","),
    String(cluster.vms),
    String(cluster.windowsServerVms),
    String(cluster.desktopVms),
    cluster.storageTiB === undefined ? "" : String(cluster.storageTiB),
    cluster.workloads?.join(",") ?? "",
  ];
  while (parts.length > 5 && parts.at(-1) === "") parts.pop();
  return parts.join(PART_SEPARATOR);
}

/** The `estate.clusters` value for these clusters. */
export function formatClusters(clusters: readonly Cluster[]): string {
  return clusters.map(formatCluster).join(CLUSTER_SEPARATOR);
}

/** How long the clusters are once in a URL (percent-encoded), to compare with MAX_CLUSTERS_PARAM_LENGTH. */
export function clustersParamLength(clusters: readonly Cluster[]): number {
  return new URLSearchParams({ c: formatClusters(clusters) }).toString().length - 2;
}

/** Whether a results link can carry these clusters (none: it can). */
export function clustersFitInLink(clusters: readonly Cluster[] | undefined): boolean {
  return !clusters || clustersParamLength(clusters) <= MAX_CLUSTERS_PARAM_LENGTH;
}

/** A problem the schema cannot name: a value not written in the form above. */
export type ClusterParamProblem = { path: (string | number)[]; message: string };

/** A number part: text that is no number stays text, so the schema says "must be a number". */
function numberPart(text: string | undefined): number | string | undefined {
  if (text === undefined) return undefined;
  return text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
}

function readGroup(text: string, path: (string | number)[], problems: ClusterParamProblem[]) {
  const parts = text.split("x");
  if (parts.length !== 3)
    problems.push({ path, message: "must be written <hosts>x<sockets per host>x<cores per socket>, e.g. 4x2x24" });
  return { count: numberPart(parts[0]), socketsPerHost: numberPart(parts[1]), coresPerSocket: numberPart(parts[2]) };
}

function readCluster(text: string, index: number, problems: ClusterParamProblem[]) {
  const parts = text.split(PART_SEPARATOR);
  if (parts.length > MAX_PARTS)
    problems.push({
      path: [index],
      message: `has ${parts.length} parts; a cluster has at most ${MAX_PARTS} (name:hosts:VMs:Windows Server:desktops:storage:workloads)`,
    });
  const [name = "", groups = "", vms, windowsServerVms, desktopVms, storageTiB = "", workloads = ""] = parts;
  return {
    name: unescapeName(name),
    hostGroups: groups === "" ? [] : groups.split(",").map((g, i) => readGroup(g, [index, "hostGroups", i], problems)),
    vms: numberPart(vms),
    windowsServerVms: numberPart(windowsServerVms),
    desktopVms: numberPart(desktopVms),
    ...(storageTiB === "" ? {} : { storageTiB: numberPart(storageTiB) }),
    ...(workloads === "" ? {} : { workloads: workloads.split(",") }),
  };
}

/** The clusters of an `estate.clusters` value, unchecked, for the schema; problems of form by cluster index. */
export function readClusters(text: string): { clusters: unknown[]; problems: ClusterParamProblem[] } {
  const problems: ClusterParamProblem[] = [];
  const clusters = text === "" ? [] : text.split(CLUSTER_SEPARATOR).map((c, i) => readCluster(c, i, problems));
  return { clusters, problems };
}
