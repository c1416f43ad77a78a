// The weights used and the what-if controls: one slider per criterion (relative importance, the
// same units as the default weights), the rules that set each weight, and a live ranking beside them.
"use client";
import { useMemo } from "react";
import { useHydrated } from "@/components/use-hydrated";
import { DERIVED_ACTIVATION, scoreAnswers, type Evaluation } from "@/lib/decision";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { RankingBars } from "./ranking-bars";
import { useResultsState } from "./results-context";
import { WeightControl } from "./weight-control";
import type { useWhatIf } from "./use-what-if";
import { raw1 } from "./format";
import chart from "./ranking-chart.module.css";
import styles from "./results.module.css";

/** Why a derived criterion carries no weight, in the answers' terms. */
const INACTIVE_WORDS: Record<string, string> = {
  "platform-fit": "no cloud platform was chosen",
  "team-fit": "nothing runs today and no team skills were given",
};

type Props = {
  kb: KnowledgeBase;
  evaluation: Evaluation;
  whatIf: ReturnType<typeof useWhatIf>;
  colorIndex: ReadonlyMap<string, number>;
  readOnly: boolean;
};

export function WeightsSection({ kb, evaluation, whatIf, colorIndex, readOnly }: Props) {
  const { answers } = useResultsState();
  // The weights the answers alone give, to show next to an adjusted one.
  const fromAnswers = useMemo(
    () => new Map(scoreAnswers({ answers, kb }).weights.map((w) => [w.key, w.raw])),
    [answers, kb],
  );
  const adjusted = Object.keys(whatIf.overrides).length;
  // Marks when the sliders respond (after hydration); browser tests wait for it.
  const interactive = useHydrated();

  return (
    <section className={styles.section} aria-labelledby="weights-title">
      <h2 id="weights-title">{readOnly ? "Weights used" : "Weights, and what if they were different"}</h2>
      <p className={styles.lead}>
        Each criterion starts at its default importance; your answers multiply it through the rules listed; the shares
        are the weights normalised to 100%.
        {!readOnly &&
          " Move a slider to try other priorities: the page re-scores at once, and the link keeps your changes."}
      </p>
      <div
        className={styles.weightsLayout}
        data-read-only={readOnly || undefined}
        data-interactive={interactive || undefined}
      >
        <ol className={styles.weightList}>
          {evaluation.weights.map((w) => {
            const base = fromAnswers.get(w.key) ?? w.defaultWeight;
            const inactive = w.kind === "derived" && base === 0 && !w.overridden;
            return (
              <li key={w.key} className={styles.weightRow} data-overridden={w.overridden || undefined}>
                <WeightControl
                  criterionKey={w.key}
                  name={w.name}
                  raw={w.raw}
                  share={w.weight}
                  disabled={inactive}
                  readOnly={readOnly}
                  swatch={
                    <span className={chart.swatch} data-c={(colorIndex.get(w.key) ?? 0) % 16} aria-hidden="true" />
                  }
                  onChange={whatIf.setWeight}
                />
                <div className={styles.weightWhy}>
                  {inactive ? (
                    <span>
                      Not used:{" "}
                      {INACTIVE_WORDS[w.key] ??
                        DERIVED_ACTIVATION[w.key]?.label ??
                        "it does not apply to these answers"}
                      .
                    </span>
                  ) : w.overridden ? (
                    <span>
                      Set by you to {raw1(w.raw)}; your answers give {raw1(base)}.
                    </span>
                  ) : (
                    <span>
                      Default {raw1(w.defaultWeight)}
                      {w.rules.length > 0 ? <> → {raw1(w.raw)} by:</> : ", no rule changes it."}
                    </span>
                  )}
                  {!w.overridden && w.rules.length > 0 && (
                    <ul className={styles.rules}>
                      {w.rules.map((r) => (
                        <li key={r.id}>{r.label}</li>
                      ))}
                    </ul>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
        {!readOnly && (
          <aside className={styles.live} aria-label="Live ranking">
            <p className={styles.liveTitle}>
              Live ranking{" "}
              <span className="muted">
                {adjusted > 0 ? `· ${adjusted} weight${adjusted === 1 ? "" : "s"} adjusted` : "· your answers"}
              </span>
            </p>
            <RankingBars evaluation={evaluation} colorIndex={colorIndex} compact />
            {whatIf.notice && (
              <p className={styles.notice} role="status">
                {whatIf.notice}
              </p>
            )}
            <button type="button" className={styles.button} onClick={whatIf.reset} disabled={adjusted === 0}>
              Reset to my answers
            </button>
          </aside>
        )}
      </div>
    </section>
  );
}
