// What-if weights and quotes: overrides and the user's own price quotes live in state, re-score in the
// browser with the engine itself (under the same cost assumptions as the first evaluation), and are
// mirrored into the URL (replaceState, debounced) so a reload or a copied link shows the same view.
// Re-scoring needs the whole knowledge base and the engine, which arrive after the page
// (use-rescoring.ts): a change made before then shows the first evaluation, says so, and follows.
"use client";
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import type { Evaluation } from "@/lib/decision";
import { deriveWeights, weightsFromAnswers } from "@/lib/decision/weights";
import type { Quote, Quotes } from "@/lib/questionnaire/quotes";
import type { Criterion } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import type { Assumptions } from "@/lib/questionnaire/assumptions";
import { formatQuote } from "@/lib/questionnaire/quote-param";
import type { WeightOverrides } from "@/lib/questionnaire/weights";
import type { Rescoring } from "./use-rescoring";

const URL_DELAY_MS = 200;
const NO_QUOTES: Quotes = {};
const NO_ASSUMPTIONS: Assumptions = {};

function sameOverrides(a: WeightOverrides, b: WeightOverrides): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && b[k] === a[k]);
}

function sameQuotes(a: Quotes, b: Quotes): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => {
      const x = a[k]!;
      const y = b[k];
      return y !== undefined && x.amount === y.amount && x.unit === y.unit && x.currency === y.currency;
    })
  );
}

/**
 * The answers' query (which carries the assumptions, `a.<field>`) plus `w.<criterion>` for every override, in criterion order, then
 * `q.<product>=<amount>:<unit>[:<currency>]` for every quote, in product-id order (a stable URL).
 */
export function buildQuery(
  answersQuery: string,
  overrides: WeightOverrides,
  order: readonly string[],
  quotes: Quotes = NO_QUOTES,
): string {
  const params = new URLSearchParams(answersQuery);
  for (const key of order) {
    const value = overrides[key];
    if (value !== undefined) params.set(`w.${key}`, String(value));
  }
  for (const product of Object.keys(quotes).sort()) params.set(`q.${product}`, formatQuote(quotes[product]!));
  return params.toString();
}

type Input = {
  /** The whole knowledge base and the engine, once loaded. */
  rescoring: Rescoring;
  /** The criteria, in the knowledge base's order (the page has them before the whole base arrives). */
  criteria: readonly Criterion[];
  answers: Answers;
  initialWeights: WeightOverrides;
  /** The quotes the first evaluation used (from the URL or the saved snapshot). */
  initialQuotes?: Quotes;
  /** The cost model's assumptions, fixed for the page: every re-score uses them. */
  assumptions?: Assumptions;
  initialEvaluation: Evaluation;
  /** The answers and assumptions as a query (answersToSearchParams). */
  answersQuery: string;
  /** Mirror the overrides into the address bar (off for read-only views on other routes). */
  syncUrl: boolean;
};

export function useWhatIf({
  rescoring,
  criteria,
  answers,
  initialWeights,
  initialQuotes = NO_QUOTES,
  assumptions = NO_ASSUMPTIONS,
  initialEvaluation,
  answersQuery,
  syncUrl,
}: Input) {
  const [overrides, setOverrides] = useState<WeightOverrides>(initialWeights);
  const [quotes, setQuotes] = useState<Quotes>(initialQuotes);
  const [notice, setNotice] = useState<string | null>(null);
  // Sliders stay responsive; the (few-millisecond) evaluation follows at lower priority.
  const deferred = useDeferredValue(overrides);
  const deferredQuotes = useDeferredValue(quotes);
  const changed = !(sameOverrides(deferred, initialWeights) && sameQuotes(deferredQuotes, initialQuotes));
  const { ready, failed, load } = rescoring;
  const evaluation = useMemo(
    () =>
      changed && ready
        ? ready.evaluate({ answers, kb: ready.kb, weights: deferred, quotes: deferredQuotes, assumptions })
        : initialEvaluation,
    [changed, ready, deferred, deferredQuotes, initialEvaluation, answers, assumptions],
  );
  useEffect(() => {
    if (changed && !ready) load();
    // Each new change tries again after a failed load (load() does nothing while one is under way).
  }, [changed, ready, load, deferred, deferredQuotes]);
  // The weights the answers alone give, to show next to an adjusted one.
  const fromAnswers = useMemo(() => weightsFromAnswers(criteria, answers), [criteria, answers]);
  // The weights as set, for the sliders: they follow the hand at once, also while the ranking waits.
  const weights = useMemo(() => deriveWeights(criteria, answers, overrides).list, [criteria, answers, overrides]);
  const order = useMemo(() => criteria.map((c) => c.key), [criteria]);
  const query = useMemo(
    () => buildQuery(answersQuery, overrides, order, quotes),
    [answersQuery, overrides, order, quotes],
  );
  // What the shown evaluation was computed from: saving, exporting and the verdict speak of it, not of
  // a change still waiting for the knowledge base.
  const evaluated = useMemo(() => {
    const inputs =
      changed && ready
        ? { overrides: deferred, quotes: deferredQuotes }
        : { overrides: initialWeights, quotes: initialQuotes };
    return { ...inputs, query: buildQuery(answersQuery, inputs.overrides, order, inputs.quotes) };
  }, [changed, ready, deferred, deferredQuotes, initialWeights, initialQuotes, answersQuery, order]);

  useEffect(() => {
    if (!syncUrl) return;
    const timer = window.setTimeout(() => {
      if (window.location.search.slice(1) === query) return;
      window.history.replaceState(window.history.state, "", `${window.location.pathname}?${query}`);
    }, URL_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [query, syncUrl]);

  const setWeight = useCallback(
    (key: string, value: number) => {
      if (!Number.isFinite(value) || value < 0) return;
      const others = weights.reduce((sum, w) => (w.key === key ? sum : sum + w.raw), 0);
      if (others + value <= 0) {
        setNotice("At least one criterion needs a weight above 0.");
        return;
      }
      setNotice(null);
      setOverrides((current) => ({ ...current, [key]: value }));
    },
    [weights],
  );
  const reset = useCallback(() => {
    setNotice(null);
    setOverrides({});
  }, []);
  // Callers validate with quoteSchema first; a quote replaces the product's published prices.
  const setQuote = useCallback((product: string, quote: Quote) => {
    setQuotes((current) => ({ ...current, [product]: quote }));
  }, []);
  const removeQuote = useCallback((product: string) => {
    setQuotes((current) => {
      if (!Object.hasOwn(current, product)) return current;
      const rest = { ...current };
      delete rest[product];
      return rest;
    });
  }, []);

  const waiting = changed && !ready;

  return {
    overrides,
    quotes,
    evaluation,
    /** The inputs `evaluation` was computed from (the first ones while the knowledge base loads). */
    evaluated,
    weights,
    fromAnswers,
    query,
    notice,
    /** Re-scoring waits for the knowledge base: "loading", or "failed" until retry() is called. */
    loading: waiting ? (failed ? ("failed" as const) : ("loading" as const)) : null,
    retry: load,
    setWeight,
    reset,
    setQuote,
    removeQuote,
    pending: waiting || deferred !== overrides || deferredQuotes !== quotes,
  };
}
