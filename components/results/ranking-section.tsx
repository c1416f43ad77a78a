// The ranking: 0–100 scores as horizontal stacked bars (one segment per criterion's points), a
// legend, and the same numbers as a table that is always in the DOM for screen readers and print.
import type { Evaluation } from "@/lib/decision";
import { RankingBars } from "./ranking-bars";
import { score1 } from "./format";
import chart from "./ranking-chart.module.css";
import styles from "./results.module.css";

type Props = { evaluation: Evaluation; colorIndex: ReadonlyMap<string, number> };

export function RankingSection({ evaluation, colorIndex }: Props) {
  const used = evaluation.weights.filter((w) => w.weight > 0);
  return (
    <section className={styles.section} aria-labelledby="ranking-title">
      <h2 id="ranking-title">Ranking</h2>
      <p className={styles.lead}>
        Each score is the sum, over the criteria, of rating (0–10) × normalised weight × 10, so 100 would mean best in
        class on everything. Each segment is one criterion&apos;s points; the table below lists them.
      </p>
      <RankingBars evaluation={evaluation} colorIndex={colorIndex} />
      <ul className={chart.legend} aria-label="Chart legend">
        {used.map((w) => (
          <li key={w.key}>
            <span className={chart.swatch} data-c={(colorIndex.get(w.key) ?? 0) % 16} aria-hidden="true" />
            {w.name}
          </li>
        ))}
      </ul>
      <h3 id="points-title">Points per criterion</h3>
      <p className="muted">
        Rating × weight × 10 for each criterion; the total is the score. The evidence for each rating is further down.
      </p>
      <div className={styles.tableScroll} role="region" aria-label="Points per criterion (table)" tabIndex={0}>
        <table className={styles.pointsTable} data-testid="points-table" aria-labelledby="points-title">
          <thead>
            <tr>
              <th scope="col">Hypervisor</th>
              {used.map((w) => (
                <th scope="col" key={w.key}>
                  {w.name}
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {evaluation.ranking.map((entry) => (
              <tr key={entry.hypervisor} data-hypervisor={entry.hypervisor}>
                <th scope="row">
                  {entry.name}
                  {!entry.eligible && <span className={styles.ineligibleTag}>Not eligible</span>}
                </th>
                {used.map((w) => {
                  const c = entry.contributions.find((x) => x.criterion === w.key);
                  return <td key={w.key}>{c ? score1(c.points) : "–"}</td>;
                })}
                <td className={styles.total} data-testid="row-total">
                  {score1(entry.score)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
