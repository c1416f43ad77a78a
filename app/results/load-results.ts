// Parses the results URL, loads the knowledge base and evaluates on the server, once per request:
// the page and its metadata share one result through React's cache.
import "server-only";
import { cache } from "react";
import { evaluateAnswers, EngineInputError, type Evaluation } from "@/lib/decision";
import type { FieldError } from "@/lib/http/errors";
import type { Quotes } from "@/lib/knowledge/plan-schema";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { getCurrentKnowledgeBase } from "@/lib/knowledge/service";
import type { Answers } from "@/lib/questionnaire/answers";
import { answersToSearchParams, parseResultsParams, type WeightOverrideMap } from "@/lib/questionnaire/url-state";

export type SearchParams = Record<string, string | string[] | undefined>;

export type LoadedResults =
  | {
      ok: true;
      kb: KnowledgeBase;
      answers: Answers;
      overrides: WeightOverrideMap;
      quotes: Quotes;
      evaluation: Evaluation;
      answersQuery: string;
    }
  | { ok: false; fields: FieldError[] };

/** Cached by the canonical query string, so generateMetadata and the page evaluate once. */
const loadByQuery = cache(async (query: string): Promise<LoadedResults> => {
  const parsed = parseResultsParams(new URLSearchParams(query));
  if (!parsed.ok) return parsed;
  const kb = await getCurrentKnowledgeBase();
  try {
    const evaluation = evaluateAnswers({
      answers: parsed.answers,
      kb,
      weightOverrides: parsed.overrides,
      quotes: parsed.quotes,
    });
    return {
      ok: true,
      kb,
      answers: parsed.answers,
      overrides: parsed.overrides,
      quotes: parsed.quotes,
      evaluation,
      answersQuery: answersToSearchParams(parsed.answers).toString(),
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
