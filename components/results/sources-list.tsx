// A compact list of source links, the same wording as the knowledge page's evidence panel.
import type { Source } from "@/lib/knowledge/schema";
import styles from "./results.module.css";

export function SourcesList({ sources, label = "Sources" }: { sources: readonly Source[]; label?: string }) {
  if (sources.length === 0) return null;
  return (
    <ul className={styles.sources} aria-label={label}>
      {sources.map((s) => (
        <li key={s.url + s.title}>
          <a href={s.url} rel="noopener noreferrer" target="_blank">
            {s.title}
          </a>
          {s.publisher && <span className="muted"> — {s.publisher}</span>}
          <span className={styles.printUrl}> {s.url}</span>
        </li>
      ))}
    </ul>
  );
}
