// The answers behind this result, in the questionnaire's own words, with a way back to change them.
import Link from "next/link";
import type { Answers } from "@/lib/questionnaire/answers";
import { QUESTIONS } from "@/lib/questionnaire/questions";
import styles from "./results.module.css";

const SHORT_TITLES: Record<keyof Answers, string> = {
  workloads: "Workloads",
  guestOs: "Guests",
  licensing: "Licensing",
  cloudPlatform: "Cloud platform",
  currentPlatform: "Runs today",
  scale: "Scale",
  budget: "Budget",
  mustHaves: "Must-haves",
  teamSkills: "Team skills",
};

function labelsFor(field: keyof Answers, answers: Answers): string {
  const question = QUESTIONS.find((q) => q.id === field);
  const value = answers[field];
  const values: readonly string[] = Array.isArray(value) ? value : [value as string];
  if (values.length === 0) return "None";
  return values.map((v) => question?.options.find((o) => o.value === v)?.label ?? v).join(", ");
}

export function AnswersSummary({ answers, answersQuery }: { answers: Answers; answersQuery: string }) {
  return (
    <section className={styles.answers} aria-labelledby="answers-title">
      <h2 id="answers-title" className={styles.answersTitle}>
        Your answers
      </h2>
      <dl className={styles.answerList}>
        {(Object.keys(SHORT_TITLES) as (keyof Answers)[]).map((field) => (
          <div key={field}>
            <dt>{SHORT_TITLES[field]}</dt>
            <dd>{labelsFor(field, answers)}</dd>
          </div>
        ))}
      </dl>
      <Link className={styles.secondaryLink} href={`/questionnaire?${answersQuery}`}>
        Change answers
      </Link>
    </section>
  );
}
