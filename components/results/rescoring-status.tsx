// Re-scoring waits for the whole knowledge base (use-rescoring.ts): what a weight or a quote changed
// shows once it is here. Said where the change was made, with a way to ask again if it failed.
import type { useWhatIf } from "./use-what-if";
import styles from "./results.module.css";

export function RescoringStatus({ loading, retry }: Pick<ReturnType<typeof useWhatIf>, "loading" | "retry">) {
  if (!loading) return null;
  if (loading === "loading") {
    return (
      <p className={styles.notice} role="status">
        Loading the ratings to re-score…
      </p>
    );
  }
  return (
    <p className={styles.notice} role="alert">
      The ratings could not be loaded to re-score, so the results are still those from before your change.{" "}
      <button type="button" className={styles.button} onClick={retry}>
        Try again
      </button>
    </p>
  );
}
