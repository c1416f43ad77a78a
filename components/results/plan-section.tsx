// "Your plan": what to buy within the winning family, the sentence to paste, what each family's
// product costs this estate next to staying put (with the user's own quotes), with clusters the plan
// per cluster, and how the move would go. Everything comes from the evaluation; the knowledge base adds only the product facts. It renders
// on the server for a shared recommendation (read-only, no quote forms) and inside the results page's
// client view otherwise.
import type { Evaluation } from "@/lib/decision";
import type { Quotes } from "@/lib/questionnaire/quotes";
import type { PageKnowledge } from "@/lib/presentation/page-knowledge";
import type { Answers } from "@/lib/questionnaire/answers";
import { isSized } from "@/lib/questionnaire/estate";
import { DEFAULT_YEARS } from "@/lib/questionnaire/horizon";
import { OpenDetailsForPrint } from "./open-details-for-print";
import { PlanClusters } from "./plan-clusters";
import { PlanCosts, type Quoting } from "./plan-costs";
import { discountRateOf, planEntries } from "./plan-format";
import { PlanMigration } from "./plan-migration";
import { PlanProduct } from "./plan-product";
import { PlanSummaryBox } from "./plan-summary-box";
import results from "./results.module.css";
import styles from "./plan.module.css";

type Props = {
  kb: PageKnowledge;
  answers: Answers;
  answersQuery: string;
  evaluation: Evaluation;
  /** ISO time of the render, for "possibly stale" flags that agree between server and browser. */
  now: string;
  quotes: Quotes;
  readOnly: boolean;
  /** The quote forms (the results page; a read-only view has none). */
  quoting?: Quoting;
};

export function PlanSection({ kb, answers, answersQuery, evaluation, now, quotes, readOnly, quoting }: Props) {
  // A snapshot saved before plans existed has no `plan` field at all: say so in one line.
  if (evaluation.plan === undefined) {
    return (
      <section className={`${results.section} ${styles.plan}`} aria-labelledby="plan-title" data-testid="plan-section">
        <h2 id="plan-title">Your plan</h2>
        <p className="muted">
          This recommendation was saved before products, costs and migration paths were part of the result.
        </p>
      </section>
    );
  }
  const plans = planEntries(evaluation, answers);
  const winner = plans.find((p) => p.entry.hypervisor === evaluation.winner);
  // Nothing qualifies, or the knowledge base names no product for the winner: no plan to show.
  if (!winner) return null;
  const years = evaluation.plan?.years ?? answers.years ?? DEFAULT_YEARS;

  return (
    <section className={`${results.section} ${styles.plan}`} aria-labelledby="plan-title" data-testid="plan-section">
      <OpenDetailsForPrint within='[data-testid="plan-section"]' />
      <h2 id="plan-title">Your plan</h2>
      <p className={results.lead}>
        The product to license, what it and each alternative cost you
        {isSized(answers.estate) ? "" : " once your estate is known"}, and how the move would go. Every figure links to
        its source and date.
      </p>
      <div className={styles.top}>
        <PlanProduct kb={kb} plan={winner} />
        {evaluation.plan && <PlanSummaryBox summary={evaluation.plan.summary} />}
      </div>
      <PlanCosts
        kb={kb}
        answers={answers}
        answersQuery={answersQuery}
        plans={plans}
        summary={evaluation.plan ?? null}
        years={years}
        quotes={quotes}
        now={new Date(now)}
        readOnly={readOnly}
        quoting={quoting}
      />
      {evaluation.plan?.clusters && (
        <PlanClusters
          summary={evaluation.plan}
          familyNames={Object.fromEntries(evaluation.ranking.map((e) => [e.hypervisor, e.name]))}
          years={years}
          rate={discountRateOf(evaluation.plan)}
        />
      )}
      <PlanMigration plans={plans} answers={answers} winner={evaluation.winner} runnerUp={evaluation.runnerUp} />
    </section>
  );
}
