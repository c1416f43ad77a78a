// The saved recommendation's own header, kept short so the verdict comes next on a phone: its name
// and notes, one status line (when it was saved, whether today's data agrees) and one toolbar to pass
// it on (copy link, share sheet, and an Export menu: first the approvers' PDF report, A4 or US Letter,
// and the cost workbook, then the JSON snapshot, the CSVs and print). Which model computed it is in
// the provenance at the foot of the page.
import { CopyLink } from "@/components/recommendations/copy-link";
import { PrintButton } from "@/components/recommendations/print-button";
import { ReportDownloads } from "@/components/recommendations/report-downloads";
import type { RecommendationSnapshot } from "@/lib/recommendations/service";
import { formatSavedAt } from "@/lib/recommendations/saved-at";
import { describeShare } from "./describe";
import styles from "./share.module.css";
import menu from "@/components/recommendations/export-menu.module.css";

type Props = {
  snapshot: RecommendationSnapshot;
  /** Today's data compared with the saved result, in a few words; a longer notice follows the verdict. */
  status: React.ReactNode;
};

export function ShareHeader({ snapshot, status }: Props) {
  const { title } = describeShare(snapshot);
  const base = `/r/${snapshot.id}`;
  return (
    <section className={styles.header} aria-labelledby="share-title">
      <div className={styles.titleRow}>
        <div>
          <p className={styles.kicker}>Saved recommendation</p>
          <h1 id="share-title" className={styles.title}>
            {title}
          </h1>
        </div>
        <div className={styles.tools} role="group" aria-label="Share and export">
          <CopyLink url={base} title={title} compact />
          <details className={menu.exportMenu}>
            <summary>Export</summary>
            <ul aria-label="Export">
              <ReportDownloads base={base} />
              <li className={menu.menuGroup}>
                <a href={`${base}/snapshot.json`} download>
                  JSON snapshot
                </a>
              </li>
              <li>
                <a href={`${base}/ranking.csv`} download>
                  Ranking CSV
                </a>
              </li>
              <li>
                <a href={`${base}/costs.csv`} download>
                  Costs CSV
                </a>
              </li>
              <li>
                <PrintButton />
              </li>
            </ul>
          </details>
        </div>
      </div>
      {snapshot.notes && <p className={styles.notes}>{snapshot.notes}</p>}
      <p className={styles.status}>
        Saved <time dateTime={snapshot.createdAt}>{formatSavedAt(snapshot.createdAt)}</time>. {status}
      </p>
    </section>
  );
}
