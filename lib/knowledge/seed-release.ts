// Corrections to the seed that reach databases seeded before them. A release lists the entries it
// changes with what each was before; an installation's entry is replaced only while it still equals
// that old value, so an admin's own edit is kept (and said), and a release applies once by
// construction: after it, no entry equals its old value any more. New entries (before: null) are
// added where the key is absent. Pure: lib/knowledge/seed.ts publishes the result as a new version.
import { entrySchema } from "./documents";
import { entryKey, type Collection } from "./entries";
import type { KnowledgeContent } from "./schema";

export interface ReleaseChange {
  collection: Collection;
  key: string;
  /** The entry as the earlier seed had it; null for an entry the release adds. */
  before: unknown;
}

export interface SeedRelease {
  id: string;
  /** The published version's note, e.g. "December 2026 corrections: …". */
  note: string;
  changes: readonly ReleaseChange[];
}

export interface ReleaseOutcome {
  content: KnowledgeContent;
  /** "ratings kvm/gpu", for the audit log. */
  applied: string[];
  /** Entries an admin changed since the earlier seed: kept as they are. */
  kept: string[];
}

/** JSON with sorted keys, so two equal entries compare equal whatever their field order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export function applyRelease(
  installed: KnowledgeContent,
  seed: KnowledgeContent,
  release: SeedRelease,
): ReleaseOutcome {
  const content = { ...installed } as Record<Collection, unknown[]>;
  const applied: string[] = [];
  const kept: string[] = [];
  for (const { collection, key, before: recorded } of release.changes) {
    // An installation's entries are read through today's schema (an older shape is upgraded on
    // read), so what a release says an entry was is read the same way before comparing.
    const parsed = recorded === null ? null : entrySchema(collection).safeParse(recorded);
    const before = parsed?.success ? parsed.data : recorded;
    const keyOf = (item: unknown) => entryKey(collection, item as never);
    const target = (seed[collection] as unknown[]).find((item) => keyOf(item) === key);
    if (target === undefined) continue; // a later seed dropped it: nothing to bring
    const list = content[collection];
    const at = list.findIndex((item) => keyOf(item) === key);
    const label = `${collection} ${key}`;
    if (at === -1) {
      if (before !== null) continue; // removed by an admin: stays removed
      content[collection] = [...list, target];
      applied.push(label);
    } else if (before !== null && canonical(list[at]) === canonical(before)) {
      content[collection] = list.map((item, i) => (i === at ? target : item));
      applied.push(label);
    } else if (canonical(list[at]) !== canonical(target)) {
      kept.push(label);
    }
  }
  return { content: content as KnowledgeContent, applied, kept };
}
