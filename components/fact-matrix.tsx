"use client";
// A table of facts (ratings, platform support, capabilities) where each cell opens its evidence:
// rationale, sources and date. The evidence panel sits below the table so opening one never
// reflows the columns; it is announced politely to screen readers and scrolled into view, since
// below a long table it would otherwise open out of sight. On a narrow screen the table scrolls
// sideways, and a line above it names the columns out of view.
import { useEffect, useId, useRef, useState, type RefObject } from "react";
import type { Source } from "@/lib/knowledge/schema";
import { GlossaryText } from "./glossary-term";
import styles from "./fact-matrix.module.css";
import { andList } from "@/lib/presentation/and-list";

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
  const hintId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const outOfView = useColumnsOutOfView(scroller, columns);
  const cell = selected ? cells[selected] : undefined;

  useEffect(() => {
    if (!selected) return;
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    panel.current?.scrollIntoView({ block: "nearest", behavior: still ? "auto" : "smooth" });
  }, [selected]);

  // Closing puts focus back on the cell that opened the evidence, so the keyboard carries on from there.
  const close = () => {
    const opener = selected
      ? wrapper.current?.querySelector<HTMLElement>(`[data-cell="${CSS.escape(selected)}"]`)
      : null;
    setSelected(null);
    opener?.focus();
  };

  return (
    <div className={styles.wrapper} ref={wrapper}>
      <p className={styles.hint} id={hintId}>
        {outOfView.right ? (
          <>
            Scroll sideways for {outOfView.right}
            <span aria-hidden="true"> →</span>
          </>
        ) : outOfView.left ? (
          <>
            <span aria-hidden="true">← </span>
            Scroll back for {outOfView.left}
          </>
        ) : null}
      </p>
      <div className={styles.frame} data-more-right={outOfView.right ? "true" : undefined}>
        <div
          ref={scroller}
          className={styles.scroller}
          role="region"
          aria-label={caption}
          aria-describedby={outOfView.right || outOfView.left ? hintId : undefined}
          tabIndex={0}
        >
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
      </div>
      <div ref={panel} id={panelId} className={styles.panel} aria-live="polite" data-open={cell ? "true" : "false"}>
        {cell ? (
          <Evidence fact={cell} onClose={close} />
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
      <p>
        <GlossaryText text={fact.body} />
      </p>
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

/**
 * The names of the columns less than half in view, to the right and to the left of what the scrolled
 * table shows beside its pinned first column ("" when none): measured after layout and again on every
 * scroll and resize, so nothing is claimed where the table fits.
 */
function useColumnsOutOfView(scroller: RefObject<HTMLDivElement | null>, columns: { name: string }[]) {
  const [outOfView, setOutOfView] = useState({ left: "", right: "" });
  const names = columns.map((column) => column.name).join("\n");

  useEffect(() => {
    const region = scroller.current;
    const table = region?.querySelector("table");
    if (!region || !table) return;
    const measure = () => {
      const [pinned, ...headers] = [...table.querySelectorAll("thead th")].map((th) => th.getBoundingClientRect());
      const box = region.getBoundingClientRect();
      const from = Math.max(box.left + region.clientLeft, pinned?.right ?? 0);
      const to = box.left + region.clientLeft + region.clientWidth;
      const side = (rect: DOMRect) => {
        const middle = (rect.left + rect.right) / 2;
        return middle > to ? "right" : middle < from ? "left" : "shown";
      };
      const named = names.split("\n");
      const on = (where: string) => andList(headers.flatMap((rect, i) => (side(rect) === where ? [named[i]!] : [])));
      const next = { left: on("left"), right: on("right") };
      setOutOfView((now) => (now.left === next.left && now.right === next.right ? now : next));
    };
    const resized = new ResizeObserver(measure);
    resized.observe(region);
    resized.observe(table);
    region.addEventListener("scroll", measure, { passive: true });
    return () => {
      resized.disconnect();
      region.removeEventListener("scroll", measure);
    };
  }, [scroller, names]);

  return outOfView;
}
