// What changed since the early days, limited to the events that bear on this result.
import type { Evaluation } from "@/lib/decision";
import type { PageKnowledge } from "@/lib/presentation/page-knowledge";
import type { Answers } from "@/lib/questionnaire/answers";
import { selectHistory } from "./history-map";
import { SourcesList } from "./sources-list";
import styles from "./results.module.css";

type Props = { kb: PageKnowledge; answers: Answers; evaluation: Evaluation };

export function HistorySection({ kb, answers, evaluation }: Props) {
  const events = selectHistory(answers, evaluation)
    .map((pick) => ({ pick, event: kb.history.find((h) => h.key === pick.key) }))
    .filter((x): x is { pick: typeof x.pick; event: NonNullable<typeof x.event> } => x.event !== undefined)
    .sort((a, b) => a.event.year - b.event.year);
  if (events.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="history-title">
      <h2 id="history-title">What changed, and why it matters here</h2>
      <ol className={styles.timeline}>
        {events.map(({ pick, event }) => (
          <li key={event.key}>
            <span className={styles.year}>{event.year}</span>
            <div>
              <h3>{event.title}</h3>
              <p className={styles.because}>Shown because {pick.because}.</p>
              <p>{event.body}</p>
              <SourcesList sources={event.sources} label={`Sources: ${event.title}`} />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
