// The totals of an estate under review: as the reader counted them in the file (powered off,
// templates and guests by kind included), or, for an estate already in use without its file, the
// counts the clusters themselves give (what they cannot tell is left out, not shown as 0).
import type { Cluster } from "@/lib/questionnaire/answers";
import { estateClusters, estateTotals } from "@/lib/questionnaire/estate";
import type { InventorySummary } from "@/lib/inventory/types";
import styles from "./inventory.module.css";

type Totals = Partial<Omit<InventorySummary, "poweredOnVms">> & { poweredOnVms?: number; poweredOffVms?: number };

const TERMS: [keyof Totals, string][] = [
  ["clusters", "Clusters"],
  ["hosts", "Hosts"],
  ["sockets", "Sockets"],
  ["cores", "Cores"],
  ["vms", "VMs"],
  ["poweredOnVms", "Powered on"],
  ["poweredOffVms", "Powered off"],
  ["templates", "Templates"],
  ["windowsServerVms", "Windows Server"],
  ["desktopVms", "Desktops"],
  ["linuxVms", "Linux"],
  ["otherVms", "Other guests"],
  ["storageTiB", "Storage used"],
];

function clusterTotals(clusters: Cluster[]): Totals {
  const { hosts, sockets, cores, vms, windowsServerVms, desktopVms } = estateTotals(estateClusters({ clusters }) ?? []);
  const stored = clusters.filter((c) => c.storageTiB !== undefined);
  const storageTiB = stored.length > 0 ? stored.reduce((sum, c) => sum + (c.storageTiB ?? 0), 0) : undefined;
  return { clusters: clusters.length, hosts, sockets, cores, vms, windowsServerVms, desktopVms, storageTiB };
}

function format(key: keyof Totals, value: number): string {
  if (key === "storageTiB") return `${value.toLocaleString("en-US", { maximumFractionDigits: 2 })} TiB`;
  return value.toLocaleString("en-US");
}

type Props = { summary: InventorySummary | undefined; clusters: Cluster[] };

export function InventoryTotals({ summary, clusters }: Props) {
  const totals: Totals = summary
    ? { ...summary, poweredOffVms: summary.vms - summary.poweredOnVms }
    : clusterTotals(clusters);
  return (
    <dl className={styles.totals} data-testid="inventory-totals">
      {TERMS.map(([key, term]) => {
        const value = totals[key];
        return value === undefined ? null : (
          <div key={key} className={styles.total}>
            <dt>{term}</dt>
            <dd>{format(key, value)}</dd>
          </div>
        );
      })}
    </dl>
  );
}
