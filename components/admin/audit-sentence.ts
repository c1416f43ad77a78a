// An audit entry as a sentence an administrator reads at a glance ("a.admin changed the rating KVM ·
// Licence and subscription cost: Score (0–10) 10 → 3.5"); the stored JSON stays one click away on the
// audit page. Pure: the caller passes how keys and fields read in words.
import type { AuditRecord } from "@/lib/admin/audit-service";
import { EDITABLE } from "@/lib/admin/schema";
import { diffFields } from "@/lib/knowledge/diff";
import { entityOf, fieldLabel } from "./entry-fields";

/** Values longer than this are said to have been rewritten rather than quoted. */
const QUOTE_MAX = 40;

function who(entry: AuditRecord): string {
  if (entry.actor === "system") return "The system";
  return entry.actor || "Someone with the shared password";
}

function quote(value: unknown): string {
  if (value === null || value === undefined || value === "") return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  return typeof value === "string" ? value : JSON.stringify(value);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** "Score (0–10) 10 → 3.5, As of 2026-10-01 → 2026-11-24, rationale rewritten". */
export function describeChanges(before: unknown, after: unknown, label: (field: string) => string): string {
  if (!isRecord(before) || !isRecord(after)) return "";
  return diffFields(before, after)
    .map(({ field, before: old, after: now }) => {
      const [from, to] = [quote(old), quote(now)];
      if (field === "sources") return "its sources changed";
      if (from.length > QUOTE_MAX || to.length > QUOTE_MAX) return `${label(field).toLowerCase()} rewritten`;
      return `${label(field)} ${from} → ${to}`;
    })
    .join(", ");
}

const version = (key: string) => key.replace(/\bkb-(\d+)\b/, "version $1");

export function auditSentence(entry: AuditRecord, describeKey: (key: string) => string): string {
  const actor = who(entry);
  switch (entry.action) {
    case "login":
      return `${actor} signed in.`;
    case "logout":
      return `${actor} signed out.`;
    case "publish":
      return `${actor} published ${version(entry.key)}.`;
    case "discard":
      return `${actor} discarded the ${version(entry.key)}.`;
    case "import":
      return `${actor} imported a file as the ${version(entry.key)}.`;
    case "account": {
      if (entry.before === null && isRecord(entry.after))
        return `${actor} added the account ${entry.key} as ${quote(entry.after.role)}.`;
      const changes = describeChanges(entry.before, entry.after, (f) => f);
      return `${actor} changed the account ${entry.key}${changes ? `: ${changes}` : ""}.`;
    }
    case "edit": {
      // Edits are recorded under their collection ("platformSupport"), not the editor's entity name.
      const entity = entityOf(entry.entity);
      const noun = entity ? EDITABLE[entity].label : entry.entity;
      const label = (field: string) => fieldLabel(entry.entity, field);
      const what = `the ${noun} ${describeKey(entry.key)}`;
      if (entry.before === null) return `${actor} added ${what}.`;
      if (entry.after === null) return `${actor} removed ${what}.`;
      const changes = describeChanges(entry.before, entry.after, label);
      return `${actor} changed ${what}${changes ? `: ${changes}` : " (no field changed)"}.`;
    }
    default:
      return `${actor}: ${entry.action} ${entry.entity} ${entry.key}.`;
  }
}
