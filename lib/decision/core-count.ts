// Billed physical cores, host group by host group: each per-CPU and per-host minimum applies to every
// host, the order minimum to the estate's total (docs/method.md, "Costs").
import type { PriceMinimum } from "@/lib/knowledge/plan-schema";
import type { HostGroup } from "@/lib/questionnaire/estate";
import { formatCount, plural } from "./money-format";

export interface CoreCount {
  total: number;
  /** "4 hosts × 2 CPUs × 16 cores (8 cores per CPU; 16-core minimum per CPU applied)" */
  text: string;
  notes: string[];
}

/** The cores one host of a group is billed for, and the minimums that raised the count. */
export function billedPerHost(
  group: HostGroup,
  minimums: readonly PriceMinimum[],
): { perCpu: number; perHost: number; applied: string[] } {
  const { socketsPerHost: sockets, coresPerSocket: cores } = group;
  const applied: string[] = [];
  let perCpu = cores;
  for (const m of minimums) {
    if (m.per === "cpu" && m.status === "applies" && m.cores > perCpu) {
      perCpu = m.cores;
      applied.push(`${m.cores}-core minimum per CPU`);
    }
  }
  let perHost = sockets * perCpu;
  for (const m of minimums) {
    if (m.per === "host" && m.status === "applies" && m.cores > perHost) {
      perHost = m.cores;
      applied.push(`${m.cores}-core minimum per host`);
    }
  }
  return { perCpu, perHost, applied };
}

function groupText(group: HostGroup, minimums: readonly PriceMinimum[]): { cores: number; text: string } {
  const { perCpu, perHost, applied } = billedPerHost(group, minimums);
  const sockets = group.socketsPerHost;
  const hostPart =
    perHost === sockets * perCpu ? `${plural(sockets, "CPU")} × ${plural(perCpu, "core")}` : plural(perHost, "core");
  const raised = applied.length > 0 ? ` (${group.coresPerSocket} cores per CPU; ${applied.join(", ")} applied)` : "";
  return { cores: group.count * perHost, text: `${plural(group.count, "host")} × ${hostPart}${raised}` };
}

/**
 * Billed cores for every host group. An order minimum that applies raises the total (noted as
 * disputed where its note says so); `orderMinimums: false` leaves it out, as for a user's quote.
 */
export function countCores(
  groups: readonly HostGroup[],
  minimums: readonly PriceMinimum[],
  orderMinimums = true,
): CoreCount {
  const parts = groups.map((g) => groupText(g, minimums));
  let total = parts.reduce((sum, p) => sum + p.cores, 0);
  let text = parts.map((p) => p.text).join(" + ");
  if (parts.length > 1) text = `${text} = ${formatCount(total)}`;
  const notes: string[] = [];
  for (const m of minimums.filter((x) => x.per === "order")) {
    if (m.cores <= total) continue;
    if (m.status === "applies" && orderMinimums) {
      notes.push(`${m.cores}-core minimum per order billed: ${m.note}`);
      text = `${text}, raised to the ${m.cores}-core minimum per order`;
      total = m.cores;
    } else if (m.status === "disputed") {
      notes.push(
        `A ${m.cores}-core minimum per order is disputed and not applied here (it would bill ${m.cores} cores): ${m.note}`,
      );
    }
  }
  return { total, text, notes };
}
