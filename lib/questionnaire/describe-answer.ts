// Answers in plain words (option labels, never ids), for the review step, the steps list and the
// results. No zod here: the share page shows answers and must ship no schema code.
import { QUESTIONS, type Question } from "./questions";

/** Labels of the chosen options in the question's own order; unknown values are dropped. */
export function describeAnswer(question: Question, value: unknown): string[] {
  const chosen = new Set<unknown>(Array.isArray(value) ? value : [value]);
  return question.options.filter((option) => chosen.has(option.value)).map((option) => option.label);
}

/** One line for a summary: "None" for an empty multiple choice, since "nothing is absolute" is an answer too. */
export function summarizeAnswer(question: Question, value: unknown): string {
  const labels = describeAnswer(question, value);
  return labels.length > 0 ? labels.join(", ") : "None";
}

/** A hypervisor's label as the questionnaire writes it ("VMware ESXi (vSphere)"), or its id. */
export function hypervisorLabel(id: string): string {
  const current = QUESTIONS.find((q) => q.id === "currentPlatform");
  return current?.options.find((option) => option.value === id)?.label ?? id;
}

/** The families a team will not run, in the questionnaire's words: "VMware ESXi (vSphere), Xen"; "None" when none. */
export function describeRuledOut(ids: readonly string[] | undefined): string {
  return ids && ids.length > 0 ? ids.map(hypervisorLabel).join(", ") : "None";
}
