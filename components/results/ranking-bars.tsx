// Hand-made stacked bars (CSS, no chart library): one row per hypervisor on a labelled 0–100 track.
// The criteria that decide the result have a colour each and the rest share one (deciding-criteria.ts);
// under each full-size bar its values are printed, so nothing needs a hover to be read.
import type { Evaluation } from "@/lib/decision";
import { barSegments } from "@/lib/presentation/deciding-criteria";
import { score1 } from "./format";
import chart from "./ranking-chart.module.css";

/** Short names where space is tight (the live ranking beside the sliders, the points table). */
export const SHORT_NAMES: Record<string, string> = { esxi: "ESXi", "hyper-v": "Hyper-V", kvm: "KVM", xen: "Xen" };

const TICKS = [0, 25, 50, 75, 100];

type Props = { evaluation: Evaluation; colors: ReadonlyMap<string, number>; compact?: boolean };

export function RankingBars({ evaluation, colors, compact = false }: Props) {
  return (
    <div className={chart.figure} data-compact={compact || undefined}>
      <ol
        className={chart.chart}
        data-testid={compact ? "live-chart" : "ranking-chart"}
        aria-label={compact ? "Live ranking" : "Scores out of 100"}
      >
        {evaluation.ranking.map((entry) => {
          const segments = barSegments(entry, colors);
          return (
            <li
              key={entry.hypervisor}
              className={chart.row}
              data-eligible={entry.eligible}
              data-testid="chart-bar"
              data-hypervisor={entry.hypervisor}
            >
              <span className={chart.name}>
                {compact ? (SHORT_NAMES[entry.hypervisor] ?? entry.name) : entry.name}
                {!entry.eligible && <span className={chart.out}>Not eligible</span>}
              </span>
              <span className={chart.track} aria-hidden="true">
                {segments
                  .filter((s) => s.points > 0)
                  .map((s) => (
                    <span key={s.key} className={chart.segment} data-slot={s.slot} style={{ width: `${s.points}%` }} />
                  ))}
              </span>
              <span className={chart.score} data-testid="bar-score">
                {score1(entry.score)}
              </span>
              {!compact && (
                <span className={chart.values} aria-hidden="true" data-testid="bar-values">
                  {segments.map((s) => (
                    <span key={s.key}>
                      <span className={chart.swatch} data-slot={s.slot} />
                      {s.slot === "other" ? `other ${score1(s.points)}` : score1(s.points)}
                    </span>
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {!compact && (
        <div className={chart.axis} aria-hidden="true">
          <span className={chart.axisTicks}>
            {TICKS.map((tick) => (
              <span key={tick} style={{ left: `${tick}%` }}>
                {tick}
              </span>
            ))}
          </span>
        </div>
      )}
    </div>
  );
}
