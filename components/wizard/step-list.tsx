// The steps as an ordered list: where the person is, what is answered (with the answer), and a
// way back to any step already reached. Steps not reached yet are plain text, not dead buttons.
import styles from "./step-list.module.css";

export type StepItem = {
  name: string;
  summary?: string;
  /** Shown in the marker; the review has none. */ number?: number;
};

type Props = {
  steps: StepItem[];
  current: number;
  furthest: number;
  onSelect: (index: number) => void;
};

export function StepList({ steps, current, furthest, onSelect }: Props) {
  return (
    <nav className={styles.nav} aria-label="Steps">
      <ol className={styles.list}>
        {steps.map((step, index) => {
          // "reached" is the furthest step when the person has gone back from it: open, not answered yet.
          const state =
            index === current ? "current" : index < furthest ? "done" : index === furthest ? "reached" : "later";
          const body = (
            <>
              <span className={styles.marker} aria-hidden="true">
                {step.number}
              </span>
              <span className={styles.text}>
                <span className={styles.name}>
                  {step.name}
                  {state === "done" && <span className="visually-hidden"> (answered)</span>}
                </span>
                {step.summary && state !== "later" && <span className={styles.summary}>{step.summary}</span>}
              </span>
            </>
          );
          return (
            <li
              key={step.name}
              className={styles.item}
              data-state={state}
              aria-current={index === current ? "step" : undefined}
            >
              {index === current || index > furthest ? (
                <span className={styles.row}>{body}</span>
              ) : (
                <button type="button" className={styles.row} onClick={() => onSelect(index)}>
                  {body}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
