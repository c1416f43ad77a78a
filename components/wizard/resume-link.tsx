"use client";
// The landing page's way back into unfinished answers: shown only when this browser holds a draft,
// with how far it got, and opening the wizard at that step without asking again.
import Link from "next/link";
import { useSyncExternalStore } from "react";
import { DRAFT_KEY, draftProgress, local, readStored } from "./draft-progress";
import { stepName } from "./step-url";

type Props = {
  /** The questions' ids and short titles, in order: all the link needs to name the step. */
  steps: readonly { id: string; shortTitle: string }[];
  className?: string;
};

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}

const readDraftText = () => readStored(local, DRAFT_KEY);

export function ResumeLink({ steps, className }: Props) {
  const text = useSyncExternalStore(subscribe, readDraftText, () => null);
  const ids = steps.map((step) => step.id);
  const progress = draftProgress(text, ids);
  if (!progress) return null;
  const { answered, step } = progress;
  const open = steps[step];
  const where = step === steps.length ? "your estate" : open ? open.shortTitle : "the review";
  return (
    <Link className={className} href={`/questionnaire?step=${stepName(steps, step)}`}>
      Continue your answers
      <span className="visually-hidden">:</span>{" "}
      <small>
        {answered} of {steps.length} answered, at {where}
      </small>
    </Link>
  );
}
