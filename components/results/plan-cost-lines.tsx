// One family's cost, line by line: quantity × unit price = amount, the engine's arithmetic in words,
// how sure the price is, and where it comes from (dated). A price nobody publishes says "Quote
// required" with its note and source: never a number.
import type { Cost, CostLine } from "@/lib/decision";
import { formatAsOf, isStale } from "@/lib/knowledge/staleness";
import { BASIS_WORDS, count, usd, usdCents, yearsText } from "./plan-format";
import styles from "./plan.module.css";

function SourceLink({ source }: { source: CostLine["source"] }) {
  if (!source.url) return <span>{source.title}</span>;
  return (
    <>
      <a href={source.url} rel="noopener noreferrer" target="_blank">
        {source.title}
      </a>
      <span className={styles.printUrl}> {source.url}</span>
    </>
  );
}

function Line({ line, now }: { line: CostLine; now: Date }) {
  const mine = line.basis === "quote";
  return (
    <li className={styles.line} data-testid="plan-cost-line" data-basis={line.basis}>
      <p className={styles.lineHead}>
        <span className={styles.lineItem}>{line.item}</span>
        <span className={styles.lineAmount}>{usd(line.amount)} a year</span>
      </p>
      <p className={styles.lineCalc}>
        {count(line.quantity)} × {usdCents(line.unitPrice)} per {line.unit} = {usd(line.amount)}
      </p>
      <p className={styles.arithmetic}>{line.arithmetic}</p>
      <p className={styles.lineMeta}>
        <span className={mine ? styles.quoteBadge : styles.basis} data-testid="plan-line-basis">
          {BASIS_WORDS[line.basis]}
        </span>{" "}
        <span>
          {mine ? (
            "Entered by you, not from the knowledge base"
          ) : (
            <>
              Source: <SourceLink source={line.source} />
            </>
          )}
          {line.asOf && (
            <>
              , as of <time dateTime={line.asOf}>{formatAsOf(line.asOf)}</time>
              {isStale(line.asOf, now) && <span className={styles.stale}>Possibly stale</span>}
            </>
          )}
        </span>
      </p>
    </li>
  );
}

type Props = {
  cost: Cost;
  productName: string;
  now: Date;
  /** Whether a quote form follows (not on read-only views). */ canQuote: boolean;
};

export function PlanCostLines({ cost, productName, now, canQuote }: Props) {
  const quotesNeeded = cost.quotesNeeded ?? [];
  const notes = cost.notes ?? [];
  return (
    <div className={styles.linesBody}>
      <ul className={styles.lines} aria-label={`Cost lines for ${productName}`}>
        {cost.lines.map((line) => (
          <Line key={`${line.product}:${line.priceKey}:${line.item}`} line={line} now={now} />
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
