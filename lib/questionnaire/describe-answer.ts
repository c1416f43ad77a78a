// Answers in plain words (option labels, never ids), for the review step and the steps list.
import { answersSchema, DEFAULT_YEARS } from "./answers";
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

const estateAnswers = answersSchema.pick({ estate: true, years: true });

function count(n: number, one: string): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : `${one}s`}`;
}

/**
 * The optional estate and horizon in words, e.g. ["40 hosts × 2 sockets × 16 cores", "800 VMs (300 Windows)",
 * "3 years"]; [] when neither is given, undefined when they do not pass the schema (still being typed).
 */
export function describeEstate(value: { estate?: unknown; years?: unknown }): string[] | undefined {
  const parsed = estateAnswers.safeParse({ estate: value.estate, years: value.years });
  if (!parsed.success) return undefined;
  const { estate, years } = parsed.data;
  if (!estate) return years === undefined ? [] : ["Estate not given", count(years, "year")];
  const { hosts, socketsPerHost, coresPerSocket, vms, windowsVms } = estate;
  const parts = [`${count(hosts, "host")} × ${count(socketsPerHost, "socket")} × ${count(coresPerSocket, "core")}`];
  if (vms !== undefined) parts.push(windowsVms === undefined ? count(vms, "VM") : `${count(vms, "VM")} (${windowsVms.toLocaleString("en-US")} Windows)`);
  else if (windowsVms !== undefined) parts.push(count(windowsVms, "Windows VM"));
  // The default horizon is shown, since the costs are worked out over it.
  parts.push(count(years ?? DEFAULT_YEARS, "year"));
  return parts;
}

/** One line for the steps list and the review: "Not given" when skipped. */
export function summarizeEstate(value: { estate?: unknown; years?: unknown }): string {
  const parts = describeEstate(value);
  if (!parts) return "Incomplete";
  return parts.length > 0 ? parts.join(", ") : "Not given";
}

/** A hypervisor's label as the questionnaire writes it ("VMware ESXi / vSphere"), or its id. */
export function hypervisorLabel(id: string): string {
  const current = QUESTIONS.find((q) => q.id === "currentPlatform");
  return current?.options.find((option) => option.value === id)?.label ?? id;
}
