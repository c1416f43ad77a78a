// What each family's chosen product costs this estate, next to staying put: a comparison table, the
// cumulative cost and benefit-against-cost charts, the break-even discount and the assumptions, then
// each family's lines, cash flow and a place to enter a quote. Without an estate there are no
// figures, only the way to add one.
import Link from "next/link";
import type { ComponentType, ReactNode } from "react";
import type { PlanSummary } from "@/lib/decision";
import type { Quote, Quotes } from "@/lib/questionnaire/quotes";
import type { PageKnowledge } from "@/lib/presentation/page-knowledge";
import type { Answers } from "@/lib/questionnaire/answers";
import { estateClusters, estateTotals } from "@/lib/questionnaire/estate";
import { WINDOWS_PRICES } from "@/lib/decision/windows-prices";
import { PlanAssumptions } from "./plan-assumptions";
import { PlanBenefitChart } from "./plan-benefit-chart";
import { PlanCostLines } from "./plan-cost-lines";
import { PlanCostTable } from "./plan-cost-table";
import { PlanCumulativeChart } from "./plan-cumulative-chart";
import { discountRateOf, usd, type PlanEntry, yearsText } from "./plan-format";
import type { PlanQuoteFormProps } from "./plan-quote-form";
import charts from "./plan-charts.module.css";
import styles from "./plan.module.css";
import { TableScroll } from "@/components/table-scroll";

/**
 * The quote forms and what they do, passed in by the results page: the form validates with the shared
 * zod schema, so this module never imports it, and a read-only share page ships no schema code.
 */
export type Quoting = {
  Form: ComponentType<PlanQuoteFormProps>;
  onSet: (product: string, quote: Quote) => void;
  onRemove: (product: string) => void;
  /** Shown under the quotes while a changed quote waits to be priced (the results page's re-scoring). */
  status?: ReactNode;
};

type Props = {
  kb: PageKnowledge;
  answers: Answers;
  answersQuery: string;
  plans: PlanEntry[];
  /** The engine's plan (null when nothing qualifies; older saved plans lack the newer fields). */
  summary: PlanSummary | null;
  years: number;
  quotes: Quotes;
  now: Date;
  readOnly: boolean;
  /** Without it (a read-only view) there are no quote forms. */
  quoting?: Quoting;
};

export function PlanCosts({ kb, answers, answersQuery, plans, summary, years, quotes, now, readOnly, quoting }: Props) {
  const clusters = estateClusters(answers.estate);
  if (!clusters) {
    return (
      <div className={styles.block} data-testid="plan-costs">
        <h3 id="plan-cost-title">Cost</h3>
        <p data-testid="plan-no-estate">
          Costs need your estate (hosts, CPUs per host and cores per CPU), so none are shown.{" "}
          <Link href={`/questionnaire?${answersQuery}`}>Add your estate in the questionnaire</Link>.
        </p>
      </div>
    );
  }

  const priced = plans.filter((p) => p.cost !== null);
  const stay = priced.find((p) => p.today) ?? null;
  const rate = discountRateOf(summary);
  const totals = estateTotals(clusters);
  const windowsVms = totals.windowsServerVms;
  const hosts = clusters
    .flatMap((c) => c.hostGroups)
    .map(
      (g) =>
        `${g.count.toLocaleString("en-US")} host${g.count === 1 ? "" : "s"} × ${g.socketsPerHost} CPU${g.socketsPerHost === 1 ? "" : "s"} × ${g.coresPerSocket} cores`,
    )
    .join(" + ");
  return (
    <div className={styles.block} data-testid="plan-costs">
      <h3 id="plan-cost-title">Cost per year and over {yearsText(years)}</h3>
      <p className={styles.lead}>
        Each family&apos;s chosen product, priced for {hosts} in US dollars
        {windowsVms > 0
          ? `, with Windows Server licences (Standard or Datacenter, whichever costs less per host) for your ${windowsVms.toLocaleString("en-US")} Windows Server VMs`
          : ""}
        .{" "}
        {stay
          ? `“Today” marks staying on ${stay.entry.name}.`
          : "Nothing runs today, so there is no staying-put column."}{" "}
        Open a product below for every line, its arithmetic, its source and its cash flow.
      </p>
      <TableScroll className={styles.tableScroll} labelledBy="plan-cost-title">
        <PlanCostTable priced={priced} stay={stay} years={years} summary={summary} />
      </TableScroll>
      <div className={charts.pair}>
        <PlanCumulativeChart priced={priced} stay={stay} years={years} summary={summary} />
        {summary && <PlanBenefitChart summary={summary} years={years} />}
      </div>
      {summary && <PlanAssumptions summary={summary} />}

      <ul className={styles.families} aria-label="Cost lines by product">
        {priced.map((plan) => {
          const cost = plan.cost!;
          const id = plan.product.id;
          const defaultUnit = (kb.prices ?? []).find((p) => p.product === id)?.unit ?? "core-year";
          return (
            <li
              key={plan.entry.hypervisor}
              className={styles.family}
              data-testid="plan-family"
              data-hypervisor={plan.entry.hypervisor}
              data-product={id}
              data-quote-required={cost.quoteRequired ? "true" : "false"}
            >
              <details className={styles.familyDetails}>
                <summary data-testid="plan-family-summary">
                  <span className={styles.familyName}>{plan.product.name}</span>{" "}
                  <span className="muted">· {plan.entry.name}</span>
                  {plan.today && <span className={styles.todayTag}>today</span>}
                  <span className={styles.familyFigure}>
                    {cost.perYear === null ? (
                      <span className={styles.quoteRequired}>Quote required</span>
                    ) : (
                      `${usd(cost.perYear)} a year`
                    )}
                  </span>
                </summary>
                <PlanCostLines cost={cost} productName={plan.product.name} now={now} rate={rate} canQuote={!readOnly} />
              </details>
              {!readOnly && quoting && (
                <quoting.Form
                  productId={id}
                  productName={plan.product.name}
                  quote={quotes[id]}
                  defaultUnit={defaultUnit}
                  renewal={plan.today}
                  initiallyOpen={cost.quoteRequired || quotes[id] !== undefined}
                  hint={
                    id === WINDOWS_PRICES.datacenter.product || id === WINDOWS_PRICES.standard.product
                      ? "It also prices the Windows Server guest licences of the other products."
                      : undefined
                  }
                  onApply={quoting.onSet}
                  onRemove={quoting.onRemove}
                />
              )}
            </li>
          );
        })}
      </ul>
      {!readOnly && quoting?.status}
    </div>
  );
}
