// The review of an imported estate before it is used: the totals as read, the reader's warnings, and
// a row per cluster whose name, counts and workloads can be corrected. "Use this estate" checks the
// rows with the API's estate schema and hands over the clusters only when it takes them.
import { useMemo, useState, type Ref } from "react";
import type { Cluster } from "@/lib/questionnaire/answers";
import type { InventoryReading } from "@/lib/inventory/types";
import { ClusterRowView } from "./cluster-row";
import { checkRows, COUNT_FIELDS, rowsFromClusters, type ClusterRow } from "./inventory-rows";
import { InventoryTotals } from "./inventory-totals";
import styles from "./inventory.module.css";

type Props = {
  clusters: Cluster[];
  /** The reading the clusters came from, when this visit read the file: its totals and warnings. */
  reading: InventoryReading | undefined;
  fileName: string | undefined;
  /** Reviewing the estate already in use: discarding keeps it as it was. */
  inUse: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onUse: (clusters: Cluster[]) => void;
  onDiscard: () => void;
};

const FIELD_ORDER = ["name", ...COUNT_FIELDS.map((c) => c.field), "workloads"];

export function InventoryReview({ clusters, reading, fileName, inUse, headingRef, onUse, onDiscard }: Props) {
  const [rows, setRows] = useState<ClusterRow[]>(() => rowsFromClusters(clusters));
  const [attempt, setAttempt] = useState(0);
  const checked = useMemo(() => checkRows(rows), [rows]);
  const errors = "errors" in checked ? checked.errors : undefined;
  const fieldErrors = errors ? [...errors.byField.values()] : [];

  function use() {
    if ("clusters" in checked) return onUse(checked.clusters);
    setAttempt((n) => n + 1);
    const first = rows
      .flatMap((_, i) => FIELD_ORDER.map((field) => `${i}.${field}`))
      .find((key) => checked.errors.byField.has(key));
    if (first) document.getElementById(`inventory-${first.replace(".", "-")}`)?.focus();
  }

  const update = (index: number, row: ClusterRow) => setRows((all) => all.map((r, i) => (i === index ? row : r)));
  const title = reading ? "What was read" : "The clusters in use";

  return (
    <section className={styles.review} aria-labelledby="inventory-review-heading">
      <h3 id="inventory-review-heading" className={styles.reviewHeading} ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      <p className={styles.hint}>
        {reading && fileName ? `From ${fileName}. ` : ""}
        Correct a name or a count if it is wrong, and tick the workloads a cluster runs (none ticked: the workloads you
        answered). Nothing is used until you choose “Use this estate”.
      </p>
      <InventoryTotals summary={reading?.summary} clusters={clusters} />
      {reading && reading.warnings.length > 0 && (
        <>
          <h4 className={styles.subheading}>To check</h4>
          <ul className={styles.warnings}>
            {reading.warnings.map((warning, i) => (
              <li key={i}>{warning}</li>
            ))}
          </ul>
        </>
      )}
      {errors && errors.general.length > 0 && (
        <ul className={styles.problems}>
          {errors.general.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      )}
      {attempt > 0 && errors && (
        <p key={attempt} className={styles.error} role="alert">
          {fieldErrors.length > 0
            ? `Check ${fieldErrors.length === 1 ? "this value" : `these ${fieldErrors.length} values`} before using the estate: ${fieldErrors[0]}`
            : "This estate cannot be used as it is: see above."}
        </p>
      )}
      <p className={styles.scrollHint}>Scroll the table sideways to see every column.</p>
      <div className={styles.tableWrap} role="region" aria-labelledby="inventory-clusters" tabIndex={0}>
        <table className={styles.table}>
          <caption id="inventory-clusters" className={styles.caption}>
            Clusters ({rows.length.toLocaleString("en-US")})
          </caption>
          <thead>
            <tr>
              <th scope="col">Cluster</th>
              <th scope="col">Hosts × sockets × cores</th>
              <th scope="col">VMs</th>
              <th scope="col">Windows Server</th>
              <th scope="col">Desktops</th>
              <th scope="col">Storage (TiB)</th>
              <th scope="col">Workloads</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <ClusterRowView
                key={index}
                row={row}
                index={index}
                errorOf={(field) => errors?.byField.get(`${index}.${field}`)}
                onChange={(next) => update(index, next)}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.actions}>
        <button type="button" className={styles.primary} onClick={use}>
          Use this estate
        </button>
        <button type="button" className={styles.secondary} onClick={onDiscard}>
          {inUse ? "Discard changes" : "Discard"}
        </button>
      </div>
    </section>
  );
}
