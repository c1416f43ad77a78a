// The results page and the share page rendered from one evaluation, for tests of something a user
// must see on both (the share page renders the same sections on the server, read-only).
import { render } from "@testing-library/react";
import type { Evaluation } from "@/lib/decision";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import type { Quotes } from "@/lib/questionnaire/quotes";
import { ResultsView } from "@/components/results/results-view";
import { knowledgeForPage } from "@/lib/presentation/page-knowledge";
import { SharedResults } from "@/components/results/shared-results";

export interface PageInput {
  kb: KnowledgeBase;
  answers: Answers;
  quotes: Quotes;
  evaluation: Evaluation;
  now: string;
}

/** Renders the results page and runs `check`, then the same on the share page. */
export function onBothPages({ kb, answers, quotes, evaluation, now }: PageInput, check: () => void): void {
  const results = render(
    <ResultsView
      kb={knowledgeForPage(kb, evaluation)}
      answers={answers}
      initialWeights={{}}
      initialQuotes={quotes}
      initialEvaluation={evaluation}
      answersQuery=""
      now={now}
    />,
  );
  check();
  results.unmount();
  const shared = render(
    <SharedResults
      kb={kb}
      answers={answers}
      weights={{}}
      quotes={quotes}
      evaluation={evaluation}
      answersQuery=""
      now={now}
      evidenceUrl="/api/v1/recommendations/x"
    />,
  );
  check();
  shared.unmount();
}
