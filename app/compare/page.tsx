// Two or three saved recommendations side by side: the answers that differ, the rankings, the winners,
// each family with the product it stands for and that product's support (recommendations saved before
// products were named show the family alone).
import type { Metadata } from "next";
import Link from "next/link";
import { pathWithQuery, whileDatabaseAnswers } from "@/lib/http/unavailable-page";
import { CONFIDENCE_WORDS } from "@/components/results/format";
import { SupportBadge } from "@/components/results/support-badge";
import type { Evaluation } from "@/lib/decision";
import type { Answers } from "@/lib/questionnaire/answers";
import type { Assumptions } from "@/lib/questionnaire/assumptions";
import { ASSUMPTION_ORDER, ASSUMPTION_WORDS, assumptionValue } from "@/lib/questionnaire/assumption-words";
import { describeRuledOut, summarizeAnswer } from "@/lib/questionnaire/describe-answer";
import { summarizeEstate } from "@/lib/questionnaire/describe-estate";
import { QUESTIONS, VDI_BROKER_QUESTION } from "@/lib/questionnaire/questions";
import { formatSavedAt } from "@/lib/recommendations/saved-at";
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
  const rows = answerRows(snapshots);
  const differing = rows.filter((row) => row.differs);

  return (
    <article aria-labelledby="compare-title">
      <h1 id="compare-title">Compare recommendations</h1>
      <p className={styles.lead} data-testid="compare-differences">
        {differing.length === 0
          ? `The ${snapshots.length} were given the same answers; any difference in the results comes from the data they were computed with.`
          : `They differ in ${differing.length} of ${rows.length} answers: ${differing.map((row) => row.label).join(", ")}. Those rows are marked; the others are the same in all ${snapshots.length}.`}{" "}
        Each result is shown exactly as it was saved.
      </p>
      <div className={styles.scroller} role="region" aria-label="Comparison" tabIndex={0}>
        <table className={styles.table} data-columns={snapshots.length}>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Question</span>
              </th>
              {snapshots.map((s, i) => (
                <th scope="col" key={s.id}>
                  <Link href={`/r/${s.id}`}>{names[i]}</Link>
                  <span className={styles.meta}>
                    Saved <time dateTime={s.createdAt}>{formatSavedAt(s.createdAt, "medium")}</time>, knowledge base
                    version {s.kbVersion}
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
                const product = winner?.product ?? null;
                return (
                  <td key={s.id} className={styles.winner} data-testid="compare-winner">
                    {!winner ? (
                      "None eligible"
                    ) : product ? (
                      <>
                        <span data-testid="compare-winner-product">{product.name}</span>
                        <span className={styles.meta}>
                          {winner.name}, {winner.score.toFixed(1)}
                        </span>
                        {product.support && (
                          <span className={styles.support}>
                            <SupportBadge support={product.support} wrap />
                          </span>
                        )}
                      </>
                    ) : (
                      `${winner.name}, ${winner.score.toFixed(1)}`
                    )}
                    {s.evaluation.confidence && (
                      <span className={styles.meta}>{CONFIDENCE_WORDS[s.evaluation.confidence.label]}</span>
                    )}
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
                      <li key={e.hypervisor} data-hypervisor={e.hypervisor}>
                        {e.name} <span className={styles.score}>{e.score.toFixed(1)}</span>
                        {!e.eligible && <span className={styles.out}> ruled out</span>}
                        {e.product && (
                          <span className={styles.product} data-product={e.product.id}>
                            {e.product.name}
                            {e.product.support && (
                              <>
                                {" "}
                                <SupportBadge support={e.product.support} wrap />
                              </>
                            )}
                          </span>
                        )}
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
            {rows.map((row) => (
              <tr key={row.key} className={row.differs ? styles.differs : styles.same}>
                <th scope="row">
                  {row.label}
                  {row.differs && <span className={styles.badge}>differs</span>}
                </th>
                {row.values.map((value, i) => (
                  <td key={snapshots[i]!.id}>{value}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}

type Snapshot = {
  answers: Answers;
  weights: Record<string, number>;
  /** Left out by recommendations saved before assumptions: the defaults. */
  assumptions?: Assumptions;
  evaluation: Evaluation;
};

/** "Windows guests 100, Backup 0": the criteria by name, as the weights section shows them. */
function describeOverrides({ weights, evaluation }: Snapshot): string {
  const entries = Object.entries(weights);
  if (entries.length === 0) return "None";
  const names = new Map(evaluation.weights.map((w) => [w.key, w.name]));
  return entries.map(([key, value]) => `${names.get(key) ?? key} ${value}`).join(", ");
}
type AnswerRow = { key: string; label: string; values: string[]; differs: boolean };

/**
 * One row per answer, in the questionnaire's order, by its short name (the table must fit a phone
 * beside two plans); the VDI broker only when one of them was asked it, then the estate, the
 * platforms ruled out and each cost assumption (only when one of them gives it), and the weight
 * overrides. A row differs when its words differ.
 */
function answerRows(snapshots: readonly Snapshot[]): AnswerRow[] {
  const row = (key: string, label: string, values: string[]): AnswerRow => ({
    key,
    label,
    values,
    differs: new Set(values).size > 1,
  });
  const rows = QUESTIONS.map((question) =>
    row(
      question.id,
      question.shortTitle,
      snapshots.map((s) => summarizeAnswer(question, s.answers[question.id])),
    ),
  );
  if (snapshots.some((s) => s.answers.vdiBroker !== undefined)) {
    const at = rows.findIndex((r) => r.key === "workloads") + 1;
    rows.splice(
      at,
      0,
      row(
        "vdiBroker",
        VDI_BROKER_QUESTION.shortTitle,
        snapshots.map((s) =>
          s.answers.vdiBroker === undefined ? "Not asked" : summarizeAnswer(VDI_BROKER_QUESTION, s.answers.vdiBroker),
        ),
      ),
    );
  }
  rows.push(
    row(
      "estate",
      "Estate",
      snapshots.map((s) => summarizeEstate(s.answers)),
    ),
  );
  if (snapshots.some((s) => s.answers.ruledOut?.length))
    rows.push(
      row(
        "ruledOut",
        "Will not run",
        snapshots.map((s) => describeRuledOut(s.answers.ruledOut)),
      ),
    );
  for (const field of ASSUMPTION_ORDER) {
    if (snapshots.every((s) => s.assumptions?.[field] === undefined)) continue;
    const words = snapshots.map((s) => {
      const value = s.assumptions?.[field];
      return value === undefined ? "Default" : assumptionValue(field, value);
    });
    rows.push(row(`assumptions.${field}`, ASSUMPTION_WORDS[field].label, words));
  }
  rows.push(row("weights", "Weight overrides", snapshots.map(describeOverrides)));
  return rows;
}
