// The optional step after the questions: the size of the estate, which lets the results price each
// product (next to staying put) and size the migration; the platforms the team will not run; and the
// cost model's assumptions, each showing the documented default it replaces. The estate is typed, or
// imported from an RVTools export as clusters (inventory-import.tsx), never both.
// The shared schemas, through the form's resolver, decide what is valid; this file only words it.
import { useRef, type ReactNode, type Ref } from "react";
import {
  get,
  type Control,
  type FieldError,
  type FieldErrors,
  type UseFormRegister,
  type UseFormTrigger,
} from "react-hook-form";
import type { Cluster, Estate } from "@/lib/questionnaire/answers";
import { hypervisorLabel } from "@/lib/questionnaire/describe-answer";
import { HYPERVISOR_IDS } from "@/lib/questionnaire/options";
import { EstateField, inputId } from "./estate-field";
import { InventoryImport } from "./inventory-import";
import {
  ASSUMPTION_INPUTS,
  ESTATE_INPUTS,
  physicalCores,
  STEP_FIELD_NAMES,
  type EstateInput,
  type WizardValues,
} from "./estate-form";
import styles from "./estate-step.module.css";

type Props = {
  register: UseFormRegister<WizardValues>;
  control: Control<WizardValues>;
  trigger: UseFormTrigger<WizardValues>;
  errors: FieldErrors<WizardValues>;
  /** The step's current values, empty ones already dropped. */
  values: { estate?: unknown; years?: unknown };
  /** Changes on every refused Next, so the same summary is announced again. */
  errorKey: number;
  stepLabel: string;
  headingRef: Ref<HTMLHeadingElement>;
  /** Said under the estate's size when its hosts contradict the scale answer (scale-note.tsx). */
  scaleNote?: ReactNode;
  /** Replaces the whole estate: imported clusters, or the typed figures back. */
  onEstate: (estate: Estate | undefined) => void;
};

const SIZE_INPUTS = ESTATE_INPUTS.slice(0, 3);
const MORE_INPUTS = ESTATE_INPUTS.slice(3, 6);
const YEARS_INPUTS = ESTATE_INPUTS.slice(6);
const ALL_INPUTS = [...ESTATE_INPUTS, ...ASSUMPTION_INPUTS];
const RULED_OUT_NOUN = "the platforms you will not run";

export function EstateStep(props: Props) {
  const { register, control, trigger, errors, values, errorKey, stepLabel, headingRef, scaleNote, onEstate } = props;
  const clusters = (values.estate as Estate | undefined)?.clusters;
  // The figures typed before an import was used, given back by "Type the figures instead".
  const typed = useRef<Estate | undefined>(undefined);
  const errorOf = (input: EstateInput) => get<FieldErrors<WizardValues>, FieldError | undefined>(errors, input.name);
  const valueOf = (input: EstateInput) => get<typeof values, unknown>(values, input.name);
  const invalid = [
    ...ALL_INPUTS.filter((input) => errorOf(input)).map((input) => input.noun),
    ...(get(errors, "estate.clusters") || errors.estate?.message ? ["the imported clusters"] : []),
    ...(errors.ruledOut ? [RULED_OUT_NOUN] : []),
  ];
  // Together-or-none is the schema's rule; a field it wants only because its group was started gets
  // words saying so, rather than "must be a number" under an empty box.
  const missing = ESTATE_INPUTS.some((input) => errorOf(input) && input.missing && valueOf(input) === undefined);
  const cores = physicalCores(values.estate);

  function message(input: EstateInput): string | undefined {
    const error = errorOf(input);
    if (!error) return undefined;
    if (input.missing && valueOf(input) === undefined) return input.missing;
    return `${capitalize(input.noun)} ${error.message ?? "is not valid"}.`;
  }

  // Reward a fix at once; an error only ever appears after Next, so only fields showing one are checked.
  function recheck() {
    const showing = STEP_FIELD_NAMES.filter((name) => get(errors, name));
    if (showing.length > 0) void trigger(showing);
  }

  const field = (input: EstateInput) => (
    <EstateField
      key={input.name}
      input={input}
      register={register}
      control={control}
      error={message(input)}
      onEdit={recheck}
    />
  );

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
            {`Check ${listFormat.format(invalid)}.`}
            {missing && " Hosts, sockets and cores go together: give all three, or clear them to skip."}
          </span>
        )}
      </p>
      <InventoryImport
        clusters={clusters}
        onUse={(imported: Cluster[]) => {
          if (!clusters) typed.current = values.estate as Estate | undefined;
          onEstate({ clusters: imported });
        }}
        onTypeFigures={() => onEstate(typed.current)}
      >
        <div className={styles.grid}>{SIZE_INPUTS.map(field)}</div>
        <output className={styles.total} htmlFor={SIZE_INPUTS.map(inputId).join(" ")} aria-live="polite">
          {cores === undefined ? (
            <span className={styles.pending}>Give hosts, sockets and cores to count the physical cores.</span>
          ) : (
            `= ${cores.toLocaleString("en-US")} physical ${cores === 1 ? "core" : "cores"}`
          )}
        </output>
        {scaleNote}
        <div className={styles.grid}>{MORE_INPUTS.map(field)}</div>
      </InventoryImport>
      {/* The typed figures above are not shown while an imported estate is in use: the note follows it. */}
      {clusters && scaleNote}
      <div className={styles.yearsGrid}>{YEARS_INPUTS.map(field)}</div>

      <fieldset className={styles.group} aria-describedby="ruled-out-help">
        <legend className={styles.groupTitle}>We will not run (optional)</legend>
        <p id="ruled-out-help" className={styles.groupHelp}>
          A platform ticked here is ruled out of the recommendation. If it is the one you run today, staying put is
          still priced, for comparison.
        </p>
        <div className={styles.checks}>
          {HYPERVISOR_IDS.map((id) => (
            <label key={id} className={styles.check}>
              <input type="checkbox" value={id} {...register("ruledOut", { onChange: recheck })} />
              {hypervisorLabel(id)}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className={styles.group} aria-describedby="assumptions-help">
        <legend className={styles.groupTitle}>Cost assumptions (optional)</legend>
        <p id="assumptions-help" className={styles.groupHelp}>
          The costs rest on these. Leave any empty to keep its default, given under its name.
        </p>
        <div className={styles.grid}>{ASSUMPTION_INPUTS.map(field)}</div>
      </fieldset>
    </fieldset>
  );
}

const listFormat = new Intl.ListFormat("en", { type: "conjunction" });

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
