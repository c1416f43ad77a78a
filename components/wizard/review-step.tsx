// The last step: every answer in plain words, each with a way back to its step.
import type { ReactNode, Ref } from "react";
import styles from "./review-step.module.css";

export type ReviewRow = {
  /** The step where this answer is given (a follow-up shares its question's step). */
  step: number;
  name: string;
  question: string;
  labels: string[];
  /**
   * Shown when there are no labels: "None" is an answer to a list question, "Not given" to an
   * optional step, "Not answered" to a question still open.
   */
  empty?: string;
};

type Props = {
  /** The rows after the questions are optional steps, not counted as questions. */
  questionCount: number;
  /** Questions with an answer; fewer than all only after a draft lost a field (see draft.ts). */
  answeredCount: number;
  rows: ReviewRow[];
  /** Said above the answers when two of them disagree (the scale and the estate's hosts). */
  notice?: ReactNode;
  headingRef: Ref<HTMLHeadingElement>;
  onChange: (step: number) => void;
};

export function ReviewStep({ questionCount, answeredCount, rows, notice, headingRef, onChange }: Props) {
  const progress =
    answeredCount === questionCount
      ? `All ${questionCount} questions answered`
      : `${answeredCount} of ${questionCount} questions answered`;
  return (
    <section className={styles.review} aria-labelledby="review-heading">
      <h2 id="review-heading" className={styles.heading} ref={headingRef} tabIndex={-1}>
        <span className={styles.eyebrow}>{progress}</span>
        <span className="visually-hidden">: </span>
        <span className={styles.title}>Review your answers</span>
      </h2>
      <p className={styles.lead}>
        The recommendation is computed from these answers. Change any of them before you continue.
      </p>
      {notice}
      <dl className={styles.list}>
        {rows.map((row) => (
          <div key={row.name} className={styles.row}>
            <dt className={styles.name} title={row.question}>
              {row.name}
            </dt>
            <dd className={styles.answer}>
              {row.labels.length === 0 ? (
                <span className={styles.none}>{row.empty ?? "None"}</span>
              ) : row.labels.length === 1 ? (
                row.labels[0]
              ) : (
                <ul className={styles.labels}>
                  {row.labels.map((label) => (
                    <li key={label}>{label}</li>
                  ))}
                </ul>
              )}
            </dd>
            <dd className={styles.change}>
              <button type="button" className={styles.changeButton} onClick={() => onChange(row.step)}>
                Change<span className="visually-hidden"> {row.name}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
