// What a kept page's HTML depends on, for the page cache in front of Next (host/page-cache): for a share page
// the recommendation's last change, the current knowledge-base version (the "today's data" notice)
// and the engine version. One indexed lookup; the current version is the one trusted for a second on
// the hot paths (lib/knowledge/service.ts), since the page cache itself rechecks only once a second.
import "server-only";
import { ENGINE_VERSION } from "@/lib/decision";
import { getCurrentKnowledgeBase } from "@/lib/knowledge/service";
import { getRecommendationVersion } from "./service";

export async function shareStamp(id: string): Promise<string | null> {
  const [updatedAt, current] = await Promise.all([
    getRecommendationVersion(id),
    getCurrentKnowledgeBase({ recent: true }),
  ]);
  return updatedAt === null ? null : `${updatedAt}:${current.version.number}:${ENGINE_VERSION}`;
}

/**
 * What the knowledge page's HTML depends on: the current version, and the day, since a rating turns
 * stale by its date (lib/knowledge/staleness.ts) and the page marks it.
 */
export async function knowledgePageStamp(): Promise<string> {
  const current = await getCurrentKnowledgeBase({ recent: true });
  return `${current.version.number}:${new Date().toISOString().slice(0, 10)}`;
}
