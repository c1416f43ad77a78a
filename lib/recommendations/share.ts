// Everything the share page needs for one saved recommendation: the snapshot, the knowledge-base
// version it was computed with (for names and history), and how today's data would rank it.
//
// Most views of a share page never reach this code: host/server.ts serves the rendered page from memory
// (host/page-cache/). This runs when the page is rendered (once per change), for router fetches,
// the OG image and the downloads, and keeps the expensive parts in memory too: a snapshot only
// changes through its owner's rename/notes edit (which bumps updatedAt) or deletion, and a published
// knowledge-base version never changes. Each call still asks the database one indexed question
// ("does this id exist, and since when unchanged?") so a rename or delete made through another
// instance is honoured.
import "server-only";
import { cache } from "react";
import { ENGINE_VERSION, EngineInputError, evaluateAnswers, todayUtc } from "@/lib/decision";
import { NotFoundError } from "@/lib/errors/app-error";
import { processCache } from "@/lib/process-state";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { getCurrentKnowledgeBase, getPublishedKnowledgeBase } from "@/lib/knowledge/service";
import { getRecommendation, getRecommendationVersion, type RecommendationSnapshot } from "./service";
import { compareEvaluations, type TodayComparison } from "./today";

export type SharedRecommendation = {
  snapshot: RecommendationSnapshot;
  kb: KnowledgeBase;
  /** null when today's knowledge base and engine are the ones the snapshot used. */
  today: TodayComparison | { todayLabel: string; todayKbVersion: number; unavailable: string } | null;
};

/** `todayFor`: the knowledge-base version and the day "today" was computed for (support statuses are dated). */
type Entry = { updatedAt: number; shared: SharedRecommendation; todayFor: string };

/**
 * Bounded by bytes so a crawler walking many links cannot grow the process without limit: an entry
 * costs about twice the JSON of its snapshot and comparison (the knowledge base it refers to is
 * shared with the knowledge-versions cache and not counted here).
 */
const SHARED_MAX_BYTES = 32 * 1024 * 1024;
const entries = () => processCache<string, Entry>("shared-recommendations", { maxSize: SHARED_MAX_BYTES });

function remember(id: string, entry: Entry): void {
  const { snapshot, today } = entry.shared;
  const size = 2 * (JSON.stringify(snapshot).length + JSON.stringify(today ?? null).length);
  entries().set(id, entry, { size: Math.max(1, size) });
}

/** Cached per request so generateMetadata, the page and the OG image share one read. */
export const loadSharedRecommendation = cache(async (id: string): Promise<SharedRecommendation | null> => {
  const [version, current] = await Promise.all([getRecommendationVersion(id), getCurrentKnowledgeBase()]);
  if (version === null) {
    entries().delete(id);
    return null;
  }
  const cached = entries().get(id);
  const todayFor = `${current.version.number}:${todayUtc()}`;
  if (cached && cached.updatedAt === version) {
    if (cached.todayFor === todayFor) return cached.shared;
    // The knowledge base or the day moved on since this entry was built: only "today" needs recomputing.
    const shared = { ...cached.shared, today: compareWithToday(cached.shared.snapshot, current) };
    remember(id, { ...cached, shared, todayFor });
    return shared;
  }

  let snapshot: RecommendationSnapshot;
  try {
    snapshot = await getRecommendation(id);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
  const kb = (await getPublishedKnowledgeBase(snapshot.kbVersion)) ?? current;
  const shared = { snapshot, kb, today: compareWithToday(snapshot, current) };
  remember(id, { updatedAt: new Date(snapshot.updatedAt).getTime(), shared, todayFor });
  return shared;
});

function compareWithToday(snapshot: RecommendationSnapshot, current: KnowledgeBase): SharedRecommendation["today"] {
  if (current.version.number === snapshot.kbVersion && snapshot.evaluation.engineVersion === ENGINE_VERSION)
    return null;
  try {
    const now = evaluateAnswers({
      answers: snapshot.answers,
      kb: current,
      weights: snapshot.weights,
      quotes: snapshot.quotes ?? {},
      assumptions: snapshot.assumptions ?? {},
    });
    return compareEvaluations(snapshot.evaluation, now);
  } catch (error) {
    // A weight override may name a criterion today's knowledge base no longer has.
    if (error instanceof EngineInputError)
      return { todayLabel: current.version.label, todayKbVersion: current.version.number, unavailable: error.message };
    throw error;
  }
}
