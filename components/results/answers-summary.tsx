// The answers behind this result, in the questionnaire's own words, with a way back to change them.
import Link from "next/link";
import type { Answers } from "@/lib/questionnaire/answers";
import { summarizeAnswer } from "@/lib/questionnaire/describe-answer";
import { QUESTIONS } from "@/lib/questionnaire/questions";
import styles from "./results.module.css";

export function AnswersSummary({ answers, answersQuery }: { answers: Answers; answersQuery: string }) {
  return (
    <section className={styles.answers} aria-labelledby="answers-title">
      <h2 id="answers-title" className={styles.answersTitle}>
        Your answers
      </h2>
      <dl className={styles.answerList}>
        {QUESTIONS.map((question) => (
          <div key={question.id}>
            <dt>{question.shortTitle}</dt>
            <dd>{summarizeAnswer(question, answers[question.id])}</dd>
          </div>
        ))}
      </dl>
      <Link className={styles.secondaryLink} href={`/questionnaire?${answersQuery}`}>
        Change answers
      </Link>
    </section>
  );
}
