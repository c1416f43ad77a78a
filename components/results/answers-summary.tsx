// The answers behind this result, in the questionnaire's own words, with a way back to change them:
// the questions, then the estate and horizon (cluster by cluster when there are few), the families
// ruled out, the cost model's assumptions and the user's own quotes when given.
import Link from "next/link";
import type { ReactNode } from "react";
import type { Answers } from "@/lib/questionnaire/answers";
import type { Assumptions } from "@/lib/questionnaire/assumptions";
import { assumptionWords } from "@/lib/questionnaire/assumption-words";
import { describeRuledOut, summarizeAnswer } from "@/lib/questionnaire/describe-answer";
import { estateClusters, estateTotals } from "@/lib/questionnaire/estate";
import { count, estateWords } from "@/lib/questionnaire/estate-words";
import type { Quotes } from "@/lib/questionnaire/quotes";
import { QUESTIONS } from "@/lib/questionnaire/questions";
import { quoteText } from "./plan-format";
import styles from "./results.module.css";

/** Up to this many clusters are listed one by one under the estate's totals; more, and the totals say it. */
const LISTED_CLUSTERS = 10;

type Props = {
  answers: Answers;
  /** The cost model's assumptions the result used ({} or left out: the defaults). */
  assumptions?: Assumptions;
  /** The user's own quotes the result used, by product id (left out: none). */
  quotes?: Quotes;
  /** The knowledge base's products, to name a quote's product (its id when it is not there). */
  products?: readonly { id: string; name: string }[];
  /** The answers and assumptions as a query string, for "Change answers". */
  answersQuery: string;
};

/** "Prod: 16 hosts, 640 cores, 400 VMs" for each cluster, when there are a few. */
function clusterLines(answers: Answers): string[] {
  const clusters = answers.estate?.clusters ? (estateClusters(answers.estate) ?? []) : [];
  if (clusters.length < 2 || clusters.length > LISTED_CLUSTERS) return [];
  return clusters.map((cluster) => {
    const { hosts, cores, vms } = estateTotals([cluster]);
    const guests = vms === undefined ? "" : `, ${count(vms, "VM")}`;
    return `${cluster.name}: ${count(hosts, "host")}, ${count(cores, "core")}${guests}`;
  });
}

export function AnswersSummary({ answers, assumptions = {}, quotes = {}, products = [], answersQuery }: Props) {
  const estate = estateWords(answers.estate, answers.years);
  const clusters = clusterLines(answers);
  const assumed = assumptionWords(assumptions);
  const productName = (id: string) => products.find((p) => p.id === id)?.name ?? id;
  const quoted = Object.entries(quotes).map(([id, quote]) => `${productName(id)}: ${quoteText(quote)}`);
  const rows: [name: string, words: ReactNode][] = QUESTIONS.map((question) => [
    question.shortTitle,
    summarizeAnswer(question, answers[question.id]),
  ]);
  if (estate.length > 0)
    rows.push([
      "Estate",
      <>
        {estate.join(", ")}
        {clusters.length > 0 && (
          <ul className={styles.rules} aria-label="Clusters">
            {clusters.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </>,
    ]);
  if (answers.ruledOut?.length) rows.push(["Will not run", describeRuledOut(answers.ruledOut)]);
  if (assumed.length > 0) rows.push(["Cost assumptions", assumed.join("; ")]);
  if (quoted.length > 0) rows.push([quoted.length === 1 ? "Your quote" : "Your quotes", quoted.join("; ")]);
  return (
    <section className={styles.answers} aria-labelledby="answers-title">
      <h2 id="answers-title" className={styles.answersTitle}>
        Your answers
      </h2>
      <dl className={styles.answerList}>
        {rows.map(([name, words]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{words}</dd>
          </div>
        ))}
      </dl>
      <Link className={styles.secondaryLink} href={`/questionnaire?${answersQuery}`}>
        Change answers
      </Link>
    </section>
  );
}
