// The guided questionnaire. Answers in the query string (the same parameters as a results URL)
// open it at the review, so "Change answers" on the results page lands on filled-in answers;
// `step` names the open step (see components/wizard/step-url.ts).
import type { Metadata } from "next";
import { QuestionnaireEntry } from "@/components/wizard/questionnaire-entry";
import { QUESTIONS } from "@/lib/questionnaire/questions";
import { parseResultsParams } from "@/lib/questionnaire/url-state";
import styles from "./page.module.css";

export const metadata: Metadata = { title: "Questionnaire" };

type SearchParams = Record<string, string | string[] | undefined>;

function readPrefill(params: SearchParams) {
  // A link without answers is a fresh start; a link with unusable ones is treated the same way
  // rather than half-filling the wizard.
  if (!QUESTIONS.some((question) => question.id in params)) return undefined;
  const parsed = parseResultsParams(params);
  if (!parsed.ok) return undefined;
  const { answers, weights, quotes, assumptions } = parsed;
  return { answers, weights, quotes, assumptions };
}

export default async function QuestionnairePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const prefill = readPrefill(params);
  return (
    <article className={styles.page}>
      <header className={styles.header}>
        <h1>Describe your environment</h1>
        <p className={styles.lead}>
          {QUESTIONS.length} questions on workloads, policy, platform and team, an optional step on the size of your
          estate, then a review of every answer. Answers are kept in this browser as you go.
        </p>
      </header>
      <QuestionnaireEntry
        questions={QUESTIONS}
        step={typeof params.step === "string" ? params.step : undefined}
        prefill={prefill}
      />
    </article>
  );
}
