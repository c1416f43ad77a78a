// Which inputs each editable entry shows. Rules live in the schemas (lib/admin/schema.ts → EDITABLE);
// this only says how to lay the fields out.
import { EDITABLE, type EditableEntity } from "@/lib/admin/schema";
import type { Collection } from "@/lib/knowledge/entries";
import { CURRENCIES, PRICE_BASES, PRICE_UNITS, RECORDED_SUPPORT_STATUSES } from "@/lib/knowledge/plan-schema";
import { SUPPORT_LEVELS } from "@/lib/knowledge/schema";

export type FieldSpec = {
  name: string;
  label: string;
  /**
   * "optional-number": an empty box means no value (null), e.g. a price that needs a quote;
   * "nullable-date": an empty date is null (no end of support announced).
   */
  input: "number" | "optional-number" | "text" | "textarea" | "date" | "nullable-date" | "select" | "checkbox";
  hint?: string;
  options?: readonly string[];
  step?: string;
};

const evidence: FieldSpec[] = [
  {
    name: "asOf",
    label: "As of",
    input: "date",
    hint: "When the evidence was established (published or measured), not when it was last looked at: older evidence is flagged as possibly stale.",
  },
];

export const ENTRY_FIELDS: Record<EditableEntity, { fields: FieldSpec[]; sources: boolean }> = {
  ratings: {
    fields: [
      {
        name: "score",
        label: "Score (0–10)",
        input: "number",
        step: "0.5",
        hint: "0 = unavailable, 5 = adequate with notable gaps, 10 = best in class.",
      },
      { name: "rationale", label: "Rationale", input: "textarea", hint: "Why this score, in 20 to 1,200 characters." },
      ...evidence,
    ],
    sources: true,
  },
  criteria: {
    fields: [
      { name: "name", label: "Name", input: "text" },
      { name: "description", label: "Description", input: "textarea" },
      {
        name: "defaultWeight",
        label: "Default weight (0–100)",
        input: "number",
        step: "any",
        hint: "Relative importance before answers adjust it.",
      },
    ],
    sources: false,
  },
  "platform-support": {
    fields: [
      {
        name: "level",
        label: "Support level",
        input: "select",
        options: SUPPORT_LEVELS,
        hint: "“none” rules the hypervisor out on this platform.",
      },
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
  "platform-capabilities": {
    fields: [
      {
        name: "met",
        label: "Met on this platform",
        input: "checkbox",
        hint: "Replaces the family's own capability for teams on this platform.",
      },
      { name: "note", label: "Note", input: "textarea" },
      ...evidence,
    ],
    sources: true,
  },
  "broker-support": {
    fields: [
      { name: "supported", label: "The broker supports this family", input: "checkbox" },
      {
        name: "licenceIncluded",
        label: "The broker's subscription includes the platform's licence",
        input: "checkbox",
      },
      { name: "note", label: "Note", input: "textarea" },
      ...evidence,
    ],
    sources: true,
  },
  products: {
    fields: [
      { name: "name", label: "Name", input: "text" },
      { name: "vendor", label: "Vendor", input: "text" },
      {
        name: "lifecycle.status",
        label: "Support status",
        input: "select",
        options: RECORDED_SUPPORT_STATUSES,
        hint: "An end-of-support or not-sold product is never recommended while a supported one of its family fits; a community product is ruled out when vendor support is a must-have.",
      },
      {
        name: "lifecycle.until",
        label: "End of general support",
        input: "nullable-date",
        hint: "Empty when none is announced. Within a team's horizon the product is shown as ending, with this date.",
      },
      { name: "lifecycle.note", label: "Support note", input: "textarea" },
      { name: "lifecycle.asOf", label: "Support status as of", input: "date" },
      { name: "includes", label: "What it includes", input: "textarea", hint: "Management, HA, storage entitlements." },
      { name: "support", label: "Support offering", input: "textarea" },
      { name: "limits", label: "Scale limits", input: "textarea" },
      { name: "suits", label: "Who it suits", input: "textarea" },
      ...evidence,
    ],
    sources: true,
  },
  prices: {
    fields: [
      { name: "item", label: "Cost line wording", input: "text" },
      {
        name: "unit",
        label: "Unit",
        input: "select",
        options: PRICE_UNITS,
        hint: "core-year: per physical core per year; core-perpetual: a one-off licence per core, spread over the horizon.",
      },
      {
        name: "amount",
        label: "Amount per unit",
        input: "optional-number",
        step: "any",
        hint: "Leave empty when no public price exists, and tick “quote required”.",
      },
      { name: "currency", label: "Currency", input: "select", options: CURRENCIES },
      {
        name: "basis",
        label: "Basis",
        input: "select",
        options: PRICE_BASES,
        hint: "list: the vendor's price; typical: what buyers report paying; reported: a secondary, unconfirmed figure.",
      },
      { name: "quoteRequired", label: "Quote required (no public price)", input: "checkbox" },
      { name: "note", label: "Note", input: "textarea" },
      { name: "asOf", label: "As of", input: "date", hint: "When the price was published or last confirmed." },
    ],
    sources: true,
  },
  "exchange-rates": {
    fields: [
      { name: "usd", label: "US dollars per unit", input: "number", step: "any" },
      { name: "note", label: "Note", input: "textarea" },
      { name: "asOf", label: "As of", input: "date", hint: "The date of the reference rate." },
    ],
    sources: true,
  },
};

/** The editable entity ("platform-support") of a collection ("platformSupport"), if it has one. */
export function entityOf(collection: Collection | string): EditableEntity | undefined {
  return (Object.keys(EDITABLE) as EditableEntity[]).find((e) => EDITABLE[e].collection === collection);
}

/** A field's label as its edit form shows it ("As of", "Score (0–10)"), else the field's name. */
export function fieldLabel(collection: Collection | string, field: string): string {
  const entity = entityOf(collection);
  return (entity && ENTRY_FIELDS[entity].fields.find((f) => f.name === field)?.label) || field;
}
