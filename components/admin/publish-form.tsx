"use client";
// Publishes the draft (with a note saying what changed) or discards it.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { publishSchema, type PublishInput } from "@/lib/admin/schema";
import styles from "./admin.module.css";
import { sendJson } from "./send-json";
import { plainErrorMap } from "@/lib/validation/field-errors";

/** `fingerprint`: the draft this page showed, so an edit made since is not published unseen. */
export function PublishForm({ draftLabel, fingerprint }: { draftLabel: string; fingerprint: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<PublishInput>({
    resolver: zodResolver(publishSchema, { error: plainErrorMap }),
    defaultValues: { note: "", reviewed: fingerprint },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: PublishInput) {
    // The prop, not the form's first value: after a 409 the page redraws with the current draft's fingerprint.
    const result = await sendJson("POST", "/api/admin/draft/publish", { ...values, reviewed: fingerprint });
    if (result.ok) {
      // The form disappears with the draft, so the admin page itself confirms the publish (?published=).
      const label = (result.body as { label?: string } | null)?.label ?? "";
      form.reset();
      router.replace(`/admin?published=${encodeURIComponent(label)}`);
    } else if (result.status === 409) {
      // Someone changed the draft since this page was drawn: show them the draft as it is now.
      setMessage({ ok: false, text: `${result.message} The overview above now shows the current draft.` });
      router.refresh();
    } else {
      setMessage({ ok: false, text: result.message });
    }
  }

  async function discard() {
    if (!window.confirm(`Discard the draft ${draftLabel} and every change in it?`)) return;
    const result = await sendJson("DELETE", "/api/admin/draft");
    setMessage(result.ok ? { ok: true, text: "Draft discarded." } : { ok: false, text: result.message });
    router.refresh();
  }

  return (
    <form className={styles.form} onSubmit={form.handleSubmit(onSubmit)} noValidate>
      <label className={styles.field}>
        <span>Publish note</span>
        <input
          {...form.register("note")}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby="note-hint note-error"
        />
        <span id="note-hint" className={styles.hint}>
          Shown with the version, e.g. &ldquo;KVM GPU rating after vGPU support in 2026&rdquo;.
        </span>
        <span id="note-error" className={styles.error}>
          {errors.note?.message && `Note ${errors.note.message}`}
        </span>
      </label>
      {message && (
        <p className={message.ok ? styles.success : styles.alert} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" className={styles.button} disabled={isSubmitting}>
          {isSubmitting ? "Publishing…" : "Publish"}
        </button>
        <button type="button" className={styles.buttonDanger} onClick={discard}>
          Discard draft
        </button>
      </div>
    </form>
  );
}
