// How far a saved draft got, read without the answers schema: the landing page shows it and should
// not ship a validator to do so. The wizard itself reads drafts through draft.ts, which validates.
export const DRAFT_KEY = "hypervisor-advisor:draft:v1";

// Storage can throw (private mode, quota, disabled cookies): the wizard must work without it.
export function readStored(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null;
  }
}

export const local = () => window.localStorage;

/** How many of the questions have an answer (an empty list counts: it is the answer "none"). */
export function countAnswered(questionIds: readonly string[], answers: object): number {
  return questionIds.filter((id) => (answers as Record<string, unknown>)[id] !== undefined).length;
}

export type DraftProgress = { answered: number; step: number };

/** The stored draft as a plain object, or null for none, broken JSON or anything but an object. */
export function parseDraftObject(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  return typeof raw === "object" && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
}

/** Questions with any answer and the open step, or null for no draft or one that is not an object. */
export function draftProgress(text: string | null, questionIds: readonly string[]): DraftProgress | null {
  const raw = parseDraftObject(text);
  if (!raw) return null;
  const { answers, step } = raw;
  if (typeof answers !== "object" || answers === null || typeof step !== "number" || !Number.isInteger(step))
    return null;
  return { answered: countAnswered(questionIds, answers), step: Math.max(0, Math.min(step, questionIds.length + 1)) };
}
