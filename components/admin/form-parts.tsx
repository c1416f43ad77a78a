// The pieces every admin form repeats: a labelled input with its hint and its error (the label names
// the input alone; hint and error are announced with it through aria-describedby), the announced outcome of a
// submit, and the submit button that says what it is doing.
import type { InputHTMLAttributes } from "react";
import styles from "./admin.module.css";

type TextFieldProps = {
  id: string;
  label: string;
  /** The field's error from the schema, without the label ("must be at least 12 characters long"). */
  error?: string;
  hint?: string;
} & InputHTMLAttributes<HTMLInputElement>;

export function TextField({ id, label, error, hint, ...input }: TextFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input {...input} id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} />
      {hint && (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      )}
      <span id={`${id}-error`} className={styles.error}>
        {error && `${label} ${error}`}
      </span>
    </div>
  );
}

export type Outcome = { ok: boolean; text: string } | null;

export function OutcomeMessage({ outcome }: { outcome: Outcome }) {
  if (!outcome) return null;
  return (
    <p className={outcome.ok ? styles.success : styles.alert} role={outcome.ok ? "status" : "alert"}>
      {outcome.text}
    </p>
  );
}

export function SubmitButton({ busy, label, busyLabel }: { busy: boolean; label: string; busyLabel: string }) {
  return (
    <div className={styles.actions}>
      <button type="submit" className={styles.button} disabled={busy}>
        {busy ? busyLabel : label}
      </button>
    </div>
  );
}
