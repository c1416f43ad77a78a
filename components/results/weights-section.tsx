// The weights used and the what-if controls: one slider per criterion (relative importance, the
// same units as the default weights), the rules that set each weight, and a live ranking beside them.
"use client";
import { useHydrated } from "@/components/use-hydrated";
import type { Evaluation } from "@/lib/decision";
import { RankingBars } from "./ranking-bars";
import { RescoringStatus } from "./rescoring-status";
import { WeightsIntro, WeightsList } from "./weights-list";
import type { useWhatIf } from "./use-what-if";
import styles from "./results.module.css";

type Props = {
  evaluation: Evaluation;
  whatIf: ReturnType<typeof useWhatIf>;
  /** The chart colours of the deciding criteria (deciding-criteria.ts). */
  colors: ReadonlyMap<string, number>;
  readOnly: boolean;
};

export function WeightsSection({ evaluation, whatIf, colors, readOnly }: Props) {
  const adjusted = Object.keys(whatIf.overrides).length;
  // Marks when the sliders respond (after hydration); browser tests wait for it.
  const interactive = useHydrated();

  return (
    <section className={styles.section} aria-labelledby="weights-title">
      <WeightsIntro readOnly={readOnly} />
      <div
        className={styles.weightsLayout}
        data-read-only={readOnly || undefined}
        data-interactive={interactive || undefined}
      >
        <WeightsList
          weights={whatIf.weights}
          fromAnswers={whatIf.fromAnswers}
          colors={colors}
          onChange={readOnly ? undefined : whatIf.setWeight}
        />
        {!readOnly && (
          // A region inside the weights section, not an <aside>: a complementary landmark belongs at the
          // top level of the page, and this one lives inside the main content.
          <section className={styles.live} aria-labelledby="live-ranking-title">
            <div className={styles.liveHead}>
              <p className={styles.liveTitle} id="live-ranking-title">
                Live ranking{" "}
                <span className="muted">
                  {adjusted > 0 ? `· ${adjusted} weight${adjusted === 1 ? "" : "s"} adjusted` : "· your answers"}
                </span>
              </p>
              <button type="button" className={styles.button} onClick={whatIf.reset} disabled={adjusted === 0}>
                Reset to my answers
              </button>
            </div>
            <RankingBars evaluation={evaluation} colors={colors} compact />
            {whatIf.notice && (
              <p className={styles.notice} role="status">
                {whatIf.notice}
              </p>
            )}
            {whatIf.overrides !== whatIf.evaluated.overrides && (
              <RescoringStatus loading={whatIf.loading} retry={whatIf.retry} />
            )}
          </section>
        )}
      </div>
    </section>
  );
}
