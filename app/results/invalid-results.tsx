// Shown when the results URL is missing answers or carries bad values: each question in words, what
// the link gave and what it accepts, by the answers' labels (the JSON API keeps the field paths and
// the schema's wording). Nothing here repeats a parameter name or an option id.
import Link from "next/link";
import type { FieldError } from "@/lib/errors/app-error";
import { ASSUMPTION_WORDS, WINDOWS_OWNED_LABELS } from "@/lib/questionnaire/assumption-words";
import { hypervisorLabel } from "@/lib/questionnaire/describe-answer";
import { HYPERVISOR_IDS } from "@/lib/questionnaire/options";
import { QUESTIONS, VDI_BROKER_QUESTION, type Question } from "@/lib/questionnaire/questions";
import styles from "./page.module.css";

type Params = Record<string, string | string[] | undefined>;

const QUESTION_BY_ID = new Map<string, Question>([...QUESTIONS, VDI_BROKER_QUESTION].map((q) => [q.id, q]));
const OTHER_TITLES: Record<string, string> = { estate: "Your estate", years: "Years to cost" };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** What the link gave for a field: the whole value, or the n-th item of a list ("workloads[1]"). */
function given(field: string, params: Params): string | undefined {
  const match = /^([A-Za-z]+)(?:\[(\d+)\])?$/.exec(field);
  if (!match) return undefined;
  const raw = first(params[match[1]!]);
  if (raw === undefined) return undefined;
  return match[2] === undefined ? raw : raw.split(",")[Number(match[2])];
}

type Names = ReadonlyMap<string, string>;

export function explainField(
  error: FieldError,
  params: Params,
  criterionNames: Names,
): { title: string; message: string } {
  const { field } = error;
  if (field.startsWith("weights.")) {
    const key = field.slice("weights.".length);
    const name = criterionNames.get(key);
    return name
      ? { title: `Your weight for ${name}`, message: `It ${error.message}.` }
      : { title: "A weight in the link", message: `“${key}” is not a criterion of the knowledge base.` };
  }
  if (field.startsWith("assumptions.")) {
    const key = field.slice("assumptions.".length);
    const words = Object.hasOwn(ASSUMPTION_WORDS, key) ? ASSUMPTION_WORDS[key as keyof typeof ASSUMPTION_WORDS] : null;
    // The schema names the licence choices by id; a person reads their labels.
    const message =
      key === "windowsOwned"
        ? `It must be one of: ${Object.values(WINDOWS_OWNED_LABELS).join("; ")}.`
        : `It ${error.message}.`;
    return words
      ? { title: `Your cost assumption: ${words.label.toLowerCase()}`, message }
      : { title: "A cost assumption in the link", message: `“${key}” is not an assumption of the cost model.` };
  }
  const root = /^[A-Za-z]+/.exec(field)?.[0] ?? field;
  if (root === "ruledOut") {
    // One value that is no platform ("ruledOut[1]"), or the list as a whole (a repeat).
    const value = /\[\d+\]$/.test(field) ? given(field, params) : undefined;
    const platforms = HYPERVISOR_IDS.map(hypervisorLabel).join(", ");
    return {
      title: "Platforms you will not run",
      message:
        value === undefined
          ? `It ${error.message}.`
          : `“${value}” is not one of the platforms, which are: ${platforms}.`,
    };
  }
  const question = QUESTION_BY_ID.get(root);
  if (!question) return { title: OTHER_TITLES[root] ?? "Another part of the link", message: `It ${error.message}.` };
  const value = given(field, params);
  const answers = question.options.map((o) => o.label).join(", ");
  const message =
    value === undefined || value === ""
      ? `Not answered. ${question.kind === "multiple" ? "Choose any of" : "Choose one of"}: ${answers}.`
      : `“${value}” is not one of its answers, which are: ${answers}.`;
  return { title: question.title, message };
}

type Props = { fields: FieldError[]; params: Params; criterionNames: Names };

export function InvalidResults({ fields, params, criterionNames }: Props) {
  return (
    <article className={styles.invalid} aria-labelledby="invalid-title">
      <h1 id="invalid-title">These answers cannot be scored</h1>
      <p>
        The link is missing some answers or carries values the questionnaire does not offer, so nothing was evaluated.
        {fields.length > 0 && ` ${fields.length === 1 ? "One needs" : `${fields.length} need`} attention:`}
      </p>
      {fields.length > 0 && (
        <ul className={styles.fieldList} aria-label="Problems with the answers">
          {fields.map((f) => {
            const { title, message } = explainField(f, params, criterionNames);
            return (
              <li key={`${f.field}:${f.message}`}>
                <span className={styles.fieldName}>{title}</span>
                <span className={styles.fieldMessage}>{message}</span>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <Link href="/questionnaire" className={styles.primary}>
          Answer the questionnaire
        </Link>{" "}
        to make a link that works, or ask whoever sent this one for it again.
      </p>
    </article>
  );
}
