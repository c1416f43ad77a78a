// The plan in one paragraph a manager can paste into a mail or a ticket, with a Copy button whose
// result is announced (role=status) so keyboard and screen-reader users know it worked.
"use client";
import { useState } from "react";
import styles from "./plan.module.css";

export function PlanSummaryBox({ summary }: { summary: string }) {
  // Remembers which sentence was copied: a new evaluation (a quote, a weight) changes the sentence,
  // and an old "Copied" would then mislead.
  const [result, setResult] = useState<{ text: string; ok: boolean } | null>(null);
  const status = result?.text === summary ? (result.ok ? "copied" : "failed") : "idle";

  async function copy() {
    try {
      await navigator.clipboard.writeText(summary);
      setResult({ text: summary, ok: true });
    } catch {
      // No clipboard (insecure context, denied permission): say so, the text stays selectable.
      setResult({ text: summary, ok: false });
    }
  }

  return (
    <div className={styles.summaryBox} data-testid="plan-summary">
      <h3 id="plan-summary-title" className={styles.boxTitle}>
        In plain words
      </h3>
      <p className={styles.summaryText} data-testid="plan-summary-text">
        {summary}
      </p>
      <div className={styles.copyRow}>
        <button type="button" className={styles.button} onClick={copy}>
          Copy<span className="visually-hidden"> the plan summary</span>
        </button>
        <span role="status" className={styles.status}>
          {status === "copied" ? "Copied" : status === "failed" ? "Copy failed: select the text and copy it." : ""}
        </span>
      </div>
    </div>
  );
}
