// The optional step after the questions: the size of the estate, which lets the results price each
// product (next to staying put) and size the migration. Plain text inputs with a numeric keyboard,
// not type="number", which swallows what it cannot parse and changes on a stray scroll wheel.
// The shared schema, through the form's resolver, decides what is valid; this file only words it.
import type { Ref } from "react";
import { get, type FieldError, type FieldErrors, type UseFormRegister, type UseFormTrigger } from "react-hook-form";
import type { Answers } from "@/lib/questionnaire/answers";
import { ESTATE_INPUT_NAMES, ESTATE_INPUTS, parseCount, physicalCores, type EstateInput } from "./estate-form";
import styles from "./estate-step.module.css";

type Props = {
  register: UseFormRegister<Answers>;
  trigger: UseFormTrigger<Answers>;
  errors: FieldErrors<Answers>;
  /** The step's current values, empty ones already dropped. */
  values: { estate?: unknown; years?: unknown };
  /** Changes on every refused Next, so the same summary is announced again. */
  errorKey: number;
  stepLabel: string;
  headingRef: Ref<HTMLHeadingElement>;
};

const inputId = (input: EstateInput) => `estate-${input.name.split(".").pop()}`;
const SIZE_INPUTS = ESTATE_INPUTS.slice(0, 3);
const MORE_INPUTS = ESTATE_INPUTS.slice(3);

export function EstateStep({ register, trigger, errors, values, errorKey, stepLabel, headingRef }: Props) {
  const errorOf = (input: EstateInput) => get<FieldErrors<Answers>, FieldError | undefined>(errors, input.name);
  const valueOf = (input: EstateInput) => get<typeof values, unknown>(values, input.name);
  const invalid = ESTATE_INPUTS.filter((input) => errorOf(input));
  // Together-or-none is the schema's rule; a field it wants only because its group was started gets
  // words saying so, rather than "must be a number" under an empty box.
  const missing = invalid.some((input) => input.missing && valueOf(input) === undefined);
  const cores = physicalCores(values.estate);

  function message(input: EstateInput): string | undefined {
    const error = errorOf(input);
    if (!error) return undefined;
    if (input.missing && valueOf(input) === undefined) return input.missing;
    return `${capitalize(input.noun)} ${error.message ?? "is not valid"}.`;
  }

  function field(input: EstateInput) {
    const id = inputId(input);
    const error = message(input);
    return (
      <div key={input.name} className={styles.field}>
        <div className={styles.labelBlock}>
          <label htmlFor={id} className={styles.label}>
            {input.label}
            {input.optional && <span className={styles.optional}> (optional)</span>}
          </label>
          <p id={`${id}-hint`} className={styles.hint}>
            {input.hint}
          </p>
        </div>
        <input
          id={id}
          className={styles.input}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
          {...register(input.name, {
            setValueAs: parseCount,
            // Reward a fix at once; an error only ever appears after Next, so only fields showing one are checked.
            onChange: () => {
              const showing = ESTATE_INPUT_NAMES.filter((name) => get(errors, name));
              if (showing.length > 0) void trigger(showing);
            },
          })}
        />
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      </div>
    );
  }

  return (
    <fieldset className={styles.fieldset} aria-describedby="estate-help estate-alert">
      <legend className={styles.legend}>
        <h2 className={styles.heading} ref={headingRef} tabIndex={-1}>
          <span className={styles.eyebrow}>{stepLabel}</span>
          <span className="visually-hidden">: </span>
          <span className={styles.title}>Your estate (optional)</span>
        </h2>
      </legend>
      <p id="estate-help" className={styles.help}>
        With the size of your estate, the results price the plan: what each product would cost for it, next to staying
        with what you run today, and how much work the migration is. Skip this step and everything else works the same.
      </p>
      <p id="estate-alert" className={styles.alert} role="alert">
        {invalid.length > 0 && (
          <span key={errorKey}>
            {`Check ${listFormat.format(invalid.map((input) => input.noun))}.`}
            {missing && " Hosts, sockets and cores go together: give all three, or clear them to skip."}
          </span>
        )}
      </p>
      <div className={styles.grid}>{SIZE_INPUTS.map(field)}</div>
      <output className={styles.total} htmlFor={SIZE_INPUTS.map(inputId).join(" ")} aria-live="polite">
        {cores === undefined ? (
          <span className={styles.pending}>Give hosts, sockets and cores to count the physical cores.</span>
        ) : (
          `= ${cores.toLocaleString("en-US")} physical ${cores === 1 ? "core" : "cores"}`
        )}
      </output>
      <div className={styles.grid}>{MORE_INPUTS.map(field)}</div>
    </fieldset>
  );
}

const listFormat = new Intl.ListFormat("en", { type: "conjunction" });

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
