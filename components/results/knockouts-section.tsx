// Which requirement removed which hypervisor, with the evidence, and who would win without it.
import type { Evaluation, Knockout, KnockoutCause } from "@/lib/decision";
import type { PageKnowledge } from "@/lib/presentation/page-knowledge";
import { mustHaveLabel } from "./platform-section";
import { SourcesList } from "./sources-list";
import { score1 } from "./format";
import styles from "./results.module.css";

export function causeLabel(cause: KnockoutCause): string {
  if (cause === "licensing") return "Licensing policy";
  if (cause === "cloudPlatform") return "Cloud platform";
  if (cause === "vdiBroker") return "VDI broker";
  if (cause === "support") return "Support status";
  if (cause === "ruledOut") return "Ruled out by you";
  return `Must-have: ${mustHaveLabel(cause)}`;
}

/** "Must-have: Confidential computing — a fact of Amazon Web Services" when the platform decided it. */
function knockoutLabel(knockout: Knockout, kb: PageKnowledge): string {
  const label = causeLabel(knockout.mustHave);
  if (!knockout.platform) return label;
  const platform = kb.platforms.find((p) => p.id === knockout.platform)?.name ?? knockout.platform;
  return `${label} — a fact of ${platform}`;
}

export function KnockoutsSection({ evaluation, kb }: { evaluation: Evaluation; kb: PageKnowledge }) {
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
                  <p className={styles.cause}>{knockoutLabel(k, kb)}</p>
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
