"use client";
// A table of facts (ratings, platform support, capabilities) where each cell opens its evidence:
// rationale, sources and date. The evidence panel sits below the table so opening one never
// reflows the columns; it is announced politely to screen readers.
import { useId, useState } from "react";
import type { Source } from "@/lib/knowledge/schema";
import styles from "./fact-matrix.module.css";

export type FactCell = {
  /** Short text in the cell, e.g. "8" or "Native". */
  label: string;
  /** Accessible wording of the label, e.g. "8 out of 10". */
  spoken: string;
  tone?: "good" | "fair" | "poor" | "none";
  /** 0–1: draws a bar behind the label, for scores. */
  fill?: number;
  title: string;
  body: string;
  sources: Source[];
  asOf?: string;
  asOfText?: string;
  stale?: boolean;
};

export type FactMatrixProps = {
  caption: string;
  cornerLabel: string;
  columns: { id: string; name: string }[];
  rows: { id: string; name: string; description?: string }[];
  /** Keyed `${rowId}:${columnId}`. */
  cells: Record<string, FactCell>;
};

export function FactMatrix({ caption, cornerLabel, columns, rows, cells }: FactMatrixProps) {
  const [selected, setSelected] = useState<string | null>(null);
  const panelId = useId();
  const cell = selected ? cells[selected] : undefined;

  return (
    <div className={styles.wrapper}>
      <div className={styles.scroller} role="region" aria-label={caption} tabIndex={0}>
        <table className={styles.table}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{cornerLabel}</th>
              {columns.map((column) => (
                <th scope="col" key={column.id}>
                  {column.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" title={row.description}>
                  {row.name}
                </th>
                {columns.map((column) => {
                  const key = `${row.id}:${column.id}`;
                  const fact = cells[key];
                  if (!fact)
                    return (
                      <td key={key} className={styles.empty}>
                        —
                      </td>
                    );
                  const isOpen = selected === key;
                  return (
                    <td key={key}>
                      <button
                        type="button"
                        className={styles.cell}
                        data-tone={fact.tone}
                        data-cell={key}
                        aria-expanded={isOpen}
                        aria-controls={panelId}
                        aria-label={`${column.name}, ${row.name}: ${fact.spoken}${fact.stale ? ", possibly stale" : ""}. Show evidence`}
                        onClick={() => setSelected(isOpen ? null : key)}
                      >
                        {fact.fill !== undefined && (
                          <span
                            className={styles.bar}
                            style={{ width: `${Math.round(fact.fill * 100)}%` }}
                            aria-hidden="true"
                          />
                        )}
                        <span className={styles.label}>{fact.label}</span>
                        {fact.stale && <span className={styles.staleDot} aria-hidden="true" title="Possibly stale" />}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div id={panelId} className={styles.panel} aria-live="polite" data-open={cell ? "true" : "false"}>
        {cell ? (
          <Evidence fact={cell} onClose={() => setSelected(null)} />
        ) : (
          <p className="muted">Select a cell to see its rationale, sources and date.</p>
        )}
      </div>
    </div>
  );
}

function Evidence({ fact, onClose }: { fact: FactCell; onClose: () => void }) {
  return (
    <section aria-label="Evidence">
      <div className={styles.panelHead}>
        <h3>{fact.title}</h3>
        <button type="button" className={styles.close} onClick={onClose}>
          Close
        </button>
      </div>
      <p>{fact.body}</p>
      {fact.asOfText && (
        <p className={styles.asOf}>
          As of <time dateTime={fact.asOf}>{fact.asOfText}</time>
          {fact.stale && <span className={styles.stale}>Possibly stale: evidence older than 18 months</span>}
        </p>
      )}
      <h4 className={styles.sourcesHeading}>Sources</h4>
      <ul className={styles.sources}>
        {fact.sources.map((source) => (
          <li key={source.url + source.title}>
            <a href={source.url} rel="noopener noreferrer" target="_blank">
              {source.title}
            </a>
            {source.publisher && <span className="muted"> — {source.publisher}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
