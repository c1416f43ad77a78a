"use client";
// "Save & share" on the results page. The button is part of the first render, styled and ready; the
// dialog (react-hook-form + zod) loads when someone shows intent to use it, and a click opens it as
// soon as it arrives, keeping the page inside its JavaScript budget.
//
// The button remembers what it saved: while the answers, weights, quotes and assumptions are the ones saved, it
// reopens that link instead of saving a duplicate; after a change it saves again. Until then a line
// beside it says what saving gives, since the report and the workbook exist only for a saved link.
import { useId, useState, type ComponentType } from "react";
import { useResultsState } from "@/components/results/results-context";
import type { SaveShareDialogProps, Saved } from "./save-share";
import styles from "./recommendations.module.css";

let loading: Promise<ComponentType<SaveShareDialogProps>> | null = null;
const loadDialog = () => (loading ??= import("./save-share").then((m) => m.SaveShareDialog));

export function SaveShareLazy() {
  const { answers, overrides, quotes, assumptions } = useResultsState();
  const [Dialog, setDialog] = useState<ComponentType<SaveShareDialogProps> | null>(null);
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<{ state: string; result: Saved } | null>(null);
  const state = JSON.stringify({ answers, overrides, quotes, assumptions });
  const current = saved?.state === state ? saved.result : null;
  const hint = useId();

  // Fetched on the first sign of intent (pointer over the button, focus, a touch), not while the
  // page starts: parsing the form code then competed with the page's own hydration for the CPU.
  function prepare() {
    void loadDialog().then((component) => setDialog(() => component));
  }

  function start() {
    setOpen(true);
    prepare();
  }

  return (
    <>
      <button
        type="button"
        className={current ? styles.buttonQuiet : styles.button}
        onClick={start}
        onPointerEnter={prepare}
        onFocus={prepare}
        onTouchStart={prepare}
        aria-haspopup="dialog"
        aria-describedby={current ? undefined : hint}
        data-saved={current ? "" : undefined}
      >
        {current ? "Saved: show the link" : "Save & share"}
      </button>
      {!current && (
        <p id={hint} className={styles.saveHint}>
          Saving gives a link, a PDF report for approvers and a cost workbook.
        </p>
      )}
      {open && Dialog && (
        <Dialog saved={current} onSaved={(result) => setSaved({ state, result })} onClose={() => setOpen(false)} />
      )}
    </>
  );
}
