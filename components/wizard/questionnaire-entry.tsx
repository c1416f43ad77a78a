"use client";
// Decides how the wizard opens: from answers in the URL (at the review), from a saved draft (after
// asking, or silently when coming Back from the results in the same tab), or fresh with defaults.
// The draft lives in localStorage, which the server cannot see, so the server renders the fresh
// wizard and the choice is made in a layout effect, before the browser paints a client render.
import { useLayoutEffect, useState } from "react";
import type { Quotes } from "@/lib/knowledge/plan-schema";
import type { Answers } from "@/lib/questionnaire/answers";
import type { Question } from "@/lib/questionnaire/questions";
import type { WeightOverrideMap } from "@/lib/questionnaire/url-state";
import { clearDraft, readDraft, readStored, session, SUBMITTED_KEY, type Draft } from "./draft";
import { ResumePrompt } from "./resume-prompt";
import { ESTATE_STEP_NAME, stepIndices } from "./steps";
import { Wizard, type WizardStart } from "./wizard";

type Props = {
  questions: readonly Question[];
  defaults: Answers;
  /** Valid answers from the URL (`/questionnaire?workloads=…`), e.g. from "Change answers" on the results. */
  prefill?: { answers: Answers; overrides: WeightOverrideMap; quotes: Quotes };
};

type Mode =
  { kind: "fresh"; focus: boolean } | { kind: "ask"; draft: Draft } | { kind: "resume"; draft: Draft; focus: boolean };

export function QuestionnaireEntry({ questions, defaults, prefill }: Props) {
  const { estate: estateStep, review: reviewStep } = stepIndices(questions.length);
  const [mode, setMode] = useState<Mode>({ kind: "fresh", focus: false });
  const hasPrefill = prefill !== undefined;

  useLayoutEffect(() => {
    if (hasPrefill) return;
    const draft = readDraft(reviewStep);
    if (!draft) return;
    const returning = readStored(session, SUBMITTED_KEY) !== null && draft.step === reviewStep;
    // The draft lives in localStorage, which the server render cannot read: it is read once after
    // mount, before paint (a layout effect), so the first client render still matches the server's.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading an external store once, see above
    setMode(returning ? { kind: "resume", draft, focus: false } : { kind: "ask", draft });
  }, [hasPrefill, reviewStep]);

  if (prefill) {
    const start = { answers: prefill.answers, step: reviewStep, furthest: reviewStep };
    return <Wizard questions={questions} start={start} overrides={prefill.overrides} quotes={prefill.quotes} />;
  }

  if (mode.kind === "ask") {
    const { draft } = mode;
    const open = questions[draft.step];
    return (
      <ResumePrompt
        // Counts questions only: the estate step is optional, so it is never "unanswered".
        answered={Math.min(draft.furthest, questions.length)}
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
      ? { answers: { ...defaults, ...mode.draft.answers }, step: mode.draft.step, furthest: mode.draft.furthest }
      : { answers: defaults, step: 0, furthest: 0 };
  return <Wizard key={mode.kind} questions={questions} start={start} focusOnMount={mode.focus} />;
}
