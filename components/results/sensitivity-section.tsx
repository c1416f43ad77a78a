// How fragile the result is: the tornado of stable weight ranges, the smallest change that flips
// the winner, and how often each option wins across sampled weightings.
import type { CriterionSensitivity, Evaluation } from "@/lib/decision";
import { wholePercentages } from "@/lib/presentation/whole-percentages";
import { percent1 } from "./format";
import { relevantSmallestChange } from "./relevant-change";
import styles from "./results.module.css";
import tornado from "./sensitivity.module.css";

/** A range bound: 0% and 100% read as such, anything else to one decimal. */
const bound = (w: number) => (w <= 0 ? "0%" : w >= 1 ? "100%" : percent1(w));

/** How far the weight can move before the winner changes (Infinity when it never does). */
function slack(c: CriterionSensitivity): number {
  const below = c.belowTakenBy ? c.weight - c.stableFrom : Infinity;
  const above = c.aboveTakenBy ? c.stableTo - c.weight : Infinity;
  return Math.min(below, above);
}

export function SensitivitySection({ evaluation }: { evaluation: Evaluation }) {
  const { sensitivity, robustness } = evaluation;
  if (!sensitivity || !robustness) return null;
  const names = new Map(evaluation.ranking.map((e) => [e.hypervisor, e.name]));
  const nameOf = (id: string | null) => (id ? (names.get(id as never) ?? id) : "");
  const rows = sensitivity.criteria
    .filter((c) => c.weight > 0)
    .map((c) => ({ c, slack: slack(c) }))
    .sort((a, b) => a.slack - b.slack || a.c.stableTo - a.c.stableFrom - (b.c.stableTo - b.c.stableFrom));
  const change = relevantSmallestChange(evaluation);
  const winnerName = nameOf(evaluation.winner);
  // Whole percentages that add up to 100 (each rounded alone, three options could print 101 %).
  const eligible = evaluation.ranking.filter((e) => e.eligible);
  const whole = wholePercentages(eligible.map((e) => robustness.shares[e.hypervisor] ?? 0));
  const shownShares = new Map(eligible.map((e, i) => [e.hypervisor, whole[i]!]));

  return (
    <section className={styles.section} aria-labelledby="sensitivity-title">
      <h2 id="sensitivity-title">How sensitive is this to the weights?</h2>
      <p className={styles.lead} data-testid="smallest-change">
        {change
          ? `The smallest single change, on a criterion your answers involve, that alters the winner: ${change.direction === "increase" ? "raise" : "lower"} the weight of ${change.name} from ${percent1(change.from)} to ${percent1(change.to)} (${change.direction === "increase" ? "+" : "−"}${(Math.abs(change.change) * 100).toFixed(1)} percentage points), and ${nameOf(change.newWinner)} overtakes ${nameOf(change.fromWinner)}.`
          : sensitivity.smallestChange
            ? `No change to the weight of a criterion your answers involve makes another option win: ${winnerName} stays first over every such weight from 0% to 100%.`
            : `No change to a single criterion's weight makes another option win: ${winnerName} stays first over every weight from 0% to 100%.`}
      </p>
      <h3>Stable range of each weight</h3>
      {rows.every((r) => r.slack === Infinity) ? (
        <p className="muted" data-testid="tornado-empty">
          {evaluation.ranking.filter((e) => e.eligible).length === 1
            ? `${winnerName} is the only eligible option, so no weighting can change the winner.`
            : `Every criterion's weight can go from 0% to 100% without changing the winner.`}
        </p>
      ) : (
        <>
          <p className="muted">
            Each row moves one criterion&apos;s share of the total from 0% to 100% while the others keep their
            proportions. In the shaded range {winnerName} stays first; the mark is today&apos;s weight. Tightest first.
          </p>
          <ol className={tornado.tornado} aria-label="Stable weight ranges, tightest first">
            {rows.map(({ c }) => (
              <li key={c.criterion} className={tornado.row}>
                <span className={tornado.name}>{c.name}</span>
                <span className={tornado.track} aria-hidden="true">
                  <span
                    className={tornado.band}
                    style={{ left: `${c.stableFrom * 100}%`, width: `${(c.stableTo - c.stableFrom) * 100}%` }}
                  />
                  <span className={tornado.mark} style={{ left: `${c.weight * 100}%` }} />
                </span>
                <span className={tornado.text}>
                  <strong>{percent1(c.weight)}</strong> now, stable {bound(c.stableFrom)}–{bound(c.stableTo)}
                  {c.belowTakenBy && <span className={tornado.takeover}>below: {nameOf(c.belowTakenBy)} wins</span>}
                  {c.aboveTakenBy && <span className={tornado.takeover}>above: {nameOf(c.aboveTakenBy)} wins</span>}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      <h3 id="plausible-weightings">Share of plausible weightings won</h3>
      <p className="muted">
        {robustness.samples.toLocaleString("en-GB")} weightings drawn around yours, re-scored among the eligible
        options: each weight is multiplied by a random factor, about two in three of them between{" "}
        {Math.exp(-robustness.sigma).toFixed(1)}× and {Math.exp(robustness.sigma).toFixed(1)}×.
      </p>
      <ul className={tornado.shares} aria-label="Share of sampled weightings each hypervisor wins">
        {evaluation.ranking.map((e) => {
          const share = e.eligible ? (robustness.shares[e.hypervisor] ?? 0) : null;
          const whole = shownShares.get(e.hypervisor);
          return (
            <li key={e.hypervisor} className={tornado.shareRow}>
              <span>{e.name}</span>
              <span className={tornado.shareTrack} aria-hidden="true">
                {share !== null && <span className={tornado.shareFill} style={{ width: `${share * 100}%` }} />}
              </span>
              <span className={tornado.shareValue}>{whole === undefined ? "not eligible" : `${whole}%`}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
