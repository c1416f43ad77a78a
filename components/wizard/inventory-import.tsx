// "Import an RVTools export" beside typing the figures: the file is read in this browser (a Web
// Worker, lib/inventory/read-in-worker.ts), what was read is reviewed and corrected, and only then
// used as the estate's clusters. Once in use the step shows it in a line, with a way back to typing.
import { useEffect, useRef, useState, type ChangeEvent, type ReactNode } from "react";
import type { Cluster } from "@/lib/questionnaire/answers";
import { estateClusters, estateTotals } from "@/lib/questionnaire/estate";
import { count } from "@/lib/questionnaire/estate-words";
import type { InventoryReading } from "@/lib/inventory/types";
import { readInventoryInWorker, type WorkerAnswer } from "@/lib/inventory/read-in-worker";
import { InventoryReview } from "./inventory-review";
import styles from "./inventory.module.css";

type Props = {
  /** The imported clusters in use as the estate, if any. */
  clusters: Cluster[] | undefined;
  onUse: (clusters: Cluster[]) => void;
  onTypeFigures: () => void;
  /** The typed figures, shown while no imported estate is in use or under review. */
  children: ReactNode;
};

type Read = { reading: InventoryReading; fileName: string };
type State =
  | { kind: "idle" }
  | { kind: "reading"; fileName: string }
  | { kind: "failed"; message: string }
  | { kind: "reviewing"; clusters: Cluster[]; read: Read | undefined; inUse: boolean };
type FocusTarget = "review" | "summary" | "file" | "figures";

async function readFile(file: File): Promise<WorkerAnswer> {
  try {
    return await readInventoryInWorker(file);
  } catch (error) {
    const reason = error instanceof Error && error.message ? `: ${error.message}` : ".";
    return { ok: false, problem: "not_rvtools", message: `The file could not be read${reason}` };
  }
}

export function InventoryImport({ clusters, onUse, onTypeFigures, children }: Props) {
  const [state, setState] = useState<State>({ kind: "idle" });
  // The reading behind the estate in use, while this step stays open: "Review" shows its totals again.
  const [used, setUsed] = useState<Read>();
  const request = useRef(0);
  const focus = useRef<FocusTarget | null>(null);
  const reviewRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const figuresRef = useRef<HTMLDivElement>(null);

  // Focus follows the person to what replaced the control they pressed.
  useEffect(() => {
    const target = focus.current;
    focus.current = null;
    if (target === "review") reviewRef.current?.focus();
    else if (target === "summary") summaryRef.current?.focus();
    else if (target === "file") fileRef.current?.focus();
    else if (target === "figures") figuresRef.current?.querySelector("input")?.focus();
  });

  function go(next: State, target: FocusTarget) {
    focus.current = target;
    setState(next);
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Choosing the same file again (after fixing it) reads it again.
    event.target.value = "";
    if (!file) return;
    const id = ++request.current;
    setState({ kind: "reading", fileName: file.name });
    const answer = await readFile(file);
    if (id !== request.current) return;
    if (!answer.ok) return setState({ kind: "failed", message: answer.message });
    const read = { reading: answer.reading, fileName: file.name };
    go({ kind: "reviewing", clusters: answer.reading.estate.clusters, read, inUse: false }, "review");
  }

  function use(next: Cluster[]) {
    if (state.kind === "reviewing" && state.read) setUsed(state.read);
    onUse(next);
    go({ kind: "idle" }, "summary");
  }

  function discard() {
    go({ kind: "idle" }, state.kind === "reviewing" && state.inUse ? "summary" : "file");
  }

  function typeFigures() {
    setUsed(undefined);
    onTypeFigures();
    go({ kind: "idle" }, "figures");
  }

  let below: ReactNode;
  if (state.kind === "reviewing") {
    below = (
      <InventoryReview
        clusters={state.clusters}
        reading={state.read?.reading}
        fileName={state.read?.fileName}
        inUse={state.inUse}
        headingRef={reviewRef}
        onUse={use}
        onDiscard={discard}
      />
    );
  } else if (clusters) {
    const totals = estateTotals(estateClusters({ clusters }) ?? []);
    below = (
      <section className={styles.inUse} aria-labelledby="inventory-in-use">
        <h3 id="inventory-in-use" className={styles.reviewHeading} ref={summaryRef} tabIndex={-1}>
          Imported estate in use
        </h3>
        <p data-testid="estate-in-use">
          {`${count(clusters.length, "cluster")}, ${count(totals.hosts, "host")}, ${count(totals.vms ?? 0, "VM")}`}
          {used && <span className={styles.hint}>{` (from ${used.fileName})`}</span>}
        </p>
        <div className={styles.actions}>
          <button
            type="button"
            className={styles.secondary}
            onClick={() => go({ kind: "reviewing", clusters, read: used, inUse: true }, "review")}
          >
            Review the clusters
          </button>
          <button type="button" className={styles.secondary} onClick={typeFigures}>
            Type the figures instead
          </button>
        </div>
      </section>
    );
  } else {
    below = (
      <div ref={figuresRef}>
        <h3 className={styles.or}>Or type the figures</h3>
        {children}
      </div>
    );
  }

  return (
    <>
      <div className={styles.import}>
        <label htmlFor="inventory-file" className={styles.label}>
          Import an RVTools export
        </label>
        <p id="inventory-file-hint" className={styles.hint}>
          The .xlsx file RVTools saves. It is read in this browser and never uploaded.
        </p>
        <input
          ref={fileRef}
          id="inventory-file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby="inventory-file-hint"
          className={styles.file}
          onChange={(event) => void choose(event)}
        />
        <p className={styles.progress} aria-live="polite">
          {state.kind === "reading" ? `Reading ${state.fileName}…` : ""}
        </p>
        {state.kind === "failed" && (
          <p className={styles.error} role="alert">
            {state.message}
          </p>
        )}
      </div>
      {below}
    </>
  );
}
