// What a share page's HTML depends on, for the share-page cache in front of Next (lib/share-cache):
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
