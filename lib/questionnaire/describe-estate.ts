// The optional estate and horizon in plain words, for the wizard's steps list and review, where the
// values may still be half typed: they are checked with the answers schema before being described.
import { answersSchema } from "./answers";
import { DEFAULT_YEARS } from "./horizon";

const estateAnswers = answersSchema.pick({ estate: true, years: true });

function count(n: number, one: string): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : `${one}s`}`;
}

/**
 * The optional estate and horizon in words, e.g. ["40 hosts × 2 sockets × 16 cores", "800 VMs (300 Windows)",
 * "3 years"]; [] when neither is given, undefined when they do not pass the schema (still being typed).
 */
export function describeEstate(value: { estate?: unknown; years?: unknown }): string[] | undefined {
  const parsed = estateAnswers.safeParse({ estate: value.estate, years: value.years });
  if (!parsed.success) return undefined;
  const { estate, years } = parsed.data;
  if (!estate) return years === undefined ? [] : ["Estate not given", count(years, "year")];
  const { hosts, socketsPerHost, coresPerSocket, vms, windowsVms } = estate;
  const parts =
    hosts !== undefined && socketsPerHost !== undefined && coresPerSocket !== undefined
      ? [`${count(hosts, "host")} × ${count(socketsPerHost, "socket")} × ${count(coresPerSocket, "core")}`]
      : ["Hosts not given"];
  if (vms !== undefined)
    parts.push(
      windowsVms === undefined
        ? count(vms, "VM")
        : `${count(vms, "VM")} (${windowsVms.toLocaleString("en-US")} Windows)`,
    );
  else if (windowsVms !== undefined) parts.push(count(windowsVms, "Windows VM"));
  // The default horizon is shown, since the costs are worked out over it.
  parts.push(count(years ?? DEFAULT_YEARS, "year"));
  return parts;
}

/** One line for the steps list and the review: "Not given" when skipped. */
export function summarizeEstate(value: { estate?: unknown; years?: unknown }): string {
  const parts = describeEstate(value);
  if (!parts) return "Incomplete";
  return parts.length > 0 ? parts.join(", ") : "Not given";
}
