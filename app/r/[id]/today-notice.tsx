// Whether today's knowledge base would rank this recommendation differently: a few words in the
// header (TodayStatus) and, when it would, the details after the verdict (TodayNotice), so that an
// update never pushes the verdict down the page.
import Link from "next/link";
import type { HypervisorId } from "@/lib/questionnaire/options";
import type { RecommendationSnapshot } from "@/lib/recommendations/service";
import type { SharedRecommendation } from "@/lib/recommendations/share";
import styles from "./share.module.css";

type Today = SharedRecommendation["today"];
/** reevaluateHref null: the estate has more clusters than a results link can carry, so no link is offered. */
type Props = { today: Today; snapshot: RecommendationSnapshot; reevaluateHref: string | null };

const score = (value: number) => value.toFixed(1);
const NOTICE_ID = "today-title";

/** True when there is more to say than the status line: the notice after the verdict is shown. */
function hasNotice(today: Today): today is NonNullable<Today> {
  return (
    today !== null &&
    ("unavailable" in today || today.ranksDiffer || today.changes.length > 0 || today.productsMoved > 0)
  );
}

export function TodayStatus({ today }: { today: Today }) {
  if (today === null) return <>Today&apos;s knowledge base is the one it was computed with.</>;
  const version = `knowledge base version ${today.todayKbVersion}`;
  if (!hasNotice(today)) return <>Today&apos;s data ({version}) gives the same ranking and scores.</>;
  const words =
    "unavailable" in today
      ? "cannot re-score it as saved"
      : today.ranksDiffer
        ? "ranks it differently"
        : "changes the scores, not the ranking";
  return (
    <>
      Today&apos;s data ({version}) <a href={`#${NOTICE_ID}`}>{words}</a>.
    </>
  );
}

export function TodayNotice({ today, snapshot, reevaluateHref }: Props) {
  if (!hasNotice(today)) return null;
  if ("unavailable" in today) {
    return (
      <section className={styles.notice} aria-labelledby={NOTICE_ID}>
        <h2 id={NOTICE_ID}>Today&apos;s data cannot re-score this as saved</h2>
        <p>{today.unavailable}</p>
        <Reevaluate href={reevaluateHref} />
      </section>
    );
  }
  const names = new Map(snapshot.evaluation.ranking.map((e) => [e.hypervisor, e.name]));
  const name = (id: HypervisorId | null) => (id ? names.get(id) : "none");
  return (
    <section className={styles.notice} aria-labelledby={NOTICE_ID}>
      <h2 id={NOTICE_ID}>
        {today.ranksDiffer ? "Today's data ranks this differently" : "Today's data changes the scores, not the ranking"}
      </h2>
      <p>
        Saved with knowledge base version {snapshot.evaluation.kbVersion.number}; today&apos;s is version{" "}
        {today.todayKbVersion}.
        {today.winnerThen !== today.winnerNow &&
          ` The first choice would now be ${name(today.winnerNow)} instead of ${name(today.winnerThen)}.`}
        {today.productsMoved > 0 &&
          ` ${today.productsMoved} ${today.productsMoved === 1 ? "product scores" : "products score"} differently today${today.changes.length === 0 ? ", none of them one a family names for these answers" : ""}.`}
      </p>
      {today.changes.length > 0 && (
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
      )}
      <Reevaluate href={reevaluateHref} />
    </section>
  );
}

function Reevaluate({ href }: { href: string | null }) {
  if (href === null)
    return (
      <p>
        Its estate has more clusters than a results link can carry: the estate is kept whole only in the saved
        recommendation. Send its answers to the API (POST /api/v1/evaluate) to re-evaluate them with today&apos;s data.
      </p>
    );
  return (
    <Link className={styles.reevaluate} href={href}>
      Re-evaluate with today&apos;s data
    </Link>
  );
}
