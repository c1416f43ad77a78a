// The wizard's draft in localStorage, so a reload or a visit to the results page does not lose the
// answers. Read back defensively: the stored value is user-controlled and may come from an older
// build, so each answer is checked with the shared schema and a bad field is dropped, not trusted.
import { answersSchema, type Answers } from "@/lib/questionnaire/answers";
import { assumptionsSchema, type Assumptions } from "@/lib/questionnaire/assumptions";
import { DRAFT_KEY, local, parseDraftObject, readStored } from "./draft-progress";

export { DRAFT_KEY, local, readStored };
/** Set on submit for this tab only: coming Back from the results reopens the review without asking. */
export const SUBMITTED_KEY = "hypervisor-advisor:submitted:v1";

export type Draft = {
  answers: Partial<Answers>;
  /** The cost model's assumptions given on the estate step (absent: the defaults). */
  assumptions?: Assumptions;
  /** Index of the open step: the questions, then the estate step, then the review (see steps.ts). */
  step: number;
  /** Furthest step reached: steps up to it can be jumped to from the steps list. */
  furthest: number;
};

const FIELDS = Object.keys(answersSchema.shape) as (keyof Answers)[];
const partialAnswers = answersSchema.partial();

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toStepIndex(value: unknown, last: number): number | null {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= last ? value : null;
}

/** Keeps the answers that pass the schema one by one; an emptied required list is dropped too. */
export function sanitizeAnswers(raw: unknown): Partial<Answers> {
  if (!isRecord(raw)) return {};
  const known = Object.fromEntries(FIELDS.filter((field) => field in raw).map((field) => [field, raw[field]]));
  const whole = partialAnswers.safeParse(known);
  if (whole.success) return whole.data;
  const bad = new Set(whole.error.issues.map((issue) => issue.path[0]));
  const rest = Object.fromEntries(Object.entries(known).filter(([field]) => !bad.has(field)));
  const retry = partialAnswers.safeParse(rest);
  return retry.success ? retry.data : {};
}

/** Keeps the assumptions that pass their schema one by one; undefined when none does. */
export function sanitizeAssumptions(raw: unknown): Assumptions | undefined {
  if (!isRecord(raw)) return undefined;
  const kept = Object.fromEntries(
    Object.entries(assumptionsSchema.shape).flatMap(([field, schema]) => {
      const value = schema.safeParse(raw[field]);
      return value.success && value.data !== undefined ? [[field, value.data]] : [];
    }),
  );
  return Object.keys(kept).length > 0 ? (kept as Assumptions) : undefined;
}

/**
 * `reviewStep` is the review's index; a draft whose step is out of range is ignored. A draft from
 * before the estate step had the review where the estate step is now, so it reopens there: the one
 * step that person has not seen yet. Its answers have no estate, which is a valid "not given".
 */
export function parseDraft(text: string | null, reviewStep: number): Draft | null {
  const raw = parseDraftObject(text);
  if (!raw) return null;
  const step = toStepIndex(raw.step, reviewStep);
  const furthest = toStepIndex(raw.furthest, reviewStep);
  if (step === null || furthest === null) return null;
  const assumptions = sanitizeAssumptions(raw.assumptions);
  return {
    answers: sanitizeAnswers(raw.answers),
    ...(assumptions ? { assumptions } : {}),
    step: Math.min(step, furthest),
    furthest,
  };
}

export function writeStored(storage: () => Storage, key: string, value: string | null): void {
  try {
    if (value === null) storage().removeItem(key);
    else storage().setItem(key, value);
  } catch {
    // Nothing to do: the draft is a convenience.
  }
}

export const session = () => window.sessionStorage;

export function readDraft(reviewStep: number): Draft | null {
  return parseDraft(readStored(local, DRAFT_KEY), reviewStep);
}

export function saveDraft(draft: Draft): void {
  writeStored(local, DRAFT_KEY, JSON.stringify(draft));
}

export function clearDraft(): void {
  writeStored(local, DRAFT_KEY, null);
  writeStored(session, SUBMITTED_KEY, null);
}
