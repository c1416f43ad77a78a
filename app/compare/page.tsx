// Two or three saved recommendations side by side: the answers that differ, the rankings, the winners.
import type { Metadata } from "next";
import Link from "next/link";
import { pathWithQuery, whileDatabaseAnswers } from "@/lib/http/unavailable-page";
import { summarizeAnswer } from "@/lib/questionnaire/describe-answer";
import { QUESTIONS } from "@/lib/questionnaire/questions";
import { loadComparison } from "./load-comparison";
import styles from "./compare.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare recommendations" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComparePage({ searchParams }: Props) {
  const params = await searchParams;
  const raw = params.ids;
  const comparison = await whileDatabaseAnswers(pathWithQuery("/compare", params), () =>
    loadComparison(Array.isArray(raw) ? raw.join(",") : raw),
  );
  if (!comparison.ok) {
    return (
      <section aria-labelledby="compare-title">
        <h1 id="compare-title">Compare recommendations</h1>
        <p role="alert">{comparison.message}</p>
        <p>
          Open <code>/compare?ids=first,second</code> with the ids of two or three saved recommendations, for example
          from <Link href="/mine">My recommendations</Link>.
        </p>
      </section>
    );
  }
  const { snapshots } = comparison;
  const names = snapshots.map((s, i) => s.name ?? `Recommendation ${i + 1}`);

  return (
    <article aria-labelledby="compare-title">
      <h1 id="compare-title">Compare recommendations</h1>
      <p className="muted">Rows where the answers differ are marked. Each result is shown exactly as it was saved.</p>
      <div className={styles.scroller} role="region" aria-label="Comparison" tabIndex={0}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Question</span>
              </th>
              {snapshots.map((s, i) => (
                <th scope="col" key={s.id}>
                  <Link href={`/r/${s.id}`}>{names[i]}</Link>
                  <span className={styles.meta}>
                    {s.createdAt.slice(0, 10)} · kb-{s.kbVersion}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className={styles.section}>
              <th scope="rowgroup" colSpan={snapshots.length + 1}>
                Result
              </th>
            </tr>
            <tr>
              <th scope="row">First choice</th>
              {snapshots.map((s) => {
                const winner = s.evaluation.ranking.find((e) => e.hypervisor === s.evaluation.winner);
                return (
                  <td key={s.id} className={styles.winner}>
                    {winner ? `${winner.name}, ${winner.score.toFixed(1)}` : "None eligible"}
                    {s.evaluation.confidence && <span className={styles.meta}>{s.evaluation.confidence.label}</span>}
                  </td>
                );
              })}
            </tr>
            <tr>
              <th scope="row">Ranking</th>
              {snapshots.map((s) => (
                <td key={s.id}>
                  <ol className={styles.ranking}>
                    {s.evaluation.ranking.map((e) => (
                      <li key={e.hypervisor}>
                        {e.name} <span className={styles.score}>{e.score.toFixed(1)}</span>
                        {!e.eligible && <span className={styles.out}> ruled out</span>}
                      </li>
                    ))}
                  </ol>
                </td>
              ))}
            </tr>
            <tr className={styles.section}>
              <th scope="rowgroup" colSpan={snapshots.length + 1}>
                Answers
              </th>
            </tr>
            {QUESTIONS.map((question) => {
              const values = snapshots.map((s) => summarizeAnswer(question, s.answers[question.id]));
              const differs = new Set(values).size > 1;
              return (
                <tr key={question.id} className={differs ? styles.differs : undefined}>
                  <th scope="row">
                    {question.title}
                    {differs && <span className={styles.badge}>differs</span>}
                  </th>
                  {values.map((value, i) => (
                    <td key={snapshots[i]!.id}>{value}</td>
                  ))}
                </tr>
              );
            })}
            <tr
              className={new Set(snapshots.map((s) => JSON.stringify(s.weights))).size > 1 ? styles.differs : undefined}
            >
              <th scope="row">Weight overrides</th>
              {snapshots.map((s) => (
                <td key={s.id}>
                  {Object.keys(s.weights).length === 0
                    ? "None"
                    : Object.entries(s.weights)
                        .map(([key, value]) => `${key} ${value}`)
                        .join(", ")}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </article>
  );
}
