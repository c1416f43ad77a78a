// The ranking: 0–100 scores as horizontal stacked bars, the deciding criteria coloured and named in
// the legend, and every number in a table with the criteria as rows and the hypervisors as columns
// (four columns fit a phone; sixteen did not). The table is always in the DOM for screen readers
// and print.
import type { Evaluation } from "@/lib/decision";
import { andList } from "@/lib/presentation/and-list";
import type { Deciding } from "@/lib/presentation/deciding-criteria";
import { RankingBars, SHORT_NAMES } from "./ranking-bars";
import { BASIS_TAGS, percent1, score1 } from "./format";
import chart from "./ranking-chart.module.css";
import styles from "./results.module.css";
import { TableScroll } from "@/components/table-scroll";

/** Marks on points whose rating is not the knowledge base's own figure (explained under the table). */
const BASIS_MARKS = { "estate-cost": "*", "no-price": "†" } as const;

/**
 * Says, under the points, which licence-cost ratings this estate changed and why the knowledge page
 * shows other figures: rated from the estate's priced cost, or kept because there is no price.
 */
function BasisNote({ evaluation }: { evaluation: Evaluation }) {
  const names = (basis: keyof typeof BASIS_MARKS) =>
    evaluation.ranking
      .filter((entry) => entry.contributions.some((c) => c.basis === basis))
      .map((entry) => SHORT_NAMES[entry.hypervisor] ?? entry.name);
  const computed = names("estate-cost");
  const unpriced = names("no-price");
  if (computed.length === 0 && unpriced.length === 0) return null;
  return (
    <ul className={styles.basisNote} data-testid="rating-basis-note">
      {computed.length > 0 && (
        <li>
          <span aria-hidden="true">* </span>Licence cost for {andList(computed)}: rated from what your estate would pay
          in licences and subscriptions per physical core a year, not the knowledge base&apos;s general figure (which
          the knowledge page shows). The evidence below gives the arithmetic.
        </li>
      )}
      {unpriced.length > 0 && (
        <li>
          <span aria-hidden="true">† </span>Licence cost for {andList(unpriced)}: no public price for this estate, so
          not rated from it; the knowledge base&apos;s rating stands until you enter a quote.
        </li>
      )}
    </ul>
  );
}

/** `deciding` is decidingCriteria(evaluation), worked out once by the page for every chart on it. */
type Props = { evaluation: Evaluation; deciding: Deciding };

export function RankingSection({ evaluation, deciding: { colors, first, rival } }: Props) {
  const used = evaluation.weights.filter((w) => w.weight > 0);
  const deciding = used.filter((w) => colors.has(w.key)).sort((a, b) => colors.get(a.key)! - colors.get(b.key)!);
  const others = used.length - deciding.length;
  const contribution = (entry: Evaluation["ranking"][number], key: string) =>
    entry.contributions.find((c) => c.criterion === key);

  return (
    <section className={styles.section} aria-labelledby="ranking-title">
      <h2 id="ranking-title">Ranking</h2>
      <p className={styles.lead}>
        Each score is the sum, over the criteria, of rating (0–10) × normalised weight × 10, so 100 would mean best in
        class on everything.
        {first && rival && deciding.length > 0 && (
          <>
            {" "}
            Coloured: the {deciding.length === 1 ? "criterion" : `${deciding.length} criteria`} with the largest gap
            between {first.name} and {rival.name}
            {others > 0 && <>; grey: the other {others}</>}. The values under each bar are its points.
          </>
        )}
      </p>
      <ul className={chart.legend} aria-label="Chart legend">
        {deciding.map((w) => (
          <li key={w.key}>
            <span className={chart.swatch} data-slot={colors.get(w.key)} aria-hidden="true" />
            {w.name}
          </li>
        ))}
        {others > 0 && (
          <li>
            <span className={chart.swatch} data-slot="other" aria-hidden="true" />
            Other criteria ({others})
          </li>
        )}
      </ul>
      <RankingBars evaluation={evaluation} colors={colors} />
      <h3 id="points-title">Points per criterion</h3>
      <p className="muted">
        Rating × weight × 10 for each criterion; the total is the score. The evidence for each rating is further down.
      </p>
      <TableScroll className={styles.tableScroll} label="Points per criterion (table)">
        <table className={styles.pointsTable} data-testid="points-table" aria-labelledby="points-title">
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Weight</th>
              {evaluation.ranking.map((entry) => (
                <th scope="col" key={entry.hypervisor} data-hypervisor={entry.hypervisor}>
                  <span aria-hidden="true">{SHORT_NAMES[entry.hypervisor] ?? entry.name}</span>
                  <span className="visually-hidden">{entry.name}</span>
                  {!entry.eligible && <span className={styles.ineligibleTag}>Not eligible</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {used.map((w) => (
              <tr key={w.key} data-criterion={w.key}>
                <th scope="row">
                  {colors.has(w.key) && (
                    <>
                      <span className={chart.swatch} data-slot={colors.get(w.key)} aria-hidden="true" />{" "}
                    </>
                  )}
                  {w.name}
                </th>
                <td>{percent1(w.weight)}</td>
                {evaluation.ranking.map((entry) => {
                  const c = contribution(entry, w.key);
                  return (
                    <td key={entry.hypervisor} data-basis={c?.basis}>
                      {c === undefined ? "–" : score1(c.points)}
                      {c?.basis && (
                        <sup className={styles.basisMark} title={BASIS_TAGS[c.basis]}>
                          {BASIS_MARKS[c.basis]}
                          <span className="visually-hidden"> ({BASIS_TAGS[c.basis]})</span>
                        </sup>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td>100%</td>
              {evaluation.ranking.map((entry) => (
                <td key={entry.hypervisor} className={styles.total} data-testid="row-total">
                  {score1(entry.score)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <BasisNote evaluation={evaluation} />
    </section>
  );
}
