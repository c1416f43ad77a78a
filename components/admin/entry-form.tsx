"use client";
// Edits one knowledge-base entry of the draft. Validated in the browser with the entry's own schema
// (the one the API and the import use), then saved with PUT; server field errors land by their inputs.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray, useForm, type FieldErrors, type FieldValues, type Resolver } from "react-hook-form";
import { EDITABLE, type EditableEntity } from "@/lib/admin/schema";
import styles from "./admin.module.css";
import { ENTRY_FIELDS, type FieldSpec } from "./entry-fields";
import { formFieldName, sendJson } from "./send-json";
import { plainErrorMap } from "@/lib/validation/field-errors";

type Props = { entity: EditableEntity; entryKey: string; initial: Record<string, unknown> };

function messageAt(errors: FieldErrors, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : undefined;
}

export function EntryForm({ entity, entryKey, initial }: Props) {
  const router = useRouter();
  const spec = EDITABLE[entity];
  const layout = ENTRY_FIELDS[entity];
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<FieldValues>({
    // The entity's schema is chosen at run time, so its types are the form's plain FieldValues.
    resolver: zodResolver(spec.schema as never, { error: plainErrorMap }) as unknown as Resolver<FieldValues>,
    defaultValues: initial,
  });
  const sources = useFieldArray({ control: form.control, name: "sources" });
  const { errors, isSubmitting } = form.formState;
  const idFor = (name: string) => `field-${name.replace(/\./g, "-")}`;

  async function onSubmit(values: FieldValues) {
    setStatus(null);
    const path = entryKey.split("/").map(encodeURIComponent).join("/");
    // An empty optional publisher means "none", not an empty name.
    const body = Array.isArray(values.sources)
      ? {
          ...values,
          sources: (values.sources as Record<string, unknown>[]).map(({ publisher, ...rest }) =>
            publisher ? { ...rest, publisher } : rest,
          ),
        }
      : values;
    const result = await sendJson("PUT", `/api/admin/draft/${entity}/${path}`, body);
    if (result.ok) {
      const changed = (result.body as { changed?: boolean } | null)?.changed;
      setStatus({
        ok: true,
        text: changed
          ? "Saved to the draft. Publish it from the overview to make it live."
          : "No change: this is what the draft already holds.",
      });
      router.refresh();
      return;
    }
    for (const field of result.fields) form.setError(formFieldName(field.field), { message: field.message });
    setStatus({ ok: false, text: result.message });
  }

  function input(field: FieldSpec) {
    const error = messageAt(errors, field.name);
    const common = {
      id: idFor(field.name),
      "aria-invalid": error ? true : undefined,
      "aria-describedby": `${idFor(field.name)}-hint ${idFor(field.name)}-error`,
    } as const;
    if (field.input === "checkbox") {
      return <input type="checkbox" {...common} {...form.register(field.name)} />;
    }
    if (field.input === "textarea") return <textarea rows={5} {...common} {...form.register(field.name)} />;
    if (field.input === "select") {
      return (
        <select {...common} {...form.register(field.name)}>
          {field.options?.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      );
    }
    if (field.input === "optional-number") {
      const toValue = (raw: unknown) => (raw === "" || raw === null ? null : Number(raw));
      return (
        <input type="number" step={field.step} {...common} {...form.register(field.name, { setValueAs: toValue })} />
      );
    }
    if (field.input === "date" || field.input === "nullable-date") {
      // An empty date is no date (an optional one stays absent, a nullable one is null), not an empty string.
      const empty = field.input === "date" ? undefined : null;
      return (
        <input
          type="date"
          {...common}
          {...form.register(field.name, { setValueAs: (raw: unknown) => (raw === "" || raw === null ? empty : raw) })}
        />
      );
    }
    return (
      <input
        type={field.input}
        step={field.step}
        {...common}
        {...form.register(field.name, { valueAsNumber: field.input === "number" })}
      />
    );
  }

  function row(field: FieldSpec) {
    const error = messageAt(errors, field.name);
    return (
      <div key={field.name} className={styles.field}>
        {field.input === "checkbox" ? (
          <label className={styles.check} htmlFor={idFor(field.name)}>
            {input(field)} {field.label}
          </label>
        ) : (
          <>
            <label htmlFor={idFor(field.name)}>{field.label}</label>
            {input(field)}
          </>
        )}
        <span id={`${idFor(field.name)}-hint`} className={styles.hint}>
          {field.hint}
        </span>
        <span id={`${idFor(field.name)}-error`} className={styles.error} role={error ? "alert" : undefined}>
          {error && `${field.label}: ${error}`}
        </span>
      </div>
    );
  }

  return (
    <form className={styles.form} onSubmit={form.handleSubmit(onSubmit)} noValidate>
      {layout.fields.map(row)}
      {layout.sources && (
        <fieldset className={styles.sources}>
          <legend>Sources</legend>
          {sources.fields.map((source, index) => (
            <div key={source.id} className={styles.source}>
              {row({ name: `sources.${index}.title`, label: `Source ${index + 1} title`, input: "text" })}
              {row({
                name: `sources.${index}.url`,
                label: `Source ${index + 1} URL`,
                input: "text",
                hint: "http(s) address",
              })}
              {row({
                name: `sources.${index}.publisher`,
                label: `Source ${index + 1} publisher (optional)`,
                input: "text",
              })}
              <div className={styles.actions}>
                <button type="button" className={styles.buttonQuiet} onClick={() => sources.remove(index)}>
                  Remove source {index + 1}
                </button>
              </div>
            </div>
          ))}
          <span className={styles.error} role={messageAt(errors, "sources") ? "alert" : undefined}>
            {messageAt(errors, "sources") && `Sources: ${messageAt(errors, "sources")}`}
          </span>
          <div className={styles.actions}>
            <button type="button" className={styles.buttonQuiet} onClick={() => sources.append({ title: "", url: "" })}>
              Add a source
            </button>
          </div>
        </fieldset>
      )}
      {status && (
        <p className={status.ok ? styles.success : styles.alert} role={status.ok ? "status" : "alert"}>
          {status.text}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" className={styles.button} disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save to draft"}
        </button>
      </div>
    </form>
  );
}
