// Every rating behind the scores: per hypervisor, a table of contributions (rating × weight =
// points) where each row opens its rationale, sources and date. A row's evidence is rendered when it
// is opened or the page is printed (print shows everything expanded), not before: on the results page
// it was half the page's elements, all hydrated before the first input could be answered. So printing
// the evidence needs the page's script (as the share page's always did to load it).
// A shared page carries the numbers only: its rationales and sources load when a row is first opened,
// all at once ("Open all the evidence"), or before its Print button prints. A printout made without
// them says once where they are, instead of a placeholder in every row.
"use client";
import { Fragment, useCallback, useEffect, useRef, useState } from "react";
import { prepareBeforePrint } from "@/components/recommendations/print-button";
import { useHydrated } from "@/components/use-hydrated";
import { usePrinting } from "@/components/use-printing";
import type { Contribution, RankingEntry } from "@/lib/decision";
import { citedSources, type CompactEvaluation } from "@/lib/decision/compact";
import type { HypervisorId } from "@/lib/questionnaire/options";
import { formatAsOf, isStale, STALE_AFTER_MONTHS } from "@/lib/knowledge/staleness";
import { SourcesList } from "./sources-list";
import { BASIS_TAGS, percent1, rating1, score1 } from "./format";
import styles from "./results.module.css";

type Evidence = Pick<Contribution, "rationale" | "sources">;
/** What a row shows; the rationale and sources come with it, or load on request (`evidenceUrl`). */
export type EvidenceRow = Pick<
  Contribution,
  "criterion" | "name" | "kind" | "rating" | "weight" | "points" | "asOf" | "basis"
> &
  Partial<Evidence>;
/** The evidence of one contribution, or what to say while there is none to show. */
type EvidenceLookup = (hypervisor: HypervisorId, criterion: string, row: EvidenceRow) => Evidence | string;
type LoadState = "idle" | "loading" | "failed" | CompactEvaluation;

/**
 * Loads a saved evaluation's evidence once, when first needed; `lookup` answers from it. `ready`
 * loads it too and settles once the page shows it (or shows that it failed): what printing waits for.
 */
function useLoadedEvidence(evidenceUrl: string | undefined) {
  const [state, setState] = useState<LoadState>("idle");
  // The latest state, for callbacks that outlive a render (the print preparation is registered once).
  const current = useRef<LoadState>("idle");
  const waiting = useRef<(() => void)[]>([]);
  useEffect(() => {
    current.current = state;
    // Effects run after the commit: the rows on the page already show what loaded.
    if (state !== "idle" && state !== "loading") for (const settle of waiting.current.splice(0)) settle();
  }, [state]);

  const load = useCallback(() => {
    const status = current.current;
    if (!evidenceUrl || status === "loading" || typeof status === "object") return;
    current.current = "loading";
    setState("loading");
    fetch(evidenceUrl, { headers: { accept: "application/json" } })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        setState(((await response.json()) as { evaluation: CompactEvaluation }).evaluation);
      })
      .catch(() => setState("failed"));
  }, [evidenceUrl]);

  const ready = useCallback(() => {
    if (!evidenceUrl || typeof current.current === "object") return Promise.resolve();
    const settled = new Promise<void>((resolve) => waiting.current.push(resolve));
    load();
    return settled;
  }, [evidenceUrl, load]);

  const lookup: EvidenceLookup = (hypervisor, criterion, row) => {
    if (!evidenceUrl) return { rationale: row.rationale ?? "", sources: row.sources ?? [] };
    if (state === "idle") return "Not loaded yet.";
    if (state === "loading") return "Loading the evidence…";
    if (state === "failed") return "failed";
    const found = state.evidence?.[hypervisor]?.[criterion];
    return found ? { rationale: found.rationale, sources: citedSources(state, found.sourceRefs) } : "failed";
  };
  const shown = !evidenceUrl || typeof state === "object";
  return { load, ready, lookup, shown, failed: state === "failed" };
}

/**
 * Printed in place of the rationales when they were not loaded (Ctrl+P on a shared page): one note
 * saying where they are, with the report's address in full, since a link cannot be followed on paper.
 */
function EvidencePrintNote({ reportUrl }: { reportUrl: string | undefined }) {
  const hydrated = useHydrated();
  const address = reportUrl && hydrated ? new URL(reportUrl, window.location.origin).toString() : reportUrl;
  return (
    <p className={styles.printNote} data-testid="evidence-print-note" hidden>
      The rationale and sources of each rating are not on this printout. To include them, print with “Print this page”
      in the Export menu{address ? <>, or see the report (PDF), which cites every rating&apos;s sources: </> : "."}
      {address && <a href={reportUrl}>{address}</a>}
    </p>
  );
}

/** What the section shows of a ranking entry (a shared page sends the browser no more than this). */
export type EvidenceEntry = Pick<RankingEntry, "hypervisor" | "name" | "score" | "eligible"> & {
  contributions: EvidenceRow[];
};

