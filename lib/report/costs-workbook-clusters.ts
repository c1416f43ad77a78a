// The "Clusters" sheet, for an estate of clusters: each cluster planned alone (its own product, its
// costs next to staying put, the effort and its place in the move order), as plain figures.
import type { ClusterPlan } from "@/lib/decision";
import { number, text } from "./workbook/cells";
import { SheetWriter, type Column } from "./workbook/sheet";

const CLUSTER_COLUMNS = [
  { key: "cluster", header: "Cluster", width: 24 },
  { key: "product", header: "Product", width: 40 },
  { key: "hypervisor", header: "Hypervisor", width: 22 },
  { key: "hosts", header: "Hosts", width: 8 },
  { key: "cores", header: "Cores", width: 8 },
  { key: "billedCores", header: "Billed cores", width: 12 },
  { key: "perYear", header: "Per year (USD)", width: 16, style: "money" },
  { key: "oneOff", header: "One-off (USD)", width: 16, style: "money" },
  { key: "npv", header: "NPV (USD)", width: 16, style: "money" },
  { key: "stayPerYear", header: "Staying per year (USD)", width: 22, style: "money" },
  { key: "savingPerYear", header: "Saving per year (USD)", width: 21, style: "money" },
  { key: "effortLow", header: "Effort low (person-days)", width: 23 },
  { key: "effortHigh", header: "Effort high (person-days)", width: 24 },
  { key: "moveOrder", header: "Move order", width: 11 },
  { key: "moveRisk", header: "Move risk", width: 10 },
  { key: "reason", header: "Reason", width: 100 },
] as const satisfies readonly Column<string>[];

type ClusterColumn = (typeof CLUSTER_COLUMNS)[number]["key"];

/** A cluster saved before the plan per cluster had more than its first fields. */
type SavedCluster = Pick<ClusterPlan, "name" | "product" | "perYear" | "reason"> & Partial<ClusterPlan>;

export function clustersSheet(
  clusters: readonly SavedCluster[],
  familyName: (id: string) => string,
): SheetWriter<ClusterColumn> {
  const sheet = new SheetWriter("Clusters", CLUSTER_COLUMNS);
  for (const c of clusters) {
    sheet.add({
      cluster: text(c.name),
      product: text(c.product?.name),
      hypervisor: text(c.product ? familyName(c.product.family) : null),
      hosts: number(c.hosts),
      cores: number(c.cores),
      billedCores: number(c.billedCores),
      perYear: number(c.perYear),
      oneOff: number(c.oneOff),
      npv: number(c.npv),
      stayPerYear: number(c.stay?.perYear),
      savingPerYear: number(c.savingPerYear),
      effortLow: number(c.effortDays?.low),
      effortHigh: number(c.effortDays?.high),
      moveOrder: number(c.move?.order),
      moveRisk: text(c.move?.risk),
      reason: text(c.move ? `${c.reason} ${c.move.reason}` : c.reason),
    });
  }
  return sheet;
}
