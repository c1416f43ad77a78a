"use client";
// The "Save & share" dialog: saves the current answers, what-if weights, the user's own price quotes
// and cost assumptions as an immutable snapshot and shows its link and the downloads made from it (the
// approvers' PDF report and the cost workbook), plus, once, the key that manages it from elsewhere.
// Loaded and opened by save-share-lazy.tsx, which owns the button.
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { useResultsState } from "@/components/results/results-context";
import { NAME_MAX, NOTES_MAX } from "@/lib/recommendations/limits";
import { saveRecommendationSchema } from "@/lib/recommendations/schema";
import { CopyLink } from "./copy-link";
import { ReportDownloads } from "./report-downloads";
import styles from "./recommendations.module.css";

// The form edits only the name and notes; the rules come from the same schema the API enforces.
const formSchema = saveRecommendationSchema.pick({ name: true, notes: true });
type FormValues = { name?: string; notes?: string };
export type Saved = { id: string; url: string; ownerToken: string };

export type SaveShareDialogProps = {
  /** The link already saved for the page's current state: shown instead of the form. */
  saved: Saved | null;
  onSaved: (saved: Saved) => void;
  onClose: () => void;
};

export function SaveShareDialog({ saved, onSaved, onClose }: SaveShareDialogProps) {
  const { answers, overrides, quotes, assumptions, evaluation } = useResultsState();
  const quoteCount = Object.keys(quotes).length;
  const assumed = Object.keys(assumptions).length > 0;
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [justSaved, setJustSaved] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const winner = evaluation.ranking.find((e) => e.hypervisor === evaluation.winner)?.name;
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { name: winner ? `Recommendation: ${winner}` : "", notes: "" },
  });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: FormValues) {
    setServerError(null);
    const response = await fetch("/api/v1/recommendations", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ answers, weights: overrides, quotes, assumptions, ...values }),
    }).catch(() => null);
    if (response?.status === 201) {
      setJustSaved(true);
      onSaved((await response.json()) as Saved);
      return;
    }
    const body = (await response?.json().catch(() => null)) as { error?: { message?: string } } | null;
    setServerError(
      body?.error?.message ?? "The recommendation could not be saved. Check your connection and try again.",
    );
  }

  // Opened once, when mounted; closing (Esc, Close, Cancel) tells the owner, which unmounts it.
  const close = useEffectEvent(onClose);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    element.addEventListener("close", close);
    return () => element.removeEventListener("close", close);
  }, []);

  // The Save button the focus was on is gone once saved: the focus moves to the new heading, so it
  // does not fall to the page behind the dialog and a screen reader says what happened.
  useEffect(() => {
    if (saved && justSaved) heading.current?.focus();
  }, [saved, justSaved]);

  return (
    <>
      <dialog ref={dialog} className={styles.dialog} aria-labelledby="save-title">
        <h2 id="save-title" ref={heading} tabIndex={-1}>
          {saved ? "Saved" : "Save & share this recommendation"}
        </h2>
        {saved ? (
          <div className={styles.saved}>
            <p>
              Anyone with the link sees exactly this result, even after the knowledge base changes.{" "}
              <a href={saved.url}>Open the shared page</a>.
            </p>
            <CopyLink url={saved.url} title={form.getValues("name") || "Hypervisor recommendation"} />
            <div className={styles.downloads}>
              <span id="saved-downloads">For approvers:</span>
              <ul aria-labelledby="saved-downloads">
                <ReportDownloads base={saved.url} />
              </ul>
            </div>
            <p className="muted">
              This browser can rename or delete it from <a href="/mine">My recommendations</a>.
            </p>
            {justSaved && (
              <details className={styles.token}>
                <summary>To rename or delete it from another browser</summary>
                <p>
                  Keep this key somewhere safe: it is shown only now, and it is what the API asks for (as a bearer
                  token) to change or delete this link.
                </p>
                <code className={styles.tokenValue}>{saved.ownerToken}</code>
              </details>
            )}
            <button type="button" className={styles.buttonQuiet} onClick={() => dialog.current?.close()}>
              Close
            </button>
          </div>
        ) : (
          <form onSubmit={form.handleSubmit(onSubmit)} noValidate>
            <p className="muted">
              Saves your answers, weights
              {quoteCount > 0 ? `, your ${quoteCount === 1 ? "quote" : `${quoteCount} quotes`}` : ""}
              {assumed ? ", your cost assumptions" : ""} and this exact result with knowledge base version{" "}
              {evaluation.kbVersion.number}.
            </p>
            <label className={styles.field}>
              <span>
                Name <span className="muted">(optional, up to {NAME_MAX} characters)</span>
              </span>
              <input
                {...form.register("name")}
                aria-invalid={errors.name ? true : undefined}
                aria-describedby="save-name-error"
              />
              <span id="save-name-error" className={styles.error}>
                {errors.name?.message && `Name ${errors.name.message}`}
              </span>
            </label>
            <label className={styles.field}>
              <span>
                Notes <span className="muted">(optional, up to {NOTES_MAX} characters)</span>
              </span>
              <textarea
                rows={4}
                {...form.register("notes")}
                aria-invalid={errors.notes ? true : undefined}
                aria-describedby="save-notes-error"
              />
              <span id="save-notes-error" className={styles.error}>
                {errors.notes?.message && `Notes ${errors.notes.message}`}
              </span>
            </label>
            {serverError && (
              <p className={styles.error} role="alert">
                {serverError}
              </p>
            )}
            <div className={styles.dialogActions}>
              <button type="submit" className={styles.button} disabled={isSubmitting}>
                {isSubmitting ? "Saving…" : "Save"}
              </button>
              <button type="button" className={styles.buttonQuiet} onClick={() => dialog.current?.close()}>
                Cancel
              </button>
            </div>
          </form>
        )}
      </dialog>
    </>
  );
}
