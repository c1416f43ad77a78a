// The last line of a result: which model (knowledge-base version and engine) computed it, and how the
// robustness share was sampled, so anyone can reproduce it.
import type { Evaluation } from "@/lib/decision";
import styles from "./results.module.css";

export function Provenance({ evaluation }: { evaluation: Evaluation }) {
  return (
    <p className={styles.provenance}>
      Model {evaluation.modelVersion}: knowledge base {evaluation.kbVersion.label}, engine {evaluation.engineVersion}.
      {evaluation.robustness &&
        ` Robustness from ${evaluation.robustness.samples.toLocaleString("en-GB")} sampled weightings (seed ${evaluation.robustness.seed}).`}
    </p>
  );
}
