// One question as a native fieldset: radios for a single choice, checkboxes for several. The whole
// option card is the label, so the click target is large; the description is linked to the input
// rather than folded into its name, so a screen reader says "Databases" and then why.
import type { FocusEvent, Ref } from "react";
import type { Question } from "@/lib/questionnaire/questions";
import styles from "./question-step.module.css";

type Props = {
  question: Question;
  value: string | readonly string[] | undefined;
  onChange: (value: string | string[]) => void;
  onBlur: () => void;
  /** The schema's message for this field, if the last Next was refused. */
  error: string | undefined;
  /** Changes on every refused Next, so the same message is announced again. */
  errorKey: number;
  stepLabel: string;
  headingRef?: Ref<HTMLHeadingElement>;
  /** The list may be left empty ("none of these"); said in the hint. */
  noneAllowed?: boolean;
  /** A follow-up inside a step (the VDI broker under workloads): a smaller heading, no step label. */
  followUp?: boolean;
};

export function QuestionStep({
  question,
  value,
  onChange,
  onBlur,
  error,
  errorKey,
  stepLabel,
  headingRef,
  noneAllowed = false,
  followUp = false,
}: Props) {
  const id = `q-${question.id}`;
  const multiple = question.kind === "multiple";
  const chosen = new Set<string>(Array.isArray(value) ? value : typeof value === "string" ? [value] : []);
  const errorId = `${id}-error`;
  // Every option is valid, so a refused single choice means none was made: say what to do, not
  // what the validator expected. A list's message is the schema's own ("choose at least one workload").
  const message = error && (multiple ? `${capitalize(error)}.` : "Choose one of the answers to go on.");
  const hintId = `${id}-hint`;

  function toggle(option: string, checked: boolean) {
    if (!multiple) return onChange(option);
    // Keep the question's order so the URL and the review read the same way every time.
    const next = new Set(chosen);
    if (checked) next.add(option);
    else next.delete(option);
    onChange(question.options.map((o) => o.value).filter((v) => next.has(v)));
  }

  return (
    <fieldset className={styles.fieldset} aria-describedby={`${id}-help ${hintId} ${errorId}`}>
      <legend className={styles.legend}>
        {followUp ? (
          <h3 className={styles.followUpHeading}>{question.title}</h3>
        ) : (
          <h2 className={styles.heading} ref={headingRef} tabIndex={-1}>
            <span className={styles.eyebrow}>{stepLabel}</span>
            <span className="visually-hidden">: </span>
            <span className={styles.title}>{question.title}</span>
          </h2>
        )}
      </legend>
      <p id={`${id}-help`} className={styles.help}>
        {question.help}
      </p>
      <p id={hintId} className={styles.hint}>
        {multiple ? (
          noneAllowed ? (
            "Choose all that apply, or none."
          ) : (
            "Choose all that apply."
          )
        ) : (
          <>
            Choose one.
            <span className={styles.keysHint}> The arrow keys move between the answers.</span>
          </>
        )}
      </p>
      {/* Always rendered, so the alert region exists before its text arrives and the line's height is reserved.
          It sits above the options, next to the first one, which takes focus when Next is refused. */}
      <p id={errorId} className={styles.error} role="alert">
        {message && <span key={errorKey}>{message}</span>}
      </p>
      <div className={styles.options}>
        {question.options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <label key={option.value} className={styles.option} htmlFor={optionId}>
              <input
                id={optionId}
                type={multiple ? "checkbox" : "radio"}
                name={question.id}
                value={option.value}
                checked={chosen.has(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
                onBlur={onBlur}
                onFocus={revealOption}
                aria-labelledby={`${optionId}-label`}
                aria-describedby={error ? `${optionId}-desc ${errorId}` : `${optionId}-desc`}
                aria-invalid={error ? true : undefined}
              />
              <span className={styles.optionText}>
                <span id={`${optionId}-label`} className={styles.optionLabel}>
                  {option.label}
                </span>
                <span id={`${optionId}-desc`} className={styles.optionDescription}>
                  {option.description}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * Keyboard focus lands on the small box at the option's top left: the browser would scroll only that
 * into view, leaving the rest of the card under the sticky Back/Next bar. The whole card is brought
 * into view instead, clear of the bar (the page's bottom scroll padding, sticky-actions.ts).
 */
function revealOption(event: FocusEvent<HTMLInputElement>) {
  const input = event.currentTarget;
  if (input.matches(":focus-visible")) input.closest("label")?.scrollIntoView({ block: "nearest" });
}

function capitalize(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
