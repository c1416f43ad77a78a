// A wide table's own scrolling box: a labelled, keyboard-focusable region that scrolls sideways
// instead of the page, and says so while columns lie beyond its right edge. A fading edge alone was
// missed on phones (a table cut at a column boundary looks finished), so a line of text above the box
// names the way to the rest; it goes once the last column is in view, and never shows where the table
// fits. Measured after hydration and on every resize and scroll.
"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";
import styles from "./table-scroll.module.css";

type Labelled = { label: string; labelledBy?: undefined } | { label?: undefined; labelledBy: string };

type Props = Labelled & {
  children: ReactNode;
  /** The region's own class (borders, background) from the page's stylesheet. */
  className?: string;
};

export function TableScroll({ label, labelledBy, className, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [moreRight, setMoreRight] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setMoreRight(element.scrollWidth - element.clientWidth - element.scrollLeft > 1);
    measure();
    // Absent where there is no layout (component tests): the hint then never shows.
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(measure);
    observer?.observe(element);
    if (element.firstElementChild) observer?.observe(element.firstElementChild);
    element.addEventListener("scroll", measure, { passive: true });
    return () => {
      observer?.disconnect();
      element.removeEventListener("scroll", measure);
    };
  }, []);

  return (
    <div className={styles.wrap}>
      {/* Hidden from screen readers: a table's columns are reached cell by cell, not by scrolling. */}
      <p className={styles.hint} aria-hidden="true" hidden={!moreRight} data-testid="table-scroll-hint">
        More columns to the right: scroll sideways <span className={styles.arrow}>→</span>
      </p>
      <div
        ref={box}
        className={`${styles.box} ${className ?? ""}`}
        role="region"
        aria-label={label}
        aria-labelledby={labelledBy}
        tabIndex={0}
        data-more-right={moreRight || undefined}
      >
        {children}
      </div>
    </div>
  );
}
