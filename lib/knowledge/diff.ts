// What changed between two knowledge-base contents, per collection: entries added, removed, and
// changed field by field (before → after). Pure; used by the version diff page, publish and import.
import { COLLECTIONS, entryKey, type Collection } from "./entries";
import type { KnowledgeContent } from "./schema";

export type FieldChange = { field: string; before: unknown; after: unknown };
export type CollectionDiff = {
  added: { key: string; after: unknown }[];
  removed: { key: string; before: unknown }[];
  changed: { key: string; fields: FieldChange[] }[];
};
export type KnowledgeDiff = Record<Collection, CollectionDiff>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields whose values differ between two versions of one entry (the audit log reads it too). */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((field) => !same(before[field], after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}

function diffCollection<C extends Collection>(
  collection: C,
  from: KnowledgeContent,
  to: KnowledgeContent,
): CollectionDiff {
  type Entry = Record<string, unknown>;
  const index = (content: KnowledgeContent) =>
    new Map(
      (content[collection] as KnowledgeContent[C][number][]).map((item) => [entryKey(collection, item), item as Entry]),
    );
  const before = index(from);
  const after = index(to);
  const result: CollectionDiff = { added: [], removed: [], changed: [] };
  for (const [key, item] of after) {
    const old = before.get(key);
    if (!old) {
      result.added.push({ key, after: item });
      continue;
    }
    const fields = diffFields(old, item);
    if (fields.length > 0) result.changed.push({ key, fields });
  }
  for (const [key, item] of before) if (!after.has(key)) result.removed.push({ key, before: item });
  return result;
}

export function diffKnowledge(from: KnowledgeContent, to: KnowledgeContent): KnowledgeDiff {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, diffCollection(c, from, to)])) as KnowledgeDiff;
}

export function countChanges(diff: KnowledgeDiff): number {
  return COLLECTIONS.reduce(
    (sum, c) => sum + diff[c].added.length + diff[c].removed.length + diff[c].changed.length,
    0,
  );
}

/** Only the collections that changed, for audit entries that should stay small. */
export function compactDiff(diff: KnowledgeDiff): Partial<KnowledgeDiff> {
  return Object.fromEntries(
    COLLECTIONS.filter((c) => diff[c].added.length + diff[c].removed.length + diff[c].changed.length > 0).map((c) => [
      c,
      diff[c],
    ]),
  );
}
