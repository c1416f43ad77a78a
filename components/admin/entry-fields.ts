// Which inputs each editable entry shows. Rules live in the schemas (lib/admin/schema.ts → EDITABLE);
// this only says how to lay the fields out.
import type { EditableEntity } from "@/lib/admin/schema";
import { SUPPORT_LEVELS } from "@/lib/knowledge/schema";

export type FieldSpec = {
  name: string;
  label: string;
  input: "number" | "text" | "textarea" | "date" | "select" | "checkbox";
  hint?: string;
  options?: readonly string[];
  step?: string;
};

const evidence: FieldSpec[] = [{ name: "asOf", label: "As of", input: "date", hint: "When the evidence was last checked." }];

export const ENTRY_FIELDS: Record<EditableEntity, { fields: FieldSpec[]; sources: boolean }> = {
  ratings: {
    fields: [
      { name: "score", label: "Score (0–10)", input: "number", step: "0.5", hint: "0 = unavailable, 5 = adequate with notable gaps, 10 = best in class." },
      { name: "rationale", label: "Rationale", input: "textarea", hint: "Why this score, in 20 to 1,200 characters." },
      ...evidence,
    ],
    sources: true,
  },
  criteria: {
    fields: [
      { name: "name", label: "Name", input: "text" },
      { name: "description", label: "Description", input: "textarea" },
      { name: "defaultWeight", label: "Default weight (0–100)", input: "number", step: "any", hint: "Relative importance before answers adjust it." },
    ],
    sources: false,
  },
  "platform-support": {
    fields: [
      { name: "level", label: "Support level", input: "select", options: SUPPORT_LEVELS, hint: "“none” rules the hypervisor out on this platform." },
      { name: "note", label: "Note", input: "textarea" },
      ...evidence,
    ],
    sources: true,
  },
  capabilities: {
    fields: [
      { name: "met", label: "Can meet this must-have", input: "checkbox" },
      { name: "note", label: "Note", input: "textarea" },
      ...evidence,
    ],
    sources: true,
  },
};
