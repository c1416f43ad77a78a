// One option's cash flow by year (recurring, one-off, total, summed over the horizon) and its net
// present value with the arithmetic behind it, so a reader can redo both by hand: to the cent, as the
// API and the costs CSV hold them.
import type { Cost } from "@/lib/decision";
import { formatUsd as usd } from "@/lib/decision/money-format";
import { count, percentText, yearsText } from "./plan-format";
import own from "./plan-cash-flow.module.css";
import styles from "./plan.module.css";

type Props = { cost: Cost; productName: string; rate: number | null };

export function PlanCashFlow({ cost, productName, rate }: Props) {
  // Empty while a price needs a quote; absent from plans saved before cash flows existed.
  const flow = cost.cashFlow ?? [];
  if (flow.length === 0 || cost.perYear === null) return null;
  const sum = (pick: (year: (typeof flow)[number]) => number) => flow.reduce((total, year) => total + pick(year), 0);
  const oneOff = cost.oneOff?.amount ?? 0;
  const npv = cost.npv ?? null;
  return (
    <div className={own.cashFlow} data-testid="plan-cash-flow">
      <table className={own.table}>
        <caption>Cash flow of {productName}, by year</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Recurring</th>
            <th scope="col">One-off</th>
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {flow.map((year) => (
            <tr key={year.year}>
              <th scope="row">{year.year}</th>
              <td>{usd(year.recurring)}</td>
              <td>{usd(year.oneOff)}</td>
              <td>{usd(year.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Sum</th>
            <td>{usd(sum((y) => y.recurring))}</td>
            <td>{usd(sum((y) => y.oneOff))}</td>
            <td data-testid="plan-cash-flow-sum">{usd(sum((y) => y.total))}</td>
          </tr>
        </tfoot>
      </table>
      {npv !== null && (
        <p className={own.npv} data-testid="plan-npv-line">
          Net present value{rate === null ? "" : ` at ${percentText(rate)} a year`}: <strong>{usd(npv)}</strong>
          <span className={styles.arithmetic}>
            {" "}
            ({usd(oneOff)} one-off at the start, plus {usd(cost.perYear)} at the end of{" "}
            {flow.length === 1 ? "the year" : `each of ${yearsText(flow.length)}`}
            {rate === null ? ", discounted" : ` divided by ${count(1 + rate)} for every year it waits`}:{" "}
            {usd(npv - oneOff)} in today&apos;s money)
          </span>
        </p>
      )}
    </div>
  );
}
