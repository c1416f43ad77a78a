// Must-have and VDI broker ids in words, for the admin pages' entry names (lib/knowledge/entries.ts
// describeEntryKey names hypervisors, criteria, platforms and products from the knowledge itself).
import { QUESTIONS, VDI_BROKER_QUESTION } from "@/lib/questionnaire/questions";

export const OPTION_LABELS: Record<string, string> = Object.fromEntries(
  [...(QUESTIONS.find((q) => q.id === "mustHaves")?.options ?? []), ...VDI_BROKER_QUESTION.options].map((o) => [
    o.value,
    o.label,
  ]),
);
