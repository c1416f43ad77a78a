// Says so when the estate's hosts contradict the scale answer (40 hosts with "Small"), with a button
// that changes the scale to the one the hosts point to. Shown on the estate step and on the review,
// in the same words: the rule is lib/questionnaire/scale-agreement.ts.
import { useEffect, useRef, useState } from "react";
import { count } from "@/lib/questionnaire/estate-words";
import type { Scale } from "@/lib/questionnaire/options";
import type { Question } from "@/lib/questionnaire/questions";
import type { ScaleMismatch } from "@/lib/questionnaire/scale-agreement";
import styles from "./scale-note.module.css";

type Props = {
  /** The scale question, for its answers' words ("Small", "1–3 hosts"). */
  question: Question<"scale">;
  mismatch: ScaleMismatch | null;
  /** The scale answered now. */
  scale: Scale | undefined;
  onChange: (scale: Scale) => void;
};

export function ScaleNote({ question, mismatch, scale, onChange }: Props) {
  // The scale this note set, so the change is confirmed where the button was, and focus has somewhere to go.
  const [changedTo, setChangedTo] = useState<Scale | null>(null);
  const confirmationRef = useRef<HTMLParagraphElement>(null);
  const focusPending = useRef(false);
  const confirmed = !mismatch && changedTo !== null && changedTo === scale;

  // Only after the button: a confirmation that shows again while hosts are typed must not take focus.
  useEffect(() => {
    if (!focusPending.current || !confirmationRef.current) return;
    focusPending.current = false;
    confirmationRef.current.focus();
  });

  const label = (value: Scale) => question.options.find((option) => option.value === value)?.label ?? value;
  return (
    <>
      {/* Always present, so a mismatch that appears while the hosts are typed is announced. */}
      <div aria-live="polite">
        {mismatch && (
          <div className={styles.note} data-testid="scale-mismatch">
            <p className={styles.text}>
              {`Your estate has ${count(mismatch.hosts, "host")}, but you chose ${scaleWords(question, mismatch.chosen)} for the scale. `}
              The ranking weighs the scale you chose and the costs count the hosts, so the two should agree.
            </p>
            <button
              type="button"
              className={styles.fix}
              onClick={() => {
                focusPending.current = true;
                setChangedTo(mismatch.implied);
                onChange(mismatch.implied);
              }}
            >
              Change the scale to {label(mismatch.implied)}
            </button>
          </div>
        )}
      </div>
      {confirmed && (
        <p ref={confirmationRef} className={styles.confirmation} tabIndex={-1}>
          {`The scale is now ${scaleWords(question, changedTo)}, as your estate's hosts suggest.`}
        </p>
      )}
    </>
  );
}

/** "Small (1–3 hosts)": the answer's label with its description, as the scale question words them. */
function scaleWords(question: Question<"scale">, scale: Scale): string {
  const option = question.options.find((candidate) => candidate.value === scale);
  if (!option) return scale;
  const range = option.description.replace(/\.$/, "");
  return `${option.label} (${range.charAt(0).toLowerCase()}${range.slice(1)})`;
}
