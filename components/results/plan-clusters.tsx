// "Plan per cluster": with an estate of clusters, each cluster's own product (its family beside it), its
// yearly cost, what it saves against staying put with that cluster, the migration effort and its place
// in the order to move; the engine's sentence; and the split next to one platform and staying put. All
// figures are the engine's (plan.clusters, plan.split); nothing renders for a flat estate.
import type { ClusterPlan, PlanSummary, SplitCost, SplitFigures } from "@/lib/decision";
import type { HypervisorId } from "@/lib/questionnaire/options";
import { count, differenceText, percentText, usd, yearsText } from "./plan-format";
import own from "./plan-clusters.module.css";
import styles from "./plan.module.css";
import { TableScroll } from "@/components/table-scroll";

/** A cluster or split saved before the plan per cluster had more than its first fields. */
type SavedCluster = Pick<ClusterPlan, "name" | "product" | "perYear" | "reason"> & Partial<ClusterPlan>;
type SavedSplit = SplitFigures & Partial<SplitCost>;

type Props = {
  summary: PlanSummary;
  /** Each family's name, as the ranking gives it ("Microsoft Hyper-V"). */
  familyNames: Partial<Record<HypervisorId, string>>;
  years: number;
  /** The discount rate behind the net present values (null when the plan predates them). */
  rate: number | null;
};

const NONE = <span className="muted">—</span>;
const QUOTE = <span className={styles.quoteRequired}>Quote required</span>;

/** "1st", "2nd", "3rd", "11th", "22nd". */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** Moving clusters in their move order first, then the rest in the estate's order. */
const byMove = (a: SavedCluster, b: SavedCluster) =>
  (a.move?.order ?? Number.POSITIVE_INFINITY) - (b.move?.order ?? Number.POSITIVE_INFINITY);

function effortText(c: SavedCluster) {
  const effort = c.effortDays;
  if (effort === undefined) return NONE;
  if (effort === null) return <span className="muted">Not estimated</span>;
  if (effort.high === 0) return NONE;
  const days = effort.low === effort.high ? count(effort.low) : `${count(effort.low)}–${count(effort.high)}`;
  return `${days} person-days`;
}

function moveText(c: SavedCluster, staying: boolean) {
  if (c.move) return `${ordinal(c.move.order)} · ${c.move.risk} risk`;
  return staying && c.product ? <span className="muted">Stays</span> : NONE;
}

function ClusterRow({
  c,
  current,
  familyNames,
}: { c: SavedCluster; current: HypervisorId | null } & Pick<Props, "familyNames">) {
  const stays = current !== null && c.product?.family === current;
  const stayYear = c.stay?.perYear ?? null;
  return (
    <tr data-testid="plan-cluster" data-cluster={c.name}>
      <th scope="row">
        <span className={own.name}>{c.name}</span>
        {c.hosts !== undefined && c.cores !== undefined && (
          <span className={own.sub}>
            {count(c.hosts)} host{c.hosts === 1 ? "" : "s"}, {count(c.cores)} cores
            {c.billedCores != null && c.billedCores !== c.cores ? ` (${count(c.billedCores)} billed)` : ""}
          </span>
        )}
      </th>
      <td className={own.text}>
        {c.product ? (
          <>
            <span className={own.name}>{c.product.name}</span>
            <span className={own.sub}>{familyNames[c.product.family] ?? c.product.family}</span>
          </>
        ) : (
          <span className="muted">No option qualifies</span>
        )}
      </td>
      <td data-testid="plan-cluster-per-year">{c.product ? (c.perYear === null ? QUOTE : usd(c.perYear)) : NONE}</td>
      <td>{c.stay ? (stayYear === null ? QUOTE : usd(stayYear)) : NONE}</td>
      <td data-testid="plan-cluster-saving">
        {stays ? (
          <span className="muted">Staying put</span>
        ) : c.perYear !== null && stayYear !== null ? (
          differenceText(c.perYear, stayYear)
        ) : c.stay ? (
          <span className="muted">Needs a quote</span>
        ) : (
          NONE
        )}
      </td>
      <td>{effortText(c)}</td>
      <td className={own.text} data-testid="plan-cluster-move">
        {moveText(c, stays)}
      </td>
    </tr>
  );
}

