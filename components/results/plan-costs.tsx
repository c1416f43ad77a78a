// What each family's chosen product costs this estate, next to staying put: a comparison table
// (ranked order, first column pinned when it scrolls on a phone), then each family's lines and a
// place to enter a quote. Without an estate there are no figures, only the way to add one.
import Link from "next/link";
import type { ComponentType } from "react";
import type { Quote, Quotes } from "@/lib/questionnaire/quotes";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import { estateClusters, estateTotals } from "@/lib/questionnaire/estate";
import { WINDOWS_PRICES } from "@/lib/decision/estate-cost";
import { PlanCostLines } from "./plan-cost-lines";
import { differenceText, usd, type PlanEntry, yearsText } from "./plan-format";
import type { PlanQuoteFormProps } from "./plan-quote-form";
import styles from "./plan.module.css";

/**
 * The quote forms and what they do, passed in by the results page: the form validates with the shared
 * zod schema, so this module never imports it, and a read-only share page ships no schema code.
 */
export type Quoting = {
  Form: ComponentType<PlanQuoteFormProps>;
  onSet: (product: string, quote: Quote) => void;
  onRemove: (product: string) => void;
};

type Props = {
  kb: KnowledgeBase;
  answers: Answers;
  answersQuery: string;
  plans: PlanEntry[];
  years: number;
  quotes: Quotes;
  now: Date;
  readOnly: boolean;
  /** Without it (a read-only view) there are no quote forms. */
  quoting?: Quoting;
};

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

export function PlanCosts({ kb, answers, answersQuery, plans, years, quotes, now, readOnly, quoting }: Props) {
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
  const stayYear = stay?.cost?.perYear ?? null;
  const totals = estateTotals(clusters);
  const windowsVms = totals.windowsServerVms;
  const hosts = clusters
    .flatMap((c) => c.hostGroups)
    .map(
      (g) =>
        `${g.count.toLocaleString("en-US")} host${g.count === 1 ? "" : "s"} × ${g.socketsPerHost} CPU${g.socketsPerHost === 1 ? "" : "s"} × ${g.coresPerSocket} cores`,
    )
    .join(" + ");
  const cell = (plan: PlanEntry, value: (perYear: number) => string) =>
    plan.cost?.perYear === null || plan.cost?.perYear === undefined ? (
      <span className={styles.quoteRequired}>Quote required</span>
    ) : (
      value(plan.cost.perYear)
    );
  const diff = (plan: PlanEntry, factor: number) => {
    if (plan.today) return <span className="muted">Staying put</span>;
    const year = plan.cost?.perYear ?? null;
    if (year === null || stayYear === null) return <span className="muted">Needs a quote to compare</span>;
    return differenceText(year * factor, stayYear * factor);
  };

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
        Open a product below for every line, its arithmetic and its source.
      </p>
      <p className={styles.scrollCue} aria-hidden="true">
        Swipe the table sideways to see every product →
      </p>
      <div className={styles.tableScroll} role="region" aria-labelledby="plan-cost-title" tabIndex={0}>
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
            <tr>
              <th scope="row">Per year</th>
              {priced.map((plan) => (
                <td key={plan.entry.hypervisor} data-hypervisor={plan.entry.hypervisor} data-testid="plan-per-year">
                  {cell(plan, usd)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">Over {yearsText(years)}</th>
              {priced.map((plan) => (
                <td key={plan.entry.hypervisor} data-hypervisor={plan.entry.hypervisor} data-testid="plan-total">
                  {cell(plan, (perYear) => usd(plan.cost?.total ?? perYear * years))}
                </td>
              ))}
            </tr>
            {stay && (
              <>
                <tr>
                  <th scope="row">Against staying put, a year</th>
                  {priced.map((plan) => (
                    <td key={plan.entry.hypervisor} data-hypervisor={plan.entry.hypervisor}>
                      {diff(plan, 1)}
                    </td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">Against staying put, over {yearsText(years)}</th>
                  {priced.map((plan) => (
                    <td key={plan.entry.hypervisor} data-hypervisor={plan.entry.hypervisor}>
                      {diff(plan, years)}
                    </td>
                  ))}
                </tr>
              </>
            )}
          </tbody>
        </table>
      </div>

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
                <PlanCostLines cost={cost} productName={plan.product.name} now={now} canQuote={!readOnly} />
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
    </div>
  );
}
