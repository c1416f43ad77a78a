// Says whether today's knowledge base would rank this recommendation differently, and how.
import Link from "next/link";
import type { RecommendationSnapshot } from "@/lib/recommendations/service";
import type { SharedRecommendation } from "@/lib/recommendations/share";
import styles from "./share.module.css";

type Props = { today: SharedRecommendation["today"]; snapshot: RecommendationSnapshot; reevaluateHref: string };

const score = (value: number) => value.toFixed(1);

export function TodayNotice({ today, snapshot, reevaluateHref }: Props) {
  if (!today) {
    return <p className={styles.current}>Current: today&apos;s knowledge base is the one this was computed with.</p>;
  }
  if ("unavailable" in today) {
    return (
      <section className={styles.notice} aria-labelledby="today-title">
        <h2 id="today-title">Today&apos;s data ({today.todayLabel})</h2>
        <p>This recommendation cannot be re-scored as it was saved: {today.unavailable}</p>
        <Link href={reevaluateHref}>Re-evaluate with today&apos;s data</Link>
      </section>
    );
  }
  if (!today.ranksDiffer && today.changes.length === 0) {
    return <p className={styles.current}>Today&apos;s data ({today.todayLabel}) gives the same ranking and scores.</p>;
  }
  const names = new Map(snapshot.evaluation.ranking.map((e) => [e.hypervisor, e.name]));
  return (
    <section className={styles.notice} aria-labelledby="today-title">
      <h2 id="today-title">
        {today.ranksDiffer ? "Today's data ranks this differently" : "Today's data changes the scores, not the ranking"}
      </h2>
      <p>
        Computed with {snapshot.modelVersion}; today&apos;s model is {today.todayLabel}.
        {today.winnerThen !== today.winnerNow &&
          ` The first choice would now be ${today.winnerNow ? names.get(today.winnerNow) : "none"} instead of ${today.winnerThen ? names.get(today.winnerThen) : "none"}.`}
      </p>
      <div className={styles.tableWrap} role="region" aria-label="Changes with today's data" tabIndex={0}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Hypervisor</th>
              <th scope="col">Then</th>
              <th scope="col">Today</th>
            </tr>
          </thead>
          <tbody>
            {today.changes.map((change) => (
              <tr key={change.hypervisor}>
                <th scope="row">{change.name}</th>
                <td>
                  #{change.thenRank}, {score(change.thenScore)}
                  {change.thenEligible ? "" : " (ruled out)"}
                </td>
                <td>
                  #{change.nowRank}, {score(change.nowScore)}
                  {change.nowEligible ? "" : " (ruled out)"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Link className={styles.reevaluate} href={reevaluateHref}>
        Re-evaluate with today&apos;s data
      </Link>
    </section>
  );
}
