// Whether the scale answer and the estate's hosts tell the same story. The bands are the scale
// question's own (questions.ts): small is 1–3 hosts, medium 4–32, large more than 32 or several sites.
import type { Estate } from "./answers";
import { estateClusters, estateTotals } from "./estate";
import type { Scale } from "./options";

const SMALL_MOST_HOSTS = 3;
const MEDIUM_MOST_HOSTS = 32;

/** A scale answer the estate's hosts contradict, and the answer they point to instead. */
export type ScaleMismatch = { hosts: number; chosen: Scale; implied: Scale };

/** The scale a count of hosts falls in, by host count alone (one site). */
export function scaleForHosts(hosts: number): Scale {
  if (hosts <= SMALL_MOST_HOSTS) return "small";
  if (hosts <= MEDIUM_MOST_HOSTS) return "medium";
  return "large";
}

/**
 * Whether `hosts` fits the scale answered. Large also means "several sites", which any two hosts
 * may be, so hosts contradict it only when there is a single one.
 */
export function scaleFitsHosts(scale: Scale, hosts: number): boolean {
  if (scale === "large") return hosts >= 2;
  return scaleForHosts(hosts) === scale;
}

/**
 * The hosts an estate gives: the clusters' host groups added up, or the flat `hosts` as soon as it
 * is a valid count, before sockets and cores are typed. The wizard's values may still hold text.
 */
export function estateHostCount(estate: Estate | undefined): number | undefined {
  if (!estate) return undefined;
  if (estate.clusters !== undefined) {
    const clusters = estateClusters(estate);
    return clusters && clusters.length > 0 ? estateTotals(clusters).hosts : undefined;
  }
  const { hosts } = estate;
  return typeof hosts === "number" && Number.isInteger(hosts) && hosts >= 1 ? hosts : undefined;
}

/** The disagreement between the scale answered and the estate's hosts, or null when they agree or one is missing. */
export function findScaleMismatch(scale: Scale | undefined, hosts: number | undefined): ScaleMismatch | null {
  if (scale === undefined || hosts === undefined || scaleFitsHosts(scale, hosts)) return null;
  return { hosts, chosen: scale, implied: scaleForHosts(hosts) };
}
