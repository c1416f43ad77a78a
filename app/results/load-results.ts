// Parses the results URL and evaluates through the one evaluation service (lib/evaluation/service.ts:
// its memo, and the server's evaluation thread), with the evidence, as saving does: an answer set
// opened here and then saved is computed once. The page and its metadata share one result through
// React's cache.
import "server-only";
import { cache } from "react";
import { EngineInputError, type Evaluation } from "@/lib/decision";
import { expandEvaluation } from "@/lib/decision/compact";
import { evaluateRequest } from "@/lib/evaluation/service";
import type { FieldError } from "@/lib/errors/app-error";
import type { Quotes } from "@/lib/questionnaire/quotes";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { getCurrentKnowledgeBase, getPublishedKnowledgeBase } from "@/lib/knowledge/service";
import type { Answers } from "@/lib/questionnaire/answers";
import type { Assumptions } from "@/lib/questionnaire/assumptions";
import { answersToSearchParams, parseResultsParams, type WeightOverrides } from "@/lib/questionnaire/url-state";

export type SearchParams = Record<string, string | string[] | undefined>;

export type LoadedResults =
  | {
      ok: true;
      kb: KnowledgeBase;
      answers: Answers;
      weights: WeightOverrides;
      quotes: Quotes;
      assumptions: Assumptions;
      evaluation: Evaluation;
      /** The answers and assumptions as a query (no weights or quotes), for links back to the questionnaire. */
      answersQuery: string;
    }
  | { ok: false; fields: FieldError[] };

/** Cached by the canonical query string, so generateMetadata and the page evaluate once. */
const loadByQuery = cache(async (query: string): Promise<LoadedResults> => {
  const parsed = parseResultsParams(new URLSearchParams(query));
  if (!parsed.ok) return parsed;
  try {
    const { body } = await evaluateRequest(
      { answers: parsed.answers, weights: parsed.weights, quotes: parsed.quotes, assumptions: parsed.assumptions },
      { evidence: true },
    );
    const evaluation = expandEvaluation(JSON.parse(body.text));
    // The version the evaluation used (assembled once per process), for the page's evidence and what-if.
    const kb = (await getPublishedKnowledgeBase(evaluation.kbVersion.number)) ?? (await getCurrentKnowledgeBase());
    return {
      ok: true,
      kb,
      answers: parsed.answers,
      weights: parsed.weights,
      quotes: parsed.quotes,
      assumptions: parsed.assumptions,
      evaluation,
      answersQuery: answersToSearchParams(parsed.answers, {}, {}, parsed.assumptions).toString(),
    };
  } catch (error) {
    if (error instanceof EngineInputError)
      return { ok: false, fields: [{ field: error.field, message: error.message }] };
    throw error;
  }
});

export function loadResults(searchParams: SearchParams): Promise<LoadedResults> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(searchParams)) {
    if (value === undefined) continue;
    query.set(name, Array.isArray(value) ? (value[0] ?? "") : value);
  }
  query.sort();
  return loadByQuery(query.toString());
}
