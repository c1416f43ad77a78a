// One input of the estate step, whatever its kind: its label, its hint (for an assumption, the
// documented default it replaces), the box and its error. Plain text boxes with a numeric keyboard,
// not type="number", which swallows what it cannot parse and changes on a stray scroll wheel.
import { useState, type RefCallback } from "react";
import { Controller, type Control, type UseFormRegister } from "react-hook-form";
import {
  formatPercent,
  parseChoice,
  parseCount,
  parseDate,
  parsePercent,
  type EstateInput,
  type WizardValues,
} from "./estate-form";
import styles from "./estate-step.module.css";

export const inputId = (input: EstateInput) => input.name.replace(".", "-");

type Props = {
  input: EstateInput;
  register: UseFormRegister<WizardValues>;
  control: Control<WizardValues>;
  /** The error in words ("Hosts must be at least 1."), when one shows. */
  error: string | undefined;
  /** Re-checks the fields showing an error, so a fix is rewarded at once. */
  onEdit: () => void;
};

export function EstateField({ input, register, control, error, onEdit }: Props) {
  const id = inputId(input);
  const box = {
    id,
    className: styles.input,
    "aria-describedby": error ? `${id}-hint ${id}-error` : `${id}-hint`,
    "aria-invalid": error ? true : undefined,
  };
  const registered = (setValueAs: (value: unknown) => unknown) =>
    register(input.name, { setValueAs, onChange: onEdit });
  const text = { type: "text", autoComplete: "off", spellCheck: false } as const;
  return (
    <div className={styles.field}>
      <div className={styles.labelBlock}>
        <label htmlFor={id} className={styles.label}>
          {input.label}
          {input.optional && <span className={styles.optional}> (optional)</span>}
        </label>
        <p id={`${id}-hint`} className={styles.hint}>
          {input.hint}
        </p>
      </div>
      {input.choices ? (
        <select {...box} {...registered(parseChoice)}>
          <option value="">Default</option>
          {input.choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      ) : input.kind === "date" ? (
        <input {...box} type="date" {...registered(parseDate)} />
      ) : input.kind === "percent" ? (
        <PercentBox box={box} input={input} control={control} onEdit={onEdit} />
      ) : (
        <input
          {...box}
          {...text}
          inputMode={input.kind === "amount" ? "decimal" : "numeric"}
          {...registered(parseCount)}
        />
      )}
      <p id={`${id}-error`} className={styles.error}>
        {error}
      </p>
    </div>
  );
}

type PercentProps = Pick<Props, "input" | "control" | "onEdit"> & { box: Record<string, unknown> };

/** A rate typed as a percent ("7" for 0.07): the form holds the rate. */
function PercentBox({ box, input, control, onEdit }: PercentProps) {
  return (
    <Controller
      name={input.name}
      control={control}
      render={({ field }) => (
        <PercentText
          box={box}
          name={field.name}
          inputRef={field.ref}
          rate={field.value}
          onBlur={field.onBlur}
          onRate={(rate) => {
            field.onChange(rate);
            onEdit();
          }}
        />
      )}
    />
  );
}

type PercentTextProps = {
  box: Record<string, unknown>;
  name: string;
  inputRef: RefCallback<HTMLInputElement>;
  rate: unknown;
  onBlur: () => void;
  onRate: (rate: number | string | undefined) => void;
};

/** The text is kept as typed ("7.50" stays "7.50"), so the box never rewrites what is being typed. */
function PercentText({ box, name, inputRef, rate, onBlur, onRate }: PercentTextProps) {
  const [typed, setTyped] = useState(() => formatPercent(rate));
  return (
    <input
      {...box}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      ref={inputRef}
      name={name}
      value={typed}
      onBlur={onBlur}
      onChange={(event) => {
        setTyped(event.target.value);
        onRate(parsePercent(event.target.value));
      }}
    />
  );
}
