// Shown on arrival when this browser holds unfinished answers: continue them or start clean.
import styles from "./resume-prompt.module.css";

type Props = {
  answered: number;
  total: number;
  stepName: string;
  onResume: () => void;
  onStartOver: () => void;
};

export function ResumePrompt({ answered, total, stepName, onResume, onStartOver }: Props) {
  return (
    <section className={styles.prompt} aria-labelledby="resume-heading">
      <h2 id="resume-heading" className={styles.heading}>
        Continue your saved answers?
      </h2>
      <p className={styles.detail}>
        This browser holds answers from an earlier visit: {answered} of {total} questions answered, last at{" "}
        <strong>{stepName}</strong>.
      </p>
      <div className={styles.actions}>
        <button type="button" className={styles.primary} onClick={onResume}>
          Resume where you left off
        </button>
        <button type="button" className={styles.secondary} onClick={onStartOver}>
          Start over
        </button>
      </div>
    </section>
  );
}
