"use client";
// Decides how the wizard opens: from answers in the URL (at the review, or the step the URL names),
// from a saved draft (silently when the URL names a step — a reload, Back from the results — and
// after asking otherwise), or fresh with nothing chosen.
// The draft lives in localStorage, which the server cannot see, so the server renders the fresh
// wizard and the choice is made in a layout effect, before the browser paints a client render.
import { useLayoutEffect, useState } from "react";
import type { Quotes } from "@/lib/questionnaire/quotes";
import type { Answers } from "@/lib/questionnaire/answers";
import type { Assumptions } from "@/lib/questionnaire/assumptions";
import type { Question } from "@/lib/questionnaire/questions";
import type { WeightOverrides } from "@/lib/questionnaire/url-state";
import { countAnswered } from "./draft-progress";
import { clearDraft, readDraft, readStored, session, SUBMITTED_KEY, type Draft } from "./draft";
import { ResumePrompt } from "./resume-prompt";
import { ESTATE_STEP_NAME, stepIndices } from "./steps";
import { replaceStep, stepFromName, stepInLocation } from "./step-url";
import { Wizard, type WizardStart } from "./wizard";

type Props = {
  questions: readonly Question[];
  /** The `step` parameter of the address, as the server saw it. */
  step?: string;
  /** Valid answers from the URL (`/questionnaire?workloads=…`), e.g. from "Change answers" on the results. */
  prefill?: { answers: Answers; weights: WeightOverrides; quotes: Quotes; assumptions: Assumptions };
};

type Mode =
  { kind: "fresh"; focus: boolean } | { kind: "ask"; draft: Draft } | { kind: "resume"; draft: Draft; focus: boolean };

const FRESH: WizardStart = { answers: {}, step: 0, furthest: 0 };

export function QuestionnaireEntry({ questions, step, prefill }: Props) {
  const { estate: estateStep, review: reviewStep } = stepIndices(questions.length);
  const [mode, setMode] = useState<Mode>({ kind: "fresh", focus: false });
  const hasPrefill = prefill !== undefined;

  // The draft lives in localStorage, which the server render cannot read: it is read once after
  // mount, before paint (a layout effect), so the first client render still matches the server's.
  useLayoutEffect(() => {
    if (hasPrefill) return;
    const named = stepInLocation(questions);
    const draft = readDraft(reviewStep);
    if (!draft) {
      // A step named without answers to reach it (a shared or stale address): start at the beginning.
      if (named !== null) replaceStep(questions, null);
      return;
    }
    // The address names a step (a reload, Back from the results): reopen it without asking. With no
    // step named, coming Back from the results in this tab reopens the review; anything else asks.
    const returning = readStored(session, SUBMITTED_KEY) !== null && draft.step === reviewStep;
    const next: Mode =
      named !== null
        ? { kind: "resume", draft: { ...draft, step: Math.min(named, draft.furthest) }, focus: false }
        : returning
          ? { kind: "resume", draft, focus: false }
          : { kind: "ask", draft };
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading an external store once, see above
    setMode(next);
  }, [hasPrefill, questions, reviewStep]);

  if (prefill) {
    const start = {
      answers: prefill.answers,
      assumptions: prefill.assumptions,
      step: stepFromName(questions, step) ?? reviewStep,
      furthest: reviewStep,
    };
    return <Wizard questions={questions} start={start} weights={prefill.weights} quotes={prefill.quotes} />;
  }

  if (mode.kind === "ask") {
    const { draft } = mode;
    const open = questions[draft.step];
    return (
      <ResumePrompt
        // Counts questions only: the estate step is optional, so it is never "unanswered".
        answered={countAnswered(
          questions.map((q) => q.id),
          draft.answers,
        )}
        total={questions.length}
        stepName={open ? open.shortTitle : draft.step === estateStep ? ESTATE_STEP_NAME : "the review"}
        onResume={() => setMode({ kind: "resume", draft, focus: true })}
        onStartOver={() => {
          clearDraft();
          setMode({ kind: "fresh", focus: true });
        }}
      />
    );
  }

  const start: WizardStart =
    mode.kind === "resume"
      ? {
          answers: mode.draft.answers,
          assumptions: mode.draft.assumptions,
          step: mode.draft.step,
          furthest: mode.draft.furthest,
        }
      : FRESH;
  return <Wizard key={mode.kind} questions={questions} start={start} focusOnMount={mode.focus} />;
}
