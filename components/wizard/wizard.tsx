"use client";
// The guided questionnaire: one question per step, the optional estate step, then a review.
// react-hook-form holds the answers for every step (only the open step is mounted) and validates
// them with the shared answers schema, one step at a time on Next and all of them on submit.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import type { Quotes } from "@/lib/questionnaire/quotes";
import { answersSchema, type Answers, type Estate } from "@/lib/questionnaire/answers";
import type { Assumptions } from "@/lib/questionnaire/assumptions";
import { VDI_BROKER_QUESTION, type Question } from "@/lib/questionnaire/questions";
import { estateHostCount, findScaleMismatch } from "@/lib/questionnaire/scale-agreement";
import { answersToSearchParams, type WeightOverrides } from "@/lib/questionnaire/url-state";
import { summarizeAnswer } from "@/lib/questionnaire/describe-answer";
import { summarizeEstate } from "@/lib/questionnaire/describe-estate";
import { saveDraft, session, SUBMITTED_KEY, writeStored } from "./draft";
import { hasEstateInput, STEP_FIELD_NAMES, withoutEmptyInputs, wizardSchema, type WizardValues } from "./estate-form";
import { EstateStep } from "./estate-step";
import { QuestionStep } from "./question-step";
import { ReviewStep } from "./review-step";
import { reviewRows } from "./review-rows";
import { ScaleNote } from "./scale-note";
import { StepList } from "./step-list";
import { ESTATE_STEP_NAME, stepIndices } from "./steps";
import { countAnswered } from "./draft-progress";
import { pushStep, replaceStep, stepInLocation } from "./step-url";
import { useScrollPaddingForActions } from "./sticky-actions";
import styles from "./wizard.module.css";

/** Answers start empty: nothing is chosen for the person. A draft or a results URL fills them in. */
export type WizardStart = { answers: Partial<Answers>; assumptions?: Assumptions; step: number; furthest: number };

/** A list the schema accepts empty ("none of these"): Next on it with nothing ticked is an answer. */
function acceptsNone(question: Question): boolean {
  return question.kind === "multiple" && answersSchema.shape[question.id].safeParse([]).success;
}

type Props = {
  questions: readonly Question[];
  start: WizardStart;
  /** Weight overrides and price quotes from a results URL; carried through so changing an answer keeps them. */
  weights?: WeightOverrides;
  quotes?: Quotes;
  /** Move focus to the open step on mount (after "Resume" or "Start over", not on page load). */
  focusOnMount?: boolean;
};

// Empty estate inputs leave `{ hosts: undefined, … }` in the form values: the schema must see no
// estate (nor assumptions) at all, so a skipped step validates and submits exactly as before the
// step existed. The assumptions travel beside the answers, checked by their own schema.
const validateValues = zodResolver(wizardSchema);
const resolver: typeof validateValues = (values, context, options) =>
  validateValues(withoutEmptyInputs(values), context, options);

/** The form's values as the draft and the results URL keep them: answers, and assumptions beside them. */
function splitValues<T extends Partial<WizardValues>>({ assumptions, ...answers }: T) {
  return { answers, assumptions };
}

