// The cost comparison: one column per family's chosen product (ranked order, row labels pinned when it
// scrolls on a phone), with the yearly cost, the one-off cost, the whole cost and net present value
// over the horizon, the recommendation's payback, and each option against staying put.
import type { PlanSummary } from "@/lib/decision";
import type { ReactNode } from "react";
import {
  differenceText,
  discountRateOf,
  paybackText,
  percentText,
  type PlanEntry,
  usd,
  wholeCost,
  yearsText,
} from "./plan-format";
import styles from "./plan.module.css";

type Props = {
  priced: PlanEntry[];
  stay: PlanEntry | null;
  years: number;
  /** The engine's plan: payback and discount rate (null or partial for older saved plans). */
  summary: PlanSummary | null;
};

const NONE = <span className="muted">—</span>;
const QUOTE = <span className={styles.quoteRequired}>Quote required</span>;

function FamilyHeader({ plan }: { plan: PlanEntry }) {
  return (
    <>
      <span className={styles.colProduct}>{plan.product.name}</span>
      <span className={styles.colFamily}>
        {plan.entry.rank}. {plan.entry.name}
      </span>
      {plan.today && <span className={styles.todayTag}>today</span>}
      {!plan.entry.eligible && <span className={styles.ineligibleTag}>Not eligible</span>}
    </>
  );
}

export function PlanCostTable({ priced, stay, years, summary }: Props) {
  const rate = discountRateOf(summary);
  const stayWhole = wholeCost(stay?.cost ?? null);
  const stayYear = stay?.cost?.perYear ?? null;
  const recommended = summary?.recommended?.hypervisor ?? null;
  const moving = stay !== null && recommended !== null && recommended !== stay.entry.hypervisor;

  const row = (label: ReactNode, testId: string | undefined, value: (plan: PlanEntry) => ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      {priced.map((plan) => (
        <td key={plan.entry.hypervisor} data-hypervisor={plan.entry.hypervisor} data-testid={testId}>
          {value(plan)}
        </td>
      ))}
    </tr>
  );
  const priceOr = (plan: PlanEntry, value: (perYear: number) => ReactNode) =>
    plan.cost?.perYear == null ? QUOTE : value(plan.cost.perYear);
  const against = (plan: PlanEntry, value: (year: number) => string) => {
    if (plan.today) return <span className="muted">Staying put</span>;
    const year = plan.cost?.perYear ?? null;
    if (year === null || stayYear === null) return <span className="muted">Needs a quote to compare</span>;
    return value(year);
  };
  const payback = (plan: PlanEntry) => {
    if (!moving || plan.entry.hypervisor !== recommended || summary?.paybackMonths === undefined) return NONE;
    if (plan.cost?.perYear == null || stayYear === null) return <span className="muted">Needs a quote</span>;
    return paybackText(summary.paybackMonths, years);
  };

  return (
    <table className={styles.costTable} data-testid="plan-cost-table">
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">Cost</span>
          </th>
          {priced.map((plan) => (
            <th
              scope="col"
              key={plan.entry.hypervisor}
              data-hypervisor={plan.entry.hypervisor}
              data-today={plan.today || undefined}
            >
              <FamilyHeader plan={plan} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {row("Per year", "plan-per-year", (plan) => priceOr(plan, usd))}
        {row(`Yearly costs over ${yearsText(years)}`, "plan-total", (plan) =>
          priceOr(plan, (perYear) => usd(plan.cost?.total ?? perYear * years)),
        )}
        {row("One-off costs", "plan-one-off", (plan) => (plan.cost?.oneOff ? usd(plan.cost.oneOff.amount) : NONE))}
        {row(`Whole cost over ${yearsText(years)}`, "plan-whole-cost", (plan) => {
          const whole = wholeCost(plan.cost);
          return whole === null ? (plan.cost?.perYear == null ? QUOTE : NONE) : usd(whole);
        })}
        {row(<>Net present value{rate === null ? "" : ` at ${percentText(rate)} a year`}</>, "plan-npv", (plan) =>
          plan.cost?.npv == null ? (plan.cost?.perYear == null ? QUOTE : NONE) : usd(plan.cost.npv),
        )}
        {row("Payback of the move", "plan-payback", payback)}
        {stay && (
          <>
            {row("Against staying put, a year", undefined, (plan) =>
              against(plan, (year) => differenceText(year, stayYear!)),
            )}
            {row(`Against staying put, over ${yearsText(years)} (one-off included)`, undefined, (plan) =>
              against(plan, (year) => {
                const whole = wholeCost(plan.cost);
                return whole !== null && stayWhole !== null
                  ? differenceText(whole, stayWhole)
                  : differenceText(year * years, stayYear! * years);
              }),
            )}
          </>
        )}
      </tbody>
    </table>
  );
}
