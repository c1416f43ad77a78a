// Everything the share page needs for one saved recommendation: the snapshot, the knowledge-base
// version it was computed with (for names and history), and how today's data would rank it.
import "server-only";
import { cache } from "react";
import { ENGINE_VERSION, EngineInputError, evaluateAnswers } from "@/lib/decision";
import { NotFoundError } from "@/lib/http/errors";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { getCurrentKnowledgeBase, getPublishedKnowledgeBase } from "@/lib/knowledge/service";
import { getRecommendation, type RecommendationSnapshot } from "./service";
import { compareEvaluations, type TodayComparison } from "./today";

export type SharedRecommendation = {
  snapshot: RecommendationSnapshot;
  kb: KnowledgeBase;
  /** null when today's knowledge base and engine are the ones the snapshot used. */
  today: TodayComparison | { todayLabel: string; unavailable: string } | null;
};

/** Cached per request so generateMetadata, the page and the OG image share one read. */
export const loadSharedRecommendation = cache(async (id: string): Promise<SharedRecommendation | null> => {
  let snapshot: RecommendationSnapshot;
  try {
    snapshot = await getRecommendation(id);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
  const [kb, current] = await Promise.all([getPublishedKnowledgeBase(snapshot.kbVersion), getCurrentKnowledgeBase()]);
  return { snapshot, kb: kb ?? current, today: compareWithToday(snapshot, current) };
});

function compareWithToday(snapshot: RecommendationSnapshot, current: KnowledgeBase): SharedRecommendation["today"] {
  if (current.version.number === snapshot.kbVersion && snapshot.evaluation.engineVersion === ENGINE_VERSION) return null;
  try {
    const now = evaluateAnswers({ answers: snapshot.answers, kb: current, weightOverrides: snapshot.weights });
    return compareEvaluations(snapshot.evaluation, now);
  } catch (error) {
    // A weight override may name a criterion today's knowledge base no longer has.
    if (error instanceof EngineInputError) return { todayLabel: current.version.label, unavailable: error.message };
    throw error;
  }
}
