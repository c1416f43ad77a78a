// One criterion's what-if control: a labelled range slider and an editable number, kept in step.
"use client";
import { useId, useState, type ReactNode } from "react";
import { percent1, raw1 } from "./format";
import styles from "./results.module.css";

export const SLIDER_MAX = 100;
const STEP = 0.5;

type Props = {
  criterionKey: string;
  name: string;
  raw: number;
  share: number;
  disabled: boolean;
  swatch: ReactNode;
  onChange: (key: string, value: number) => void;
};

export function WeightControl({ criterionKey, name, raw, share, disabled, swatch, onChange }: Props) {
  const id = useId();
  // The number field keeps what is typed ("2.", "") until it parses, then follows the weight again.
  const [draft, setDraft] = useState(raw1(raw));
  const [error, setError] = useState(false);
  const [shown, setShown] = useState(raw);
  if (shown !== raw) {
    // The weight moved (a slider, Reset): adjusting state while rendering, React's pattern for this.
    setShown(raw);
    setDraft(raw1(raw));
    setError(false);
  }

  return (
    <div className={styles.control}>
      <label htmlFor={`${id}-range`} className={styles.controlLabel}>
        {swatch}
        {name}
      </label>
      <span className={styles.share} data-testid="weight-share">
        {percent1(share)}
      </span>
      <input
        id={`${id}-range`}
        type="range"
        className={styles.range}
        min={0}
        max={SLIDER_MAX}
        step={STEP}
        value={Math.min(raw, SLIDER_MAX)}
        disabled={disabled}
        aria-valuetext={`${raw1(raw)}, ${percent1(share)} of the total weight`}
        data-criterion={criterionKey}
        onChange={(e) => onChange(criterionKey, e.currentTarget.valueAsNumber)}
      />
      <input
        type="number"
        className={styles.number}
        min={0}
        max={SLIDER_MAX}
        step={STEP}
        inputMode="decimal"
        value={draft}
        disabled={disabled}
        aria-label={`${name}, importance from 0 to ${SLIDER_MAX}`}
        aria-invalid={error || undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          const value = Number(text);
          const valid = text.trim() !== "" && Number.isFinite(value) && value >= 0 && value <= SLIDER_MAX;
          // Refused, and said so: a silently ignored number looks like one the page used.
          setError(!valid);
          if (valid) onChange(criterionKey, value);
        }}
        onBlur={() => {
          setDraft(raw1(raw));
          setError(false);
        }}
      />
      {error && (
        <span id={`${id}-error`} className={styles.controlError} role="alert">
          Enter a number from 0 to {SLIDER_MAX}; the weight stays at {raw1(raw)}.
        </span>
      )}
    </div>
  );
}
