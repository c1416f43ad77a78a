// What-if weights: overrides live in state, re-score in the browser with the engine itself, and are
// mirrored into the URL (replaceState, debounced) so a reload or a copied link shows the same view.
"use client";
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from "react";
import { evaluateAnswers, type Evaluation } from "@/lib/decision";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";

export type Overrides = Readonly<Record<string, number>>;

const URL_DELAY_MS = 200;

function sameOverrides(a: Overrides, b: Overrides): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && b[k] === a[k]);
}

/** The answers' query plus `w.<criterion>` for every override, in criterion order. */
export function buildQuery(answersQuery: string, overrides: Overrides, order: readonly string[]): string {
  const params = new URLSearchParams(answersQuery);
  for (const key of order) {
    const value = overrides[key];
    if (value !== undefined) params.set(`w.${key}`, String(value));
  }
  return params.toString();
}

type Input = {
  kb: KnowledgeBase;
  answers: Answers;
  initialOverrides: Overrides;
  initialEvaluation: Evaluation;
  answersQuery: string;
  /** Mirror the overrides into the address bar (off for read-only views on other routes). */
  syncUrl: boolean;
};

export function useWhatIf({ kb, answers, initialOverrides, initialEvaluation, answersQuery, syncUrl }: Input) {
  const [overrides, setOverrides] = useState<Overrides>(initialOverrides);
  const [notice, setNotice] = useState<string | null>(null);
  // Sliders stay responsive; the (few-millisecond) evaluation follows at lower priority.
  const deferred = useDeferredValue(overrides);
  const evaluation = useMemo(
    () =>
      sameOverrides(deferred, initialOverrides)
        ? initialEvaluation
        : evaluateAnswers({ answers, kb, weightOverrides: deferred }),
    [deferred, initialOverrides, initialEvaluation, answers, kb],
  );
  const order = useMemo(() => kb.criteria.map((c) => c.key), [kb]);
  const query = useMemo(() => buildQuery(answersQuery, overrides, order), [answersQuery, overrides, order]);

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
      const others = evaluation.weights.reduce((sum, w) => (w.key === key ? sum : sum + w.raw), 0);
      if (others + value <= 0) {
        setNotice("At least one criterion needs a weight above 0.");
        return;
      }
      setNotice(null);
      setOverrides((current) => ({ ...current, [key]: value }));
    },
    [evaluation.weights],
  );
  const reset = useCallback(() => {
    setNotice(null);
    setOverrides({});
  }, []);

  return { overrides, evaluation, query, notice, setWeight, reset, pending: deferred !== overrides };
}
