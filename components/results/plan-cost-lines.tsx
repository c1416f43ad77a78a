// One family's cost, line by line: the yearly lines, then the one-off lines the same way, each with
// its arithmetic and dated source; a price nobody publishes says "Quote required" with its note and
// source, never a number. Then the cash flow by year and the net present value.
import type { Cost } from "@/lib/decision";
import { PlanCashFlow } from "./plan-cash-flow";
import { PlanCostLine, SourceLink } from "./plan-cost-line";
import { usd, yearsText } from "./plan-format";
import styles from "./plan.module.css";

type Props = {
  cost: Cost;
  productName: string;
  now: Date;
  /** The discount rate of the net present value (null for a plan saved before it existed). */
  rate: number | null;
  /** Whether a quote form follows (not on read-only views). */
  canQuote: boolean;
};

export function PlanCostLines({ cost, productName, now, rate, canQuote }: Props) {
  const quotesNeeded = cost.quotesNeeded ?? [];
  const notes = cost.notes ?? [];
  // Saved before one-off costs existed: no oneOff field at all.
  const oneOff = cost.oneOff ?? null;
  return (
    <div className={styles.linesBody}>
      <p className={styles.linesTitle}>Every year</p>
      <ul className={styles.lines} aria-label={`Yearly cost lines for ${productName}`}>
        {cost.lines.map((line) => (
          <PlanCostLine key={`${line.product}:${line.priceKey}:${line.item}`} line={line} now={now} />
        ))}
        {quotesNeeded.map((q) => (
          <li key={`${q.product}:${q.item}`} className={styles.line} data-testid="plan-quote-needed">
            <p className={styles.lineHead}>
              <span className={styles.lineItem}>{q.item}</span>
              <span className={styles.quoteRequired}>Quote required</span>
            </p>
            <p className={styles.arithmetic}>{q.note}</p>
            <p className={styles.lineMeta}>
              Source: <SourceLink source={q.source} />
            </p>
          </li>
        ))}
      </ul>
      <p className={styles.lineTotal}>
        {cost.perYear === null ? (
          `No total until every line has a price${canQuote ? ": enter your quote below" : ""}.`
        ) : (
          <>
            Per year: <strong>{usd(cost.perYear)}</strong>; over {yearsText(cost.years)}:{" "}
            <strong>{usd(cost.total ?? cost.perYear * cost.years)}</strong>.
          </>
        )}
      </p>
      {oneOff && (
        <>
          <p className={styles.linesTitle}>Once, at the start</p>
          {oneOff.lines.length === 0 ? (
            <p className="muted" data-testid="plan-no-one-off">
              No one-off costs.
            </p>
          ) : (
            <>
              <ul className={styles.lines} aria-label={`One-off cost lines for ${productName}`}>
                {oneOff.lines.map((line) => (
                  <PlanCostLine key={`${line.priceKey}:${line.item}`} line={line} now={now} oneOff />
                ))}
              </ul>
              <p className={styles.lineTotal} data-testid="plan-one-off-total">
                One-off: <strong>{usd(oneOff.amount)}</strong>.
              </p>
            </>
          )}
        </>
      )}
      <PlanCashFlow cost={cost} productName={productName} rate={rate} />
      {notes.length > 0 && (
        <>
          <p className={styles.notesTitle}>What the figure assumes or leaves out</p>
          <ul className={styles.notes}>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
