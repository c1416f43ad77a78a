// Which requirement removed which hypervisor, with the evidence, and who would win without it.
import type { Evaluation, KnockoutCause } from "@/lib/decision";
import { QUESTIONS } from "@/lib/questionnaire/questions";
import { SourcesList } from "./sources-list";
import { score1 } from "./format";
import styles from "./results.module.css";

const mustHaveLabels = new Map<string, string>(
  (QUESTIONS.find((q) => q.id === "mustHaves")?.options ?? []).map((o) => [o.value, o.label]),
);

function causeLabel(cause: KnockoutCause): string {
  if (cause === "licensing") return "Licensing policy";
  if (cause === "cloudPlatform") return "Cloud platform";
  if (cause === "vdiBroker") return "VDI broker";
  return `Must-have: ${mustHaveLabels.get(cause) ?? cause}`;
}

export function KnockoutsSection({ evaluation }: { evaluation: Evaluation }) {
  const out = evaluation.ranking.filter((e) => !e.eligible);
  if (out.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="knockouts-title">
      <h2 id="knockouts-title">Ruled out</h2>
      <p className={styles.lead}>
        A requirement is not traded against the weights: an option that cannot meet one is out, whatever it scores.
      </p>
      {evaluation.counterfactuals.length > 0 && (
        <ul className={styles.counterfactuals} aria-label="Who would win without each requirement">
          {evaluation.counterfactuals.map((cf) => (
            <li key={cf.cause}>{cf.explanation}</li>
          ))}
        </ul>
      )}
      <div className={styles.knockoutGrid}>
        {out.map((entry) => (
          <article
            key={entry.hypervisor}
            className={styles.card}
            data-testid="knockout"
            aria-labelledby={`ko-${entry.hypervisor}`}
          >
            <h3 id={`ko-${entry.hypervisor}`}>
              {entry.name} <span className={styles.ineligibleTag}>Not eligible</span>
            </h3>
            <p className="muted">Would have scored {score1(entry.score)}.</p>
            <ul className={styles.knockoutList}>
              {entry.knockouts.map((k) => (
                <li key={k.mustHave}>
                  <p className={styles.cause}>{causeLabel(k.mustHave)}</p>
                  <p>{k.reason}</p>
                  <SourcesList sources={k.sources} label={`Sources: ${entry.name}, ${causeLabel(k.mustHave)}`} />
                </li>
              ))}
            </ul>
          </article>
        ))}
      </div>
    </section>
  );
}
