// "Your plan": what to buy within the winning family, the sentence to paste, what each family's
// product costs this estate next to staying put (with the user's own quotes), and how the move would
// go. Everything comes from the evaluation; the knowledge base adds only the product facts.
"use client";
import { useEffect, useRef, type RefObject } from "react";
import type { Evaluation } from "@/lib/decision";
import type { Quote, Quotes } from "@/lib/knowledge/plan-schema";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import { DEFAULT_YEARS, isSized } from "@/lib/questionnaire/estate";
import { PlanCosts } from "./plan-costs";
import { planEntries } from "./plan-format";
import { PlanMigration } from "./plan-migration";
import { PlanProduct } from "./plan-product";
import { PlanSummaryBox } from "./plan-summary-box";
import results from "./results.module.css";
import styles from "./plan.module.css";

type Props = {
  kb: KnowledgeBase;
  answers: Answers;
  answersQuery: string;
  evaluation: Evaluation;
  /** ISO time of the render, for "possibly stale" flags that agree between server and browser. */
  now: string;
  quotes: Quotes;
  readOnly: boolean;
  onSetQuote: (product: string, quote: Quote) => void;
  onRemoveQuote: (product: string) => void;
};

/**
 * Print shows every disclosure open. CSS (::details-content) covers current Chromium; this covers
 * the browsers that cannot style a closed <details>, and restores what the reader had open after.
 */
function useOpenDetailsForPrint(root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...(root.current?.querySelectorAll("details:not([open])") ?? [])] as HTMLDetailsElement[];
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, [root]);
}

export function PlanSection({
  kb,
  answers,
  answersQuery,
  evaluation,
  now,
  quotes,
  readOnly,
  onSetQuote,
  onRemoveQuote,
}: Props) {
  const root = useRef<HTMLElement>(null);
  useOpenDetailsForPrint(root);

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
    <section
      ref={root}
      className={`${results.section} ${styles.plan}`}
      aria-labelledby="plan-title"
      data-testid="plan-section"
    >
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
        years={years}
        quotes={quotes}
        now={new Date(now)}
        readOnly={readOnly}
        onSetQuote={onSetQuote}
        onRemoveQuote={onRemoveQuote}
      />
      <PlanMigration plans={plans} answers={answers} winner={evaluation.winner} runnerUp={evaluation.runnerUp} />
    </section>
  );
}