export function EvidenceSection({
  ranking,
  now,
  evidenceUrl,
  reportUrl,
}: {
  ranking: EvidenceEntry[];
  now: string;
  /** Set when the evaluation's contributions come without rationales and sources: where to load them. */
  evidenceUrl?: string;
  /** The saved recommendation's PDF report, named on a printout made without the evidence. */
  reportUrl?: string;
}) {
  const first = ranking[0]?.hypervisor ?? "kvm";
  const [shown, setShown] = useState<HypervisorId>(first);
  const [allOpen, setAllOpen] = useState(false);
  const evidence = useLoadedEvidence(evidenceUrl);
  const { ready } = evidence;
  const { printing, prepare } = usePrinting();
  // The Print button renders every row and waits for the evidence, so the printout carries it.
  useEffect(
    () =>
      prepareBeforePrint(async () => {
        prepare();
        await ready();
      }),
    [prepare, ready],
  );
  const today = new Date(now);
  return (
    <section className={styles.section} aria-labelledby="evidence-title">
      <h2 id="evidence-title">Evidence behind every score</h2>
      <p className={styles.lead}>
        Open a criterion to read why it has that rating, the sources and the date of the evidence. Ratings resting on
        evidence older than {STALE_AFTER_MONTHS} months are marked possibly stale.
      </p>
      <div className={styles.tabs} role="group" aria-label="Show the evidence for">
        {ranking.map((e) => (
          <button
            key={e.hypervisor}
            type="button"
            className={styles.tab}
            aria-pressed={shown === e.hypervisor}
            onClick={() => setShown(e.hypervisor)}
          >
            {e.name}
          </button>
        ))}
      </div>
      {evidenceUrl && !allOpen && (
        <p className={styles.evidenceLoad}>
          <button
            type="button"
            className={styles.button}
            onClick={() => {
              evidence.load();
              setAllOpen(true);
            }}
          >
            Open all the evidence
          </button>{" "}
          <span className="muted">to read every rationale and source at once.</span>
        </p>
      )}
      {!evidence.shown && <EvidencePrintNote reportUrl={reportUrl} />}
      {evidence.failed && (
        <p role="alert" className={styles.evidenceLoad}>
          The evidence could not be loaded.{" "}
          <button type="button" className={styles.button} onClick={evidence.load}>
            Try again
          </button>
        </p>
      )}
      {ranking.map((entry) => (
        <div
          key={entry.hypervisor}
          className={styles.evidencePanel}
          hidden={shown !== entry.hypervisor && !allOpen}
          data-hypervisor={entry.hypervisor}
        >
          <ContributionsTable
            entry={entry}
            today={today}
            allOpen={allOpen}
            printing={printing}
            onOpen={evidence.load}
            lookup={evidence.lookup}
          />
        </div>
      ))}
    </section>
  );
}

function ContributionsTable({
  entry,
  today,
  allOpen,
  printing,
  onOpen,
  lookup,
}: {
  entry: EvidenceEntry;
  today: Date;
  allOpen: boolean;
  printing: boolean;
  onOpen: () => void;
  lookup: EvidenceLookup;
}) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) => {
    onOpen();
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  };
  const rows = entry.contributions.filter((c) => c.weight > 0);
  return (
    <div
      className={styles.tableScroll}
      role="region"
      aria-label={`${entry.name}: contributions and evidence`}
      tabIndex={0}
    >
      <table className={styles.evidenceTable}>
        <caption>
          {entry.name}: {score1(entry.score)} points{entry.eligible ? "" : " (not eligible)"}
        </caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Rating</th>
            <th scope="col">Weight</th>
            <th scope="col">Points</th>
            <th scope="col">As of</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => {
            const detailId = `ev-${entry.hypervisor}-${c.criterion}`;
            const isOpen = allOpen || open.has(c.criterion);
            const facts = lookup(entry.hypervisor, c.criterion, c);
            const stale = c.asOf !== null && isStale(c.asOf, today);
            return (
              <Fragment key={c.criterion}>
                <tr className={styles.evidenceRow}>
                  <th scope="row">
                    <button
                      type="button"
                      className={styles.rowToggle}
                      aria-expanded={isOpen}
                      aria-controls={detailId}
                      onClick={() => toggle(c.criterion)}
                    >
                      <span className={styles.chevron} aria-hidden="true" />
                      {c.name}
                    </button>
                    {c.kind === "derived" && <span className={styles.derivedTag}>from your answers</span>}
                    {c.basis && <span className={styles.derivedTag}>{BASIS_TAGS[c.basis]}</span>}
                    {stale && <span className={`${styles.staleTag} ${styles.rowStale}`}>possibly stale</span>}
                  </th>
                  <td>{rating1(c.rating)}/10</td>
                  <td>{percent1(c.weight)}</td>
                  <td className={styles.total}>{score1(c.points)}</td>
                  <td className={styles.asOfCell}>
                    {c.asOf ? formatAsOf(c.asOf) : "–"}
                    {stale && <span className={styles.staleTag}>possibly stale</span>}
                  </td>
                </tr>
                <tr
                  id={detailId}
                  className={styles.detailRow}
                  data-open={isOpen || undefined}
                  data-pending={typeof facts === "string" || undefined}
                >
                  <td colSpan={5}>
                    {(isOpen || printing) && <EvidenceDetail entry={entry} row={c} facts={facts} stale={stale} />}
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** An opened row: the rationale, the date of its evidence, its sources (or why they are not here). */
function EvidenceDetail({
  entry,
  row,
  facts,
  stale,
}: {
  entry: EvidenceEntry;
  row: EvidenceRow;
  facts: Evidence | string;
  stale: boolean;
}) {
  return (
    <>
      {typeof facts === "string" ? (
        <p className="muted">{facts === "failed" ? "The evidence could not be loaded." : facts}</p>
      ) : (
        <p>{facts.rationale}</p>
      )}
      <p className={styles.asOfLine}>
        {row.asOf ? (
          <>
            As of <time dateTime={row.asOf}>{formatAsOf(row.asOf)}</time>
          </>
        ) : (
          "Computed from your answers"
        )}
        {stale && (
          <span className={styles.staleTag}>Possibly stale: evidence older than {STALE_AFTER_MONTHS} months</span>
        )}
      </p>
      {typeof facts !== "string" && (
        <SourcesList sources={facts.sources} label={`Sources: ${entry.name}, ${row.name}`} />
      )}
    </>
  );
}
