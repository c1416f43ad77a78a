// The questionnaire's page heading and introduction. On a small screen they are read once, on the
// first step (and the resume prompt); from the second step on only the heading stays, for screen
// readers, so each question starts near the top of the screen instead of below 300 px of text.
import styles from "./questionnaire-intro.module.css";

type Props = {
  questionCount: number;
  /** A step after the first is open: on a small screen the introduction steps aside. */
  compact: boolean;
};

export function QuestionnaireIntro({ questionCount, compact }: Props) {
  return (
    <header className={styles.header} data-compact={compact || undefined}>
      <h1>Describe your environment</h1>
      <p className={styles.lead}>
        {questionCount} questions on workloads, policy, platform and team, an optional step on the size of your estate,
        then a review of every answer. Answers are kept in this browser as you go.
      </p>
    </header>
  );
}
