// The headline: the product to buy and its family, by how much it wins, how sure, and why in words;
// or plainly that nothing qualifies. A product whose support is not plain vendor support says so here,
// with its date. Evaluations saved before products were named (no product) name the family only.
// Scores are whole points here: a tenth of a point is below what the ratings can tell apart (a lead
// under one point is a tie); the ranking's table keeps one decimal, so the sums can be checked.
// When a cheaper eligible option exists, the verdict says what the recommendation costs beyond it.
import type { Evaluation } from "@/lib/decision";
import { CONFIDENCE_WORDS, score0 } from "./format";
import { SupportBadge } from "./support-badge";
import styles from "./results.module.css";

/** "A KVM product", "An …": the article that opens the line under the product's name. */
const article = (name: string) => (/^[aeiou]/i.test(name) ? "An" : "A");

export function Verdict({ evaluation, overridden }: { evaluation: Evaluation; overridden: boolean }) {
  const winner = evaluation.ranking.find((e) => e.hypervisor === evaluation.winner);
  const runnerUp = evaluation.ranking.find((e) => e.hypervisor === evaluation.runnerUp);
  const { confidence } = evaluation;
  // Saved before products were named: no product; saved before support statuses: no support.
  const product = winner?.product ?? null;
  const support = product?.support ?? null;
  // The engine's own sentence (also the end of the plan's summary); plans saved before it have none.
  const dearer = evaluation.plan?.cheapest?.explanation;

  if (!winner) {
    return (
      <section className={styles.verdict} aria-labelledby="verdict-title">
        <p className={styles.eyebrow}>Recommendation</p>
        <h1 id="verdict-title">No hypervisor meets every requirement</h1>
        <p>
          Each of the four is ruled out by at least one of your must-haves, your licensing policy or your cloud
          platform. The knockouts below say which requirement removed each one and who would win without it.
        </p>
      </section>
    );
  }

  return (
    <section className={styles.verdict} aria-labelledby="verdict-title">
      <p className={styles.eyebrow}>{overridden ? "Recommendation with your adjusted weights" : "Recommendation"}</p>
      <h1 id="verdict-title" className={styles.winnerLine}>
        {product ? (
          <span data-testid="winner-product">{product.name}</span>
        ) : (
          <span data-testid="winner-name">{winner.name}</span>
        )}
        <span className={styles.winnerScore}>
          <span data-testid="winner-score">{score0(winner.score)}</span>
          <span className={styles.outOf}> / 100</span>
        </span>
      </h1>
      {product && (
        <p className={styles.winnerFamily}>
          {article(winner.name)}{" "}
          <span className={styles.familyName} data-testid="winner-name">
            {winner.name}
          </span>{" "}
          product from {product.vendor}
        </p>
      )}
      {support && support.status !== "supported" && (
        <p className={styles.winnerSupport} data-testid="winner-support">
          <SupportBadge support={support} /> <span>{support.note}</span>
        </p>
      )}
      {confidence && (
        <p className={styles.confidence}>
          <span className={styles.badge} data-confidence={confidence.label}>
            {CONFIDENCE_WORDS[confidence.label]}
          </span>
          <span>
            {confidence.explanation}
            {/* Only the explanations that quote a share of weightings (see lib/decision/confidence.ts). */}
            {evaluation.robustness && runnerUp && confidence.label !== "tie" && (
              <>
                {" "}
                <a href="#plausible-weightings" className={styles.explain}>
                  What plausible weightings are
                </a>
              </>
            )}
          </span>
        </p>
      )}
      {runnerUp && (
        <p className="muted">
          Runner-up: {runnerUp.name}
          {runnerUp.product ? ` (${runnerUp.product.name})` : ""} with {score0(runnerUp.score)}.
        </p>
      )}
      {dearer && (
        <p className={styles.verdictMoney} data-testid="verdict-money">
          {dearer}
        </p>
      )}
      {evaluation.topReasons.length > 0 && (
        <>
          <h2 className={styles.reasonsTitle}>Why {winner.name}</h2>
          <ul className={styles.reasons}>
            {evaluation.topReasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
