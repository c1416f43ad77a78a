// What re-scoring in the browser needs and the first paint does not: the whole knowledge base the
// results page was rendered from and the engine's code. The page carries only what it shows
// (lib/presentation/page-knowledge.ts); both load once the browser is idle after the first paint, or
// at once when a weight or quote changes before then. The version is pinned, so a publish in between
// cannot mix two versions in one view.
"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { evaluateAnswers } from "@/lib/decision";
import type { KnowledgeBase } from "@/lib/knowledge/schema";

export type Rescorer = { kb: KnowledgeBase; evaluate: typeof evaluateAnswers };

export type Rescoring = {
  /** Both parts, once loaded. */
  ready: Rescorer | null;
  /** The last attempt failed; calling load() tries again. */
  failed: boolean;
  load: () => void;
};

async function fetchKnowledgeBase(version: number): Promise<KnowledgeBase> {
  const response = await fetch(`/api/v1/model?version=${version}`, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`GET /api/v1/model answered ${response.status}`);
  return (await response.json()) as KnowledgeBase;
}

export function useRescoring(version: number): Rescoring {
  const [ready, setReady] = useState<Rescorer | null>(null);
  const [failed, setFailed] = useState(false);
  // Set from the first attempt until one fails: a load under way or done is never started again, even by
  // an idle callback or timer queued before the result re-rendered (its `ready` is still null then).
  const started = useRef(false);

  const load = useCallback(() => {
    if (started.current || ready) return;
    started.current = true;
    setFailed(false);
    Promise.all([fetchKnowledgeBase(version), import("@/lib/decision/evaluate")]).then(
      ([kb, engine]) => setReady({ kb, evaluate: engine.evaluateAnswers }),
      () => {
        started.current = false; // Try again may start another
        setFailed(true);
      },
    );
  }, [ready, version]);

  useEffect(() => {
    if (ready) return;
    if (typeof window.requestIdleCallback !== "function") {
      const timer = window.setTimeout(load, 1000);
      return () => window.clearTimeout(timer);
    }
    const idle = window.requestIdleCallback(load, { timeout: 3000 });
    return () => window.cancelIdleCallback(idle);
  }, [load, ready]);

  return { ready, failed, load };
}
