"use client";
// Uploads an export file. The server checks all of it first and either makes it the draft or lists
// every problem (path and message); a refused file changes nothing.
import { useRouter } from "next/navigation";
import { useState } from "react";
import styles from "./admin.module.css";
import { sendJson, type ApiFieldError } from "./send-json";

export function ImportForm() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string; fields: ApiFieldError[] } | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.size === 0) {
      setResult({ ok: false, text: "Choose a JSON export file first.", fields: [] });
      return;
    }
    setBusy(true);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setBusy(false);
      setResult({ ok: false, text: "That file is not valid JSON.", fields: [] });
      return;
    }
    const response = await sendJson("POST", "/api/admin/knowledge/import", parsed);
    setBusy(false);
    if (response.ok) {
      const body = response.body as { draftNumber: number; changes: number };
      setResult({
        ok: true,
        text: `Imported as the draft kb-${body.draftNumber} (${body.changes} changes against the published version). Review and publish it from the overview.`,
        fields: [],
      });
      router.refresh();
    } else {
      setResult({
        ok: false,
        text: response.fields.length
          ? `The file was not imported; nothing changed. ${response.fields.length} problem(s):`
          : response.message,
        fields: response.fields,
      });
    }
  }

  return (
    <form className={styles.form} onSubmit={onSubmit} noValidate>
      <label className={styles.field}>
        <span>Export file (JSON)</span>
        <input type="file" name="file" accept="application/json,.json" aria-describedby="import-hint" />
        <span id="import-hint" className={styles.hint}>
          Replaces the current draft, if any. The published version is not touched until you publish.
        </span>
      </label>
      <div className={styles.actions}>
        <button type="submit" className={styles.button} disabled={busy}>
          {busy ? "Checking…" : "Import"}
        </button>
      </div>
      {result && (
        <div role={result.ok ? "status" : "alert"} className={result.ok ? styles.success : styles.alert}>
          <p>{result.text}</p>
          {result.fields.length > 0 && (
            <ul>
              {result.fields.map((field, index) => (
                <li key={index}>
                  <code>{field.field}</code> {field.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
