// Shown when the results URL is missing answers or carries bad values: each field and why.
import Link from "next/link";
import { QUESTIONS } from "@/lib/questionnaire/questions";
import type { FieldError } from "@/lib/http/errors";
import styles from "./page.module.css";

const titles = new Map<string, string>(QUESTIONS.map((q) => [q.id, q.title]));

function describeField(field: string): string {
  if (field.startsWith("weights.")) return `Weight override “${field.slice("weights.".length)}”`;
  if (field === "weights") return "Weight overrides";
  const root = field.split(".")[0] ?? field;
  return titles.get(root) ?? field;
}

export function InvalidResults({ fields }: { fields: FieldError[] }) {
  return (
    <article className={styles.invalid} aria-labelledby="invalid-title">
      <h1 id="invalid-title">These answers cannot be scored</h1>
      <p>
        The link is missing some answers or carries values the questionnaire does not offer. Nothing was evaluated.
        {fields.length > 0 && ` ${fields.length === 1 ? "One field needs" : `${fields.length} fields need`} attention:`}
      </p>
      {fields.length > 0 && (
        <ul className={styles.fieldList} aria-label="Problems with the answers">
          {fields.map((f) => (
            <li key={`${f.field}:${f.message}`}>
              <span className={styles.fieldName}>{describeField(f.field)}</span>{" "}
              <code className={styles.fieldKey}>{f.field}</code>
              <span className={styles.fieldMessage}>{f.message}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/questionnaire" className={styles.primary}>
          Answer the questionnaire
        </Link>
      </p>
    </article>
  );
}
