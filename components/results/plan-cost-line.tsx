// One line of a cost, yearly or one-off: quantity × unit price = amount, the engine's arithmetic in
// words, how sure the price is (an "Assumption" badge when a default of this tool sets a figure), and
// where it comes from, dated.
import type { CostLine } from "@/lib/decision";
import { formatAsOf, isStale } from "@/lib/knowledge/staleness";
import { BASIS_WORDS, count, usd, usdCents } from "./plan-format";
import styles from "./plan.module.css";

export function SourceLink({ source }: { source: CostLine["source"] }) {
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

type Props = { line: CostLine; now: Date; oneOff?: boolean };

export function PlanCostLine({ line, now, oneOff = false }: Props) {
  const mine = line.basis === "quote";
  const assumed = line.assumption === true || line.basis === "assumption";
  return (
    <li
      className={styles.line}
      data-testid={oneOff ? "plan-one-off-line" : "plan-cost-line"}
      data-basis={line.basis}
      data-assumption={assumed || undefined}
    >
      <p className={styles.lineHead}>
        <span className={styles.lineItem}>{line.item}</span>
        <span className={styles.lineAmount}>
          {usd(line.amount)} {oneOff ? "once" : "a year"}
        </span>
      </p>
      <p className={styles.lineCalc}>
        {count(line.quantity)} × {usdCents(line.unitPrice)} per {line.unit} = {usd(line.amount)}
      </p>
      <p className={styles.arithmetic}>{line.arithmetic}</p>
      <p className={styles.lineMeta}>
        {assumed && (
          <span className={styles.assumptionBadge} data-testid="plan-line-assumption">
            Assumption
          </span>
        )}
        {line.basis !== "assumption" && (
          <span className={mine ? styles.quoteBadge : styles.basis} data-testid="plan-line-basis">
            {BASIS_WORDS[line.basis]}
          </span>
        )}{" "}
        <span>
          {mine ? (
            "Entered by you, not from the knowledge base"
          ) : (
            <>
              {assumed ? "A figure here is this tool's default (see “What the costs assume”). Source: " : "Source: "}
              <SourceLink source={line.source} />
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
