// Renders a knowledge-base diff: per collection, entries added, removed, and changed field by field
// (text fields word by word).
import { COLLECTION_LABELS, COLLECTIONS } from "@/lib/knowledge/entries";
import type { KnowledgeDiff } from "@/lib/knowledge/diff";
import styles from "./admin.module.css";
import { fieldLabel } from "./entry-fields";
import { WordDiff } from "./word-diff";

const show = (value: unknown) => (typeof value === "string" ? value : (JSON.stringify(value, null, 2) ?? "—"));

type Props = {
  diff: KnowledgeDiff;
  /** An entry's key in words (describeEntryKey): "KVM · Licence and subscription cost". */
  describeKey?: (key: string) => string;
};

export function DiffView({ diff, describeKey = (key) => key }: Props) {
  const touched = COLLECTIONS.filter((c) => diff[c].added.length + diff[c].removed.length + diff[c].changed.length > 0);
  if (touched.length === 0) return <p>No differences.</p>;
  return (
    <>
      {touched.map((collection) => {
        const part = diff[collection];
        return (
          <section key={collection} aria-labelledby={`diff-${collection}`}>
            <h2 id={`diff-${collection}`}>
              {COLLECTION_LABELS[collection]}{" "}
              <span className="muted">
                ({part.changed.length} changed, {part.added.length} added, {part.removed.length} removed)
              </span>
            </h2>
            <ul>
              {part.changed.map((entry) => (
                <li key={`c-${entry.key}`}>
                  <strong>{describeKey(entry.key)}</strong> changed
                  <ul>
                    {entry.fields.map((f) => (
                      <li key={f.field}>
                        {fieldLabel(collection, f.field)}:
                        {typeof f.before === "string" && typeof f.after === "string" ? (
                          <WordDiff before={f.before} after={f.after} />
                        ) : (
                          <>
                            <div className={styles.before}>
                              <span className="visually-hidden">Before: </span>
                              {show(f.before)}
                            </div>
                            <div className={styles.after}>
                              <span className="visually-hidden">After: </span>
                              {show(f.after)}
                            </div>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
              {part.added.map((entry) => (
                <li key={`a-${entry.key}`}>
                  <strong>{describeKey(entry.key)}</strong> added<div className={styles.after}>{show(entry.after)}</div>
                </li>
              ))}
              {part.removed.map((entry) => (
                <li key={`r-${entry.key}`}>
                  <strong>{describeKey(entry.key)}</strong> removed
                  <div className={styles.before}>{show(entry.before)}</div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
