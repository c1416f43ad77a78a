"use client";
// Prints the page as it is (the print stylesheet hides controls). The report for approvers is its own
// PDF (/r/{id}/report.pdf), so this button says what it does and no more. Content a page loads only on
// request (a shared page's evidence) registers here, and the button waits for it before printing.
import { useState } from "react";

type Preparation = () => Promise<void>;
const preparations = new Set<Preparation>();
/** How long printing waits at most: a request that never answers must not take the button with it. */
const PREPARE_AT_MOST_MS = 15_000;

/** Registers work to finish before the Print button prints; returns the function that unregisters it. */
export function prepareBeforePrint(prepare: Preparation): () => void {
  preparations.add(prepare);
  return () => {
    preparations.delete(prepare);
  };
}

export function PrintButton({ className }: { className?: string }) {
  const [preparing, setPreparing] = useState(false);
  const print = async () => {
    setPreparing(true);
    // A preparation that fails or stalls leaves its own message on the page: print what there is.
    await Promise.race([
      Promise.allSettled([...preparations].map((prepare) => prepare())),
      new Promise((resolve) => setTimeout(resolve, PREPARE_AT_MOST_MS)),
    ]);
    setPreparing(false);
    window.print();
  };
  return (
    <button type="button" className={className} onClick={print} disabled={preparing} aria-busy={preparing}>
      Print this page
    </button>
  );
}
