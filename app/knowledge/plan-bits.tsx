// Small pieces the knowledge page's plan sections share: a dated "as of" with its staleness flag,
// and a list of source links (the first shown, the rest one click away).
import type { Source } from "@/lib/knowledge/schema";
import { formatAsOf, isStale, STALE_AFTER_MONTHS } from "@/lib/knowledge/staleness";
import styles from "./plan.module.css";

export function AsOf({ date, now, prefix = "As of" }: { date: string; now: Date; prefix?: string }) {
  const stale = isStale(date, now);
  return (
    <span className={styles.asOf}>
      {prefix && `${prefix} `}
      <time dateTime={date}>{formatAsOf(date)}</time>
      {stale && (
        <span className={styles.stale} title={`Evidence older than ${STALE_AFTER_MONTHS} months`}>
          Possibly stale
        </span>
      )}
    </span>
  );
}

function SourceLink({ source }: { source: Source }) {
  return (
    <a href={source.url} rel="noopener noreferrer" target="_blank">
      {source.title}
    </a>
  );
}

/** All sources as an inline list. */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ul className={styles.sourceList}>
      {sources.map((source) => (
        <li key={source.url + source.title}>
          <SourceLink source={source} />
          {source.publisher && <span className="muted"> — {source.publisher}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The first source as a link; any others behind a disclosure, for narrow table cells. */
export function SourceCell({ sources }: { sources: readonly Source[] }) {
  const [first, ...rest] = sources;
  if (!first) return <span className="muted">—</span>;
  return (
    <>
      <SourceLink source={first} />
      {rest.length > 0 && (
        <details className={styles.more}>
          <summary>
            {rest.length} more source{rest.length === 1 ? "" : "s"}
          </summary>
          <SourceList sources={rest} />
        </details>
      )}
    </>
  );
}

/** The last column of the plan tables: the sources, then the as-of date with its staleness flag. */
export function SourcedCell({ sources, asOf, now }: { sources: readonly Source[]; asOf: string; now: Date }) {
  return (
    <td className={styles.source}>
      <SourceCell sources={sources} />
      <AsOf date={asOf} now={now} />
    </td>
  );
}
