// The open step in the address (`/questionnaire?step=scale`), so each step is one history entry:
// Back and Forward move between steps, and a reload or a bookmark reopens the step. The value is
// the question's id (or `estate`, `review`), readable and stable when questions are reordered.
import { stepIndices } from "./steps";

/** The questions, of which only the ids and their order matter here (the landing page passes no more). */
type Steps = readonly { id: string }[];

export const STEP_PARAM = "step";

export function stepName(questions: Steps, index: number): string {
  const { estate, review } = stepIndices(questions.length);
  if (index === estate) return "estate";
  if (index === review) return "review";
  return questions[index]?.id ?? "review";
}

/** The step a `step` value names, or null for a missing or unknown one. */
export function stepFromName(questions: Steps, name: string | null | undefined): number | null {
  if (!name) return null;
  const { estate, review } = stepIndices(questions.length);
  if (name === "estate") return estate;
  if (name === "review") return review;
  const index = questions.findIndex((question) => question.id === name);
  return index >= 0 ? index : null;
}

export function stepInLocation(questions: Steps): number | null {
  return stepFromName(questions, new URLSearchParams(window.location.search).get(STEP_PARAM));
}

/** The current address with `step` set (or removed for null), every other parameter kept. */
function addressWithStep(name: string | null): string {
  const url = new URL(window.location.href);
  if (name === null) url.searchParams.delete(STEP_PARAM);
  else url.searchParams.set(STEP_PARAM, name);
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * A new history entry for a step the person moved to. Next.js keeps the router in step with
 * native pushState without a server round trip, so this is not a navigation.
 */
export function pushStep(questions: Steps, index: number): void {
  const address = addressWithStep(stepName(questions, index));
  if (address !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
    window.history.pushState(null, "", address);
}

/** Corrects the address in place (a step that could not be opened, a fresh start). */
export function replaceStep(questions: Steps, index: number | null): void {
  window.history.replaceState(null, "", addressWithStep(index === null ? null : stepName(questions, index)));
}
