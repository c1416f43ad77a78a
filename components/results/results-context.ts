// The live state of the results page (answers, what-if overrides and quotes, evaluation) for
// components rendered inside it, such as an action placed in ResultsView's `actions` slot.
"use client";
import { createContext, useContext } from "react";
import type { Evaluation } from "@/lib/decision";
import type { Quotes } from "@/lib/questionnaire/quotes";
import type { Answers } from "@/lib/questionnaire/answers";
import type { Assumptions } from "@/lib/questionnaire/assumptions";

export type ResultsState = {
  answers: Answers;
  overrides: Readonly<Record<string, number>>;
  /** The user's own price quotes, by product id ({} when none): saved with the recommendation. */
  quotes: Quotes;
  /** The cost model's assumptions ({} when all are the defaults): saved with the recommendation. */
  assumptions: Assumptions;
  evaluation: Evaluation;
  /** The current results URL's query (answers, assumptions, overrides and quotes), without the "?". */
  query: string;
};

export const ResultsContext = createContext<ResultsState | null>(null);

export function useResultsState(): ResultsState {
  const state = useContext(ResultsContext);
  if (!state) throw new Error("useResultsState must be used inside ResultsView");
  return state;
}
