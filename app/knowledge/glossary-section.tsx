// The terms of the trade the knowledge base uses, each in plain words: the entries every term link on
// the site leads to, one anchor each (term-<id>).
import { GLOSSARY, glossaryAnchor } from "@/lib/presentation/glossary";
import styles from "./page.module.css";

export function GlossarySection() {
  return (
    <section aria-labelledby="glossary">
      <h2 id="glossary">Terms</h2>
      <p className="muted">
        The abbreviations and product terms used on this site, in plain words. Wherever one is underlined with dots, it
        links here.
      </p>
      <dl className={styles.glossary}>
        {GLOSSARY.map((entry) => (
          <div key={entry.id} id={glossaryAnchor(entry.id)} className={styles.term}>
            <dt>
              <dfn>{entry.term}</dfn>
              {entry.expansion && <span className={styles.expansion}> — {entry.expansion}</span>}
            </dt>
            <dd>{entry.explanation}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