function SplitTotals({ split, years, rate }: { split: SavedSplit; years: number; rate: number | null }) {
  const rows: { label: string; testId: string; figures: SplitFigures | null | undefined }[] = [
    { label: "Split: every cluster on its own product", testId: "plan-split-own", figures: split },
    {
      label: `One platform: ${split.onePlatform?.product.name ?? "the recommendation"} for every cluster`,
      testId: "plan-split-one-platform",
      figures: split.onePlatform,
    },
    { label: "Staying put", testId: "plan-split-stay", figures: split.stay },
  ];
  const shown = rows.filter((r) => r.figures);
  if (shown.length < 2) return null;
  return (
    <TableScroll className={styles.tableScroll} labelledBy="plan-split-caption">
      <table className={`${styles.costTable} ${own.table}`} data-testid="plan-split-table">
        <caption id="plan-split-caption" className={own.caption}>
          The split next to one platform and staying put
        </caption>
        <thead>
          <tr>
            <th scope="col">Plan</th>
            <th scope="col">Per year</th>
            <th scope="col">One-off</th>
            <th scope="col">
              Net present value over {yearsText(years)}
              {rate === null ? "" : ` at ${percentText(rate)}`}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map(({ label, testId, figures }) => (
            <tr key={testId} data-testid={testId}>
              <th scope="row">{label}</th>
              <td>{usd(figures!.perYear)}</td>
              <td>{usd(figures!.oneOff)}</td>
              <td>{usd(figures!.npv)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function PlanClusters({ summary, familyNames, years, rate }: Props) {
  const clusters = (summary.clusters ?? null) as SavedCluster[] | null;
  if (!clusters || clusters.length === 0) return null;
  const split = (summary.split ?? null) as SavedSplit | null;
  const current = summary.stay?.hypervisor ?? null;
  const rows = [...clusters].sort(byMove);
  const moving = rows.filter((c) => c.move);
  return (
    <div className={styles.block} data-testid="plan-clusters">
      <h3 id="plan-clusters-title">Plan per cluster</h3>
      <p className={styles.lead}>
        Each cluster planned on its own: the product that fits its own workloads best, priced host by host with every
        per-CPU and per-host minimum, against staying put with that cluster. Clusters move least risk first, then the
        largest saving.
      </p>
      {split?.explanation && (
        <p className={own.sentence} data-testid="plan-split-sentence">
          {split.explanation}
        </p>
      )}
      <TableScroll className={styles.tableScroll} labelledBy="plan-clusters-caption">
        <table className={`${styles.costTable} ${own.table}`} data-testid="plan-clusters-table">
          <caption id="plan-clusters-caption" className={own.caption}>
            Each cluster&apos;s product, yearly cost, saving and move
          </caption>
          <thead>
            <tr>
              <th scope="col">Cluster</th>
              <th scope="col">Product</th>
              <th scope="col">Per year</th>
              <th scope="col">Staying put, a year</th>
              <th scope="col">Against staying put, a year</th>
              <th scope="col">Migration effort</th>
              <th scope="col">Move order</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c, i) => (
              <ClusterRow key={`${i}-${c.name}`} c={c} current={current} familyNames={familyNames} />
            ))}
          </tbody>
        </table>
      </TableScroll>
      {moving.length > 0 && (
        <>
          <h4 className={own.title} id="plan-move-order-title">
            The order to move them in
          </h4>
          <ol className={own.moves} aria-labelledby="plan-move-order-title" data-testid="plan-move-order">
            {moving.map((c, i) => (
              <li key={`${i}-${c.name}`}>
                <strong>{c.name}</strong> to {c.product?.name}: {c.move!.reason}
              </li>
            ))}
          </ol>
        </>
      )}
      {split && <SplitTotals split={split} years={years} rate={rate} />}
    </div>
  );
}
