// The saved recommendation's own header: its name, notes, when and with which data it was computed,
// and the ways to pass it on (copy link, share sheet, JSON, CSV, print to PDF).
import { CopyLink } from "@/components/recommendations/copy-link";
import { PrintButton } from "@/components/recommendations/print-button";
import type { RecommendationSnapshot } from "@/lib/recommendations/service";
import { formatSavedAt } from "@/lib/recommendations/saved-at";
import { describeShare } from "./describe";
import styles from "./share.module.css";

export function ShareHeader({ snapshot }: { snapshot: RecommendationSnapshot }) {
  const { title } = describeShare(snapshot);
  return (
    <section className={styles.header} aria-labelledby="share-title">
      <p className={styles.kicker}>Saved recommendation</p>
      <h1 id="share-title" className={styles.title}>
        {title}
      </h1>
      {snapshot.notes && <p className={styles.notes}>{snapshot.notes}</p>}
      <p className="muted">
        Computed <time dateTime={snapshot.createdAt}>{formatSavedAt(snapshot.createdAt)}</time> with{" "}
        {snapshot.modelVersion}. This page shows exactly that result; it does not change when the knowledge base does.
      </p>
      <div className={styles.tools}>
        <CopyLink url={`/r/${snapshot.id}`} title={title} />
        <nav aria-label="Export" className={styles.exports}>
          <a href={`/r/${snapshot.id}/snapshot.json`} download>
            JSON snapshot
          </a>
          <a href={`/r/${snapshot.id}/ranking.csv`} download>
            Ranking CSV
          </a>
          <a href={`/r/${snapshot.id}/costs.csv`} download>
            Costs CSV
          </a>
          <PrintButton />
        </nav>
      </div>
    </section>
  );
}
