// Hand-made stacked bars (CSS, no chart library): one row per hypervisor on a 0–100 track.
import type { Evaluation } from "@/lib/decision";
import { describePoints, score1 } from "./format";
import chart from "./ranking-chart.module.css";

/** Short names where space is tight (the live ranking beside the sliders). */
const SHORT_NAMES: Record<string, string> = { esxi: "ESXi", "hyper-v": "Hyper-V", kvm: "KVM", xen: "Xen" };

type Props = { evaluation: Evaluation; colorIndex: ReadonlyMap<string, number>; compact?: boolean };

export function RankingBars({ evaluation, colorIndex, compact = false }: Props) {
  return (
    <ol
      className={chart.chart}
      data-compact={compact || undefined}
      data-testid={compact ? "live-chart" : "ranking-chart"}
      aria-label={compact ? "Live ranking" : "Scores out of 100"}
    >
      {evaluation.ranking.map((entry) => (
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
            {entry.contributions
              .filter((c) => c.points > 0)
              .map((c) => (
                <span
                  key={c.criterion}
                  className={chart.segment}
                  data-c={(colorIndex.get(c.criterion) ?? 0) % 16}
                  style={{ width: `${c.points}%` }}
                  title={compact ? undefined : `${entry.name} · ${c.name}: ${describePoints(c)}`}
                />
              ))}
          </span>
          <span className={chart.score} data-testid="bar-score">
            {score1(entry.score)}
          </span>
        </li>
      ))}
    </ol>
  );
}
