// The last lines of a result: what computed it, in words, and, one click away, the identifiers that
// reproduce it exactly (the model id the API returns and the random seed of the robustness sample).
import type { ReactNode } from "react";
import type { Evaluation } from "@/lib/decision";
import styles from "./results.module.css";

type Props = {
  evaluation: Evaluation;
  /** On a saved link: when it was computed, and the promise that the page does not change. */
  savedNote?: ReactNode;
};

export function Provenance({ evaluation, savedNote }: Props) {
  const { robustness } = evaluation;
  return (
    <footer className={styles.provenance}>
      <p>
        Computed with knowledge base version {evaluation.kbVersion.number} and decision engine{" "}
        {evaluation.engineVersion}
        {savedNote}.
        {robustness &&
          ` How often the first choice wins comes from ${robustness.samples.toLocaleString("en-GB")} weightings drawn at random around yours.`}
      </p>
      <details className={styles.reproduce}>
        <summary>To reproduce this result</summary>
        <dl>
          <dt>Model</dt>
          <dd>
            <code>{evaluation.modelVersion}</code>
          </dd>
          {robustness && (
            <>
              <dt>Sampling seed</dt>
              <dd>
                <code>{robustness.seed}</code>
              </dd>
            </>
          )}
        </dl>
      </details>
    </footer>
  );
}
