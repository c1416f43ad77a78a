// Every rating behind the scores: per hypervisor, a table of contributions (rating × weight =
// points) where each row opens its rationale, sources and date. Print shows everything expanded.
"use client";
import { Fragment, useState } from "react";
import type { Evaluation, RankingEntry } from "@/lib/decision";
import type { HypervisorId } from "@/lib/questionnaire/options";
import { formatAsOf, isStale, STALE_AFTER_MONTHS } from "@/lib/knowledge/staleness";
import { SourcesList } from "./sources-list";
import { percent1, rating1, score1 } from "./format";
import styles from "./results.module.css";

export function EvidenceSection({ evaluation, now }: { evaluation: Evaluation; now: string }) {
  const first = evaluation.ranking[0]?.hypervisor ?? "kvm";
  const [shown, setShown] = useState<HypervisorId>(first);
  const today = new Date(now);
  return (
    <section className={styles.section} aria-labelledby="evidence-title">
      <h2 id="evidence-title">Evidence behind every score</h2>
      <p className={styles.lead}>
        Open a criterion to read why it has that rating, the sources and the date of the evidence. Ratings resting on
        evidence older than {STALE_AFTER_MONTHS} months are marked possibly stale.
      </p>
      <div className={styles.tabs} role="group" aria-label="Show the evidence for">
        {evaluation.ranking.map((e) => (
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
      {evaluation.ranking.map((entry) => (
        <div
          key={entry.hypervisor}
          className={styles.evidencePanel}
          hidden={shown !== entry.hypervisor}
          data-hypervisor={entry.hypervisor}
        >
          <ContributionsTable entry={entry} today={today} />
        </div>
      ))}
    </section>
  );
}

function ContributionsTable({ entry, today }: { entry: RankingEntry; today: Date }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
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
            const isOpen = open.has(c.criterion);
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
                  </th>
                  <td>{rating1(c.rating)}/10</td>
                  <td>{percent1(c.weight)}</td>
                  <td className={styles.total}>{score1(c.points)}</td>
                  <td className={styles.asOfCell}>
                    {c.asOf ? formatAsOf(c.asOf) : "–"}
                    {stale && <span className={styles.staleTag}>possibly stale</span>}
                  </td>
                </tr>
                <tr id={detailId} className={styles.detailRow} data-open={isOpen || undefined}>
                  <td colSpan={5}>
                    <p>{c.rationale}</p>
                    <p className={styles.asOfLine}>
                      {c.asOf ? (
                        <>
                          As of <time dateTime={c.asOf}>{formatAsOf(c.asOf)}</time>
                        </>
                      ) : (
                        "Computed from your answers"
                      )}
                      {stale && (
                        <span className={styles.staleTag}>
                          Possibly stale: evidence older than {STALE_AFTER_MONTHS} months
                        </span>
                      )}
                    </p>
                    <SourcesList sources={c.sources} label={`Sources: ${entry.name}, ${c.name}`} />
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
