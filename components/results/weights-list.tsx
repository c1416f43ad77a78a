// The weights an evaluation used, one row per criterion: its share, and why it has that weight (the
// default, the rules that changed it, or the user's own value). Without `onChange` the rows are read
// only and the list renders on the server (a shared recommendation); with it each row is a slider.
import type { ReactNode } from "react";
import type { CriterionWeight } from "@/lib/decision";
import { DERIVED_ACTIVATION } from "@/lib/decision/weight-rules";
import { importance1, percent1 } from "./format";
import { SLIDER_MAX, WeightControl } from "./weight-control";
import chart from "./ranking-chart.module.css";
import styles from "./results.module.css";

/** Why a derived criterion carries no weight, in the answers' terms. */
const INACTIVE_WORDS: Record<string, string> = {
  "platform-fit": "no cloud platform was chosen",
  "team-fit": "nothing runs today and no team skills were given",
};

type Props = {
  /** The weights to show: an evaluation's, or (while the page re-scores) the ones just set. */
  weights: readonly CriterionWeight[];
  /** The raw weight each criterion gets from the answers alone, to show next to an adjusted one. */
  fromAnswers: ReadonlyMap<string, number>;
  /** Chart colour slots of the deciding criteria; the rest get the "other" swatch. */
  colors: ReadonlyMap<string, number>;
  onChange?: (key: string, value: number) => void;
};

function ReadOnlyWeight({ name, share, swatch }: { name: string; share: number; swatch: ReactNode }) {
  return (
    <div className={styles.control} data-read-only="true">
      <span className={styles.controlLabel}>
        {swatch}
        {name}
      </span>
      <span className={styles.share}>{percent1(share)}</span>
    </div>
  );
}

export function WeightsList({ weights, fromAnswers, colors, onChange }: Props) {
  const swatch = (key: string) => (
    <span className={chart.swatch} data-slot={colors.get(key) ?? "other"} aria-hidden="true" />
  );
  return (
    <ol className={styles.weightList}>
      {weights.map((w) => {
        const base = fromAnswers.get(w.key) ?? w.defaultWeight;
        const inactive = w.kind === "derived" && base === 0 && !w.overridden;
        return (
          <li key={w.key} className={styles.weightRow} data-overridden={w.overridden || undefined}>
            {onChange ? (
              <WeightControl
                criterionKey={w.key}
                name={w.name}
                raw={w.raw}
                share={w.weight}
                disabled={inactive}
                swatch={swatch(w.key)}
                onChange={onChange}
              />
            ) : (
              <ReadOnlyWeight name={w.name} share={w.weight} swatch={swatch(w.key)} />
            )}
            <div className={styles.weightWhy}>
              {inactive ? (
                <span>
                  Not used:{" "}
                  {INACTIVE_WORDS[w.key] ?? DERIVED_ACTIVATION[w.key]?.label ?? "it does not apply to these answers"}.
                </span>
              ) : w.overridden ? (
                <span>
                  Importance {importance1(w.raw)}, set by you; your answers give {importance1(base)}.
                </span>
              ) : (
                <span>
                  Importance {importance1(w.defaultWeight)} by default
                  {w.rules.length > 0 ? <>, {importance1(w.raw)} from your answers:</> : "; no answer changes it."}
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
  );
}

/** The section's title and lead: "Weights used" on a shared page, the what-if invitation on results. */
export function WeightsIntro({ readOnly }: { readOnly: boolean }) {
  return (
    <>
      <h2 id="weights-title">{readOnly ? "Weights used" : "Weights, and what if they were different"}</h2>
      <p className={styles.lead}>
        Each criterion has an importance: a default, multiplied by the rules your answers trigger (listed under it). The
        percentage beside it is its share of the total importance, and that share is what the scores use.
        {!readOnly &&
          ` Move a slider (importance 0 to ${SLIDER_MAX}) to try other priorities: the shares and the scores follow at once, and the link keeps your changes.`}
      </p>
    </>
  );
}
