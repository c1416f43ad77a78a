"use client";
// "Save & share" on the results page. The button is part of the first render, styled and ready; the
// dialog (react-hook-form + zod) loads when the page is idle, or at the first click, which then opens
// it as soon as it arrives, keeping the page inside its JavaScript budget.
//
// The button remembers what it saved: while the answers, weights and quotes are the ones saved, it
// reopens that link instead of saving a duplicate; after a change it saves again.
import { useEffect, useState, type ComponentType } from "react";
import { useResultsState } from "@/components/results/results-context";
import type { SaveShareDialogProps, Saved } from "./save-share";
import styles from "./recommendations.module.css";

let loading: Promise<ComponentType<SaveShareDialogProps>> | null = null;
const loadDialog = () => (loading ??= import("./save-share").then((m) => m.SaveShareDialog));

export function SaveShareLazy() {
  const { answers, overrides, quotes } = useResultsState();
  const [Dialog, setDialog] = useState<ComponentType<SaveShareDialogProps> | null>(null);
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<{ state: string; result: Saved } | null>(null);
  const state = JSON.stringify({ answers, overrides, quotes });
  const current = saved?.state === state ? saved.result : null;

  useEffect(() => {
    const load = () => void loadDialog().then((component) => setDialog(() => component));
    if (typeof requestIdleCallback !== "function") return load();
    const handle = requestIdleCallback(load, { timeout: 3000 });
    return () => cancelIdleCallback(handle);
  }, []);

  function start() {
    setOpen(true);
    void loadDialog().then((component) => setDialog(() => component));
  }

  return (
    <>
      <button
        type="button"
        className={current ? styles.buttonQuiet : styles.button}
        onClick={start}
        aria-haspopup="dialog"
        data-saved={current ? "" : undefined}
      >
        {current ? "Saved: show the link" : "Save & share"}
      </button>
      {open && Dialog && (
        <Dialog saved={current} onSaved={(result) => setSaved({ state, result })} onClose={() => setOpen(false)} />
      )}
    </>
  );
}
