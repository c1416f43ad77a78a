// The results page body: verdict, your plan (product, cost, migration), ranking, every product, knockouts,
// sensitivity, what-if weights, evidence and history, all derived from one Evaluation that the
// what-if sliders and quotes recompute in the browser, with the whole knowledge base and the engine it
// loads after the first paint.
"use client";
import dynamic from "next/dynamic";
import { useMemo, type ReactNode } from "react";
import type { Evaluation } from "@/lib/decision";
import type { Quotes } from "@/lib/questionnaire/quotes";
import type { PageKnowledge } from "@/lib/presentation/page-knowledge";
import type { Answers } from "@/lib/questionnaire/answers";
import type { Assumptions } from "@/lib/questionnaire/assumptions";
import { AnswersSummary } from "./answers-summary";
import { EvidenceSection } from "./evidence-section";
import { HistorySection } from "./history-section";
import { KnockoutsSection } from "./knockouts-section";
import { PlanSection } from "./plan-section";
import { PlatformSection } from "./platform-section";
import { ProductRankingSection } from "./product-ranking-section";
import { decidingCriteria } from "@/lib/presentation/deciding-criteria";
import { Provenance } from "./provenance";
import { RankingSection } from "./ranking-section";
import { RescoringStatus } from "./rescoring-status";
import { ResultsContext } from "./results-context";
import { SensitivitySection } from "./sensitivity-section";
import { Verdict } from "./verdict";
import { WeightsSection } from "./weights-section";
import type { WeightOverrides } from "@/lib/questionnaire/weights";
import { useRescoring } from "./use-rescoring";
import { useWhatIf } from "./use-what-if";
import styles from "./results.module.css";

// The quote form validates with the shared zod schema: loaded only once it is shown.
const PlanQuoteForm = dynamic(() => import("./plan-quote-form").then((m) => m.PlanQuoteForm));

const NO_ASSUMPTIONS: Assumptions = {};

export type ResultsViewProps = {
  /** What the page shows of the knowledge base (knowledgeForPage); the rest loads for re-scoring. */
  kb: PageKnowledge;
  answers: Answers;
  initialWeights: WeightOverrides;
  /** The user's own price quotes the first evaluation used, by product id (default none). */
  initialQuotes?: Quotes;
  /** The cost model's assumptions (from the URL; default none, so the documented defaults). */
  assumptions?: Assumptions;
  initialEvaluation: Evaluation;
  /** The answers and assumptions as a query string (no overrides), for links back to the questionnaire. */
  answersQuery: string;
  /** ISO time the server rendered at, so staleness flags agree between server and browser. */
  now: string;
  /** Header actions (e.g. "Save & share"); they can read the live state with useResultsState(). */
  actions?: ReactNode;
  /** A frozen view (a shared snapshot): weights without sliders, quotes without forms, the URL left alone. */
  readOnly?: boolean;
};

export function ResultsView(props: ResultsViewProps) {
  const {
    kb: pageKb,
    answers,
    initialWeights,
    initialQuotes,
    assumptions = NO_ASSUMPTIONS,
    initialEvaluation,
    answersQuery,
    now,
    actions,
    readOnly = false,
  } = props;
  const rescoring = useRescoring(pageKb.version.number);
  // Once the whole knowledge base is here, a re-scored plan can name any product's facts.
  const kb: PageKnowledge = rescoring.ready?.kb ?? pageKb;
  const whatIf = useWhatIf({
    rescoring,
    criteria: pageKb.criteria,
    answers,
    initialWeights,
    initialQuotes,
    assumptions,
    initialEvaluation,
    answersQuery,
    syncUrl: !readOnly,
  });
  const { evaluation, evaluated, quotes } = whatIf;
  const deciding = useMemo(() => decidingCriteria(evaluation), [evaluation]);
  // Saving and exporting take the result on screen with the inputs it was computed from.
  const state = useMemo(
    () => ({
      answers,
      overrides: evaluated.overrides,
      quotes: evaluated.quotes,
      assumptions,
      evaluation,
      query: evaluated.query,
    }),
    [answers, evaluated, assumptions, evaluation],
  );
  const overridden = evaluation.weights.some((w) => w.overridden);

  return (
    <ResultsContext.Provider value={state}>
      <article className={styles.page} aria-labelledby="verdict-title">
        <header className={styles.hero}>
          <Verdict evaluation={evaluation} overridden={overridden} />
          <AnswersSummary
            answers={answers}
            assumptions={assumptions}
            quotes={evaluated.quotes}
            products={evaluation.products}
            answersQuery={answersQuery}
          />
          {actions ? (
            <div className={styles.actions} data-slot="results-actions">
              {actions}
            </div>
          ) : null}
        </header>
        <PlanSection
          kb={kb}
          answers={answers}
          answersQuery={answersQuery}
          evaluation={evaluation}
          now={now}
          quotes={quotes}
          readOnly={readOnly}
          quoting={{
            Form: PlanQuoteForm,
            onSet: whatIf.setQuote,
            onRemove: whatIf.removeQuote,
            status: quotes !== evaluated.quotes && <RescoringStatus loading={whatIf.loading} retry={whatIf.retry} />,
          }}
        />
        <RankingSection evaluation={evaluation} deciding={deciding} />
        <ProductRankingSection evaluation={evaluation} />
        <KnockoutsSection evaluation={evaluation} kb={kb} />
        <PlatformSection kb={kb} answers={answers} evaluation={evaluation} />
        <SensitivitySection evaluation={evaluation} />
        <WeightsSection evaluation={evaluation} whatIf={whatIf} colors={deciding.colors} readOnly={readOnly} />
        <EvidenceSection ranking={evaluation.ranking} now={now} />
        <HistorySection kb={kb} answers={answers} evaluation={evaluation} />
        <Provenance evaluation={evaluation} />
      </article>
    </ResultsContext.Provider>
  );
}
