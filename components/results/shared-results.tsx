// A shared recommendation's results, rendered on the server: the same sections as the results page,
// read-only and exactly as saved, with no what-if engine in the browser. Only three small islands run
// there: the evidence tables (which load the rationales and sources when a criterion is opened), the
// plan's copy button and its print helper. So the page carries its content once, as HTML, instead of
// also embedding the evaluation and the knowledge base for a client component.
import type { ReactNode } from "react";
import type { Evaluation } from "@/lib/decision";
import { weightsFromAnswers } from "@/lib/decision/weights";
import type { Quotes } from "@/lib/questionnaire/quotes";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import type { Assumptions } from "@/lib/questionnaire/assumptions";
import { formatSavedAt } from "@/lib/recommendations/saved-at";
import type { WeightOverrides } from "@/lib/questionnaire/url-state";
import { AnswersSummary } from "./answers-summary";
import { decidingCriteria } from "@/lib/presentation/deciding-criteria";
import { EvidenceSection, type EvidenceEntry } from "./evidence-section";
import { HistorySection } from "./history-section";
import { KnockoutsSection } from "./knockouts-section";
import { PlanSection } from "./plan-section";
import { PlatformSection } from "./platform-section";
import { ProductRankingSection } from "./product-ranking-section";
import { Provenance } from "./provenance";
import { RankingSection } from "./ranking-section";
import { SensitivitySection } from "./sensitivity-section";
import { Verdict } from "./verdict";
import { WeightsIntro, WeightsList } from "./weights-list";
import styles from "./results.module.css";

type Props = {
  kb: KnowledgeBase;
  answers: Answers;
  weights: WeightOverrides;
  quotes: Quotes;
  /** The cost model's assumptions the result used (left out: the defaults). */
  assumptions?: Assumptions;
  evaluation: Evaluation;
  /** The answers and assumptions as a query, for "Change answers". */
  answersQuery: string;
  /** When the recommendation was saved: "possibly stale" flags are as of then. */
  now: string;
  /** Where the saved evaluation with its evidence is (GET /api/v1/recommendations/{id}). */
  evidenceUrl: string;
  /** The saved recommendation's PDF report, which a printout without the evidence points to. */
  reportUrl?: string;
  /** The saved recommendation's own header (name, notes, toolbar): above the verdict on screen, after it in print. */
  header?: ReactNode;
  /** Shown right after the verdict: how today's data would change this, if it would. */
  notice?: ReactNode;
};

/**
 * The evidence tables' rows as the browser needs them: the numbers of the criteria that carry weight,
 * without the rationales and sources, which it loads on request.
 */
function withoutEvidence(evaluation: Evaluation): EvidenceEntry[] {
  return evaluation.ranking.map(({ hypervisor, name, score, eligible, contributions }) => ({
    hypervisor,
    name,
    score,
    eligible,
    contributions: contributions
      .filter((c) => c.weight > 0)
      .map(({ criterion, name, kind, rating, weight, points, asOf, basis }) => ({
        criterion,
        name,
        kind,
        rating,
        weight,
        points,
        asOf,
        basis,
      })),
  }));
}

export function SharedResults({
  kb,
  answers,
  weights,
  quotes,
  assumptions,
  evaluation,
  answersQuery,
  now,
  evidenceUrl,
  reportUrl,
  header,
  notice,
}: Props) {
  const deciding = decidingCriteria(evaluation);
  const fromAnswers = weightsFromAnswers(kb.criteria, answers);
  return (
    <article className={`${styles.page} ${styles.verdictFirst}`} aria-labelledby="verdict-title">
      {header}
      <header className={styles.hero}>
        <Verdict evaluation={evaluation} overridden={Object.keys(weights).length > 0} />
        <AnswersSummary
          answers={answers}
          assumptions={assumptions}
          quotes={quotes}
          products={kb.products}
          answersQuery={answersQuery}
        />
      </header>
      {notice}
      <PlanSection
        kb={kb}
        answers={answers}
        answersQuery={answersQuery}
        evaluation={evaluation}
        now={now}
        quotes={quotes}
        readOnly
      />
      <RankingSection evaluation={evaluation} deciding={deciding} />
      <ProductRankingSection evaluation={evaluation} />
      <KnockoutsSection evaluation={evaluation} kb={kb} />
      <PlatformSection kb={kb} answers={answers} evaluation={evaluation} />
      <SensitivitySection evaluation={evaluation} />
      <section className={styles.section} aria-labelledby="weights-title">
        <WeightsIntro readOnly />
        <div className={styles.weightsLayout} data-read-only>
          <WeightsList weights={evaluation.weights} fromAnswers={fromAnswers} colors={deciding.colors} />
        </div>
      </section>
      <EvidenceSection
        ranking={withoutEvidence(evaluation)}
        now={now}
        evidenceUrl={evidenceUrl}
        reportUrl={reportUrl}
      />
      <HistorySection kb={kb} answers={answers} evaluation={evaluation} />
      <Provenance
        evaluation={evaluation}
        savedNote={
          <>
            {" "}
            on <time dateTime={now}>{formatSavedAt(now)}</time>. This page shows exactly that result and does not change
            when the knowledge base does
          </>
        }
      />
    </article>
  );
}
