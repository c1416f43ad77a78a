// One cluster of the review as a table row: its name and counts editable, its host groups and storage
// as read, and the workloads it runs (none ticked: the answers' workloads). Every input is named with
// the cluster ("Windows Server VMs in SQL"), since a row of boxes has no visible label of its own.
import type { KeyboardEvent } from "react";
import { describeAnswer } from "@/lib/questionnaire/describe-answer";
import type { Workload } from "@/lib/questionnaire/options";
import { QUESTIONS, type Question } from "@/lib/questionnaire/questions";
import { COUNT_FIELDS, hostGroupText, rowLabel, type ClusterRow, type CountField } from "./inventory-rows";
import styles from "./inventory.module.css";

const WORKLOADS = QUESTIONS.find((q): q is Question<"workloads"> => q.id === "workloads")!;

type Props = {
  row: ClusterRow;
  index: number;
  /** Errors of this row's inputs, by field. */
  errorOf: (field: "name" | CountField | "workloads") => string | undefined;
  onChange: (row: ClusterRow) => void;
};

/** Enter in a box would submit the wizard's form (its Next): the review is not done until "Use this estate". */
function keepEnter(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key === "Enter") event.preventDefault();
}

export function ClusterRowView({ row, index, errorOf, onChange }: Props) {
  const label = rowLabel(row, index);
  const id = `inventory-${index}`;
  const box = (field: "name" | CountField) => {
    const error = errorOf(field);
    return {
      id: `${id}-${field}`,
      className: styles.input,
      type: "text",
      autoComplete: "off",
      spellCheck: false,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": error ? `${id}-${field}-error` : undefined,
      onKeyDown: keepEnter,
    } as const;
  };
  const errorLine = (field: "name" | CountField | "workloads") => {
    const error = errorOf(field);
    return error ? (
      <span id={`${id}-${field}-error`} className={styles.error}>
        {error}
      </span>
    ) : null;
  };
  // Kept in the question's order, so the same choice always makes the same link.
  const toggle = (workload: Workload, on: boolean) => {
    const next = new Set(row.workloads);
    if (on) next.add(workload);
    else next.delete(workload);
    onChange({ ...row, workloads: WORKLOADS.options.map((o) => o.value).filter((w) => next.has(w)) });
  };
  const chosen = describeAnswer(WORKLOADS, row.workloads);

  return (
    <tr>
      <th scope="row" className={styles.nameCell}>
        <input
          {...box("name")}
          aria-label={`Name of cluster ${index + 1}`}
          value={row.name}
          onChange={(e) => onChange({ ...row, name: e.target.value })}
        />
        {errorLine("name")}
      </th>
      <td>
        {row.hostGroups.map((group, i) => (
          <span key={i} className={styles.group}>
            {hostGroupText(group)}
          </span>
        ))}
      </td>
      {COUNT_FIELDS.map(({ field, noun }) => (
        <td key={field}>
          <input
            {...box(field)}
            inputMode="numeric"
            aria-label={`${noun} in ${label}`}
            className={`${styles.input} ${styles.count}`}
            value={row[field]}
            onChange={(e) => onChange({ ...row, [field]: e.target.value })}
          />
          {errorLine(field)}
        </td>
      ))}
      <td className={styles.number}>
        {row.storageTiB === undefined ? "—" : row.storageTiB.toLocaleString("en-US", { maximumFractionDigits: 2 })}
      </td>
      <td>
        <details className={styles.workloads}>
          <summary>
            <span className="visually-hidden">Workloads of {label}: </span>
            {chosen.length > 0 ? chosen.join(", ") : "As answered"}
          </summary>
          <fieldset
            className={styles.workloadChoices}
            aria-describedby={errorOf("workloads") ? `${id}-workloads-error` : undefined}
          >
            <legend className="visually-hidden">Workloads of {label}</legend>
            {WORKLOADS.options.map((option) => (
              <label key={option.value} className={styles.check}>
                <input
                  type="checkbox"
                  checked={row.workloads.includes(option.value)}
                  onChange={(e) => toggle(option.value, e.target.checked)}
                  onKeyDown={keepEnter}
                />
                {option.label}
              </label>
            ))}
          </fieldset>
          {errorLine("workloads")}
        </details>
      </td>
    </tr>
  );
}