export function Wizard({ questions, start, weights, quotes, focusOnMount = false }: Props) {
  const router = useRouter();
  const { estate: estateStep, review: reviewStep } = stepIndices(questions.length);
  const { control, register, trigger, getValues, setValue, clearErrors, handleSubmit, watch, formState } =
    useForm<WizardValues>({
      resolver,
      defaultValues: start.assumptions ? { ...start.answers, assumptions: start.assumptions } : start.answers,
    });
  const values = withoutEmptyInputs(useWatch({ control }));
  const [step, setStep] = useState(start.step);
  const [furthest, setFurthest] = useState(start.furthest);
  // After "Change" on the review, Next leads straight back to the review.
  const [returnToReview, setReturnToReview] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const actionsRef = useRef<HTMLDivElement>(null);
  const focusPending = useRef(focusOnMount);
  const position = useRef({ step: start.step, furthest: start.furthest, touched: false });
  useScrollPaddingForActions(actionsRef);

  // Reads refs and getValues only, so it stays the same function for the form's life.
  const persist = useCallback(() => {
    const { step: current, furthest: reached, touched } = position.current;
    if (!touched) return;
    saveDraft({ ...splitValues(withoutEmptyInputs(getValues())), step: current, furthest: reached });
    // Any edit after a submit means the answers no longer match the results: ask again on return.
    writeStored(session, SUBMITTED_KEY, null);
  }, [getValues]);

  useEffect(() => {
    // A watch subscription runs outside rendering; the rule warns only because the React Compiler
    // (not used here) cannot memoise components that call watch.
    // eslint-disable-next-line react-hooks/incompatible-library -- see above
    const subscription = watch(() => {
      position.current.touched = true;
      persist();
    });
    return () => subscription.unsubscribe();
  }, [watch, persist]);

  useEffect(() => {
    position.current.step = step;
    position.current.furthest = furthest;
    persist();
    if (focusPending.current) {
      focusPending.current = false;
      // After scrolling down a long list, the next question should start at its top, not wherever
      // focus scrolling would leave it.
      const top = formRef.current?.getBoundingClientRect().top ?? 0;
      if (top < 0 || top > window.innerHeight / 2) formRef.current?.scrollIntoView({ block: "start" });
      headingRef.current?.focus({ preventScroll: true });
    }
  }, [step, furthest, persist]);

  // The address names the open step; a start the address does not name (a resumed draft) is written in place.
  useEffect(() => {
    if ((stepInLocation(questions) ?? 0) !== start.step) replaceStep(questions, start.step);
  }, [questions, start.step]);

  // Back and Forward in the browser: open the step the entry names, never past the furthest reached.
  useEffect(() => {
    function onPopState() {
      const named = stepInLocation(questions) ?? 0;
      const target = Math.min(named, position.current.furthest);
      if (target !== named) replaceStep(questions, target);
      focusPending.current = true;
      setReturnToReview(false);
      setStep(target);
    }
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [questions]);

  function go(target: number) {
    position.current.touched = true;
    focusPending.current = true;
    if (target === reviewStep) setReturnToReview(false);
    setFurthest((reached) => Math.max(reached, target));
    setStep(target);
    pushStep(questions, target);
  }

  /** Validates the open step before moving forward; moving back never blocks. */
  async function goForward(target: number) {
    if (!(await validateOpenStep())) {
      setAttempt((n) => n + 1);
      return;
    }
    go(target);
  }

  /** As react-hook-form does on submit, a refused step puts the person on the field to fix, below its message. */
  async function validateOpenStep(): Promise<boolean> {
    if (step === estateStep) return trigger([...STEP_FIELD_NAMES], { shouldFocus: true });
    const question = questions[step];
    if (!question) return true;
    // Nothing ticked is an empty list: the answer "none" where the schema allows it, and its own
    // message ("choose at least one workload") where not.
    if (question.kind === "multiple" && getValues(question.id) === undefined) setValue(question.id, []);
    if (await trigger(question.id)) return true;
    formRef.current?.querySelector<HTMLInputElement>("fieldset input")?.focus();
    return false;
  }

  function onValid(values: WizardValues) {
    const { answers, assumptions } = splitValues(values);
    position.current = { step: reviewStep, furthest: reviewStep, touched: true };
    saveDraft({ answers, assumptions, step: reviewStep, furthest: reviewStep });
    writeStored(session, SUBMITTED_KEY, "1");
    router.push(`/results?${answersToSearchParams(answers, weights, quotes, assumptions)}`);
  }

  function onInvalid(errors: Partial<Record<keyof WizardValues, unknown>>) {
    const firstQuestion = questions.findIndex((q) => errors[q.id]);
    const onEstateStep = errors.estate || errors.years || errors.ruledOut || errors.assumptions;
    const first = firstQuestion >= 0 ? firstQuestion : onEstateStep ? estateStep : -1;
    if (first >= 0) {
      go(first);
      setAttempt((n) => n + 1);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step < reviewStep) void goForward(returnToReview ? reviewStep : step + 1);
    else void handleSubmit(onValid, onInvalid)(event);
  }

  const question = questions[step];
  const scaleQuestion = questions.find((q): q is Question<"scale"> => q.id === "scale");
  const scaleNote = scaleQuestion && (
    <ScaleNote
      question={scaleQuestion}
      mismatch={findScaleMismatch(values.scale, estateHostCount(values.estate as Estate | undefined))}
      scale={values.scale}
      onChange={(scale) => {
        setValue("scale", scale, { shouldDirty: true });
        clearErrors("scale");
      }}
    />
  );
  const steps = [
    ...questions.map((q, index) => ({
      name: q.shortTitle,
      summary: values[q.id] === undefined ? undefined : summarizeAnswer(q, values[q.id]),
      number: index + 1,
    })),
    { name: ESTATE_STEP_NAME, summary: summarizeEstate(values), number: estateStep + 1 },
    { name: "Review" },
  ];

  function nextLabel() {
    if (step === reviewStep) return "See the recommendation";
    if (returnToReview) return "Back to review";
    if (step !== estateStep) return "Next";
    if (hasEstateInput(values)) return "Review answers";
    // Nothing entered: moving on is skipping, and the button says so.
    return (
      <>
        Skip<span className="visually-hidden"> this step</span>
      </>
    );
  }

  // data-later-step: on a small screen the page's introduction steps aside (app/questionnaire/page.module.css).
  return (
    <div className={styles.wizard} data-later-step={step > 0 || undefined}>
      <form ref={formRef} className={styles.card} onSubmit={onSubmit} noValidate aria-label="Questionnaire">
        <div className={styles.progress} aria-hidden="true">
          <span className={styles.bar} style={{ width: `${(Math.min(step, reviewStep) / reviewStep) * 100}%` }} />
        </div>
        <div className={styles.body}>
          {step === estateStep ? (
            <EstateStep
              register={register}
              control={control}
              trigger={trigger}
              errors={formState.errors}
              values={values}
              errorKey={attempt}
              stepLabel={`Step ${step + 1} of ${reviewStep}`}
              headingRef={headingRef}
              scaleNote={scaleNote}
              onEstate={(estate) => {
                setValue("estate", estate, { shouldDirty: true });
                clearErrors("estate");
              }}
            />
          ) : question ? (
            <Controller
              key={question.id}
              name={question.id}
              control={control}
              render={({ field, fieldState }) => (
                <QuestionStep
                  question={question}
                  noneAllowed={acceptsNone(question)}
                  value={field.value}
                  onChange={(value) => {
                    field.onChange(value);
                    // The broker only means something for desktops: dropping them drops it.
                    if (question.id === "workloads" && !value.includes("vdi")) setValue("vdiBroker", undefined);
                    // Reward a fix at once; an error only ever appears after Next.
                    if (fieldState.error) void trigger(question.id);
                  }}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                  errorKey={attempt}
                  stepLabel={`Step ${step + 1} of ${reviewStep}`}
                  headingRef={headingRef}
                />
              )}
            />
          ) : null}
          {question?.id === "workloads" && values.workloads?.includes("vdi") && (
            <Controller
              name="vdiBroker"
              control={control}
              render={({ field, fieldState }) => (
                <QuestionStep
                  question={VDI_BROKER_QUESTION}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                  errorKey={attempt}
                  stepLabel=""
                  followUp
                />
              )}
            />
          )}
          {step === estateStep || question ? null : (
            <ReviewStep
              questionCount={questions.length}
              answeredCount={countAnswered(
                questions.map((q) => q.id),
                values,
              )}
              rows={reviewRows(questions, values, estateStep)}
              notice={scaleNote}
              headingRef={headingRef}
              onChange={(target) => {
                go(target);
                setReturnToReview(true);
              }}
            />
          )}
        </div>
        <div ref={actionsRef} className={styles.actions}>
          {step > 0 && (
            <button type="button" className={styles.secondary} onClick={() => go(step - 1)}>
              Back
            </button>
          )}
          <button type="submit" className={styles.primary} disabled={formState.isSubmitSuccessful}>
            {nextLabel()}
          </button>
        </div>
      </form>
      <StepList
        steps={steps}
        current={step}
        furthest={furthest}
        onSelect={(index) => (index > step ? void goForward(index) : go(index))}
      />
    </div>
  );
}
