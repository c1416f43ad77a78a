// The answers behind this result, in the questionnaire's own words, with a way back to change them:
// the questions, then the estate, the families ruled out and the cost model's assumptions when given.
import Link from "next/link";
import type { Answers } from "@/lib/questionnaire/answers";
import type { Assumptions } from "@/lib/questionnaire/assumptions";
import { assumptionWords } from "@/lib/questionnaire/assumption-words";
import { describeRuledOut, summarizeAnswer } from "@/lib/questionnaire/describe-answer";
import { estateWords } from "@/lib/questionnaire/estate-words";
import { QUESTIONS } from "@/lib/questionnaire/questions";
import styles from "./results.module.css";

type Props = {
  answers: Answers;
  /** The cost model's assumptions the result used ({} or left out: the defaults). */
  assumptions?: Assumptions;
  /** The answers and assumptions as a query string, for "Change answers". */
  answersQuery: string;
};

export function AnswersSummary({ answers, assumptions = {}, answersQuery }: Props) {
  const estate = estateWords(answers.estate, answers.years);
  const assumed = assumptionWords(assumptions);
  const rows: [name: string, words: string][] = QUESTIONS.map((question) => [
    question.shortTitle,
    summarizeAnswer(question, answers[question.id]),
  ]);
  if (estate.length > 0) rows.push(["Estate", estate.join(", ")]);
  if (answers.ruledOut?.length) rows.push(["Will not run", describeRuledOut(answers.ruledOut)]);
  if (assumed.length > 0) rows.push(["Cost assumptions", assumed.join("; ")]);
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
