// Before a publish: which saved recommendations the draft would change. Each of the most recent
// ones is re-scored with the live knowledge base and with the draft (same answers, weights and
// quotes), and the two are compared, so the preview shows the draft's own effect, not drift since
// the recommendation was saved. Saved links keep their snapshot either way; what changes is the
// "today's data" notice their readers see, and the advice a re-evaluation gives.
import "server-only";
import { EngineInputError, evaluateAnswers, type Evaluation } from "@/lib/decision";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import type { HypervisorId } from "@/lib/questionnaire/options";
import { countRecommendations, listRecentInputs, type SavedInputs } from "./service";
import { compareEvaluations } from "./today";

/** Enough to see the effect; bounded so the admin overview stays fast on a big database. */
export const PREVIEW_LIMIT = 300;

export type PreviewItem = {
  id: string;
  name: string | null;
  createdAt: string;
  winnerNow: HypervisorId | null;
  winnerAfter: HypervisorId | null;
};

export type PublishPreview = {
  checked: number;
  total: number;
  /** The ranking (or the first choice) would change. */
  reranked: PreviewItem[];
  /** Only the scores would move (a family's, or any product's). */
  rescored: number;
  /** A weight override names a criterion one of the two versions does not have. */
  unscorable: number;
};

// The preview compares rankings and scores only: one robustness sample is enough and keeps it fast.
const evaluate = (s: SavedInputs, kb: KnowledgeBase): Evaluation =>
  evaluateAnswers({
    answers: s.answers,
    kb,
    weights: s.weights,
    quotes: s.quotes,
    assumptions: s.assumptions ?? {},
    samples: 1,
  });

export async function previewPublish(live: KnowledgeBase, draft: KnowledgeBase): Promise<PublishPreview> {
  const [snapshots, total] = await Promise.all([listRecentInputs(PREVIEW_LIMIT), countRecommendations()]);
  const preview: PublishPreview = { checked: snapshots.length, total, reranked: [], rescored: 0, unscorable: 0 };
  for (const snapshot of snapshots) {
    let now: Evaluation, after: Evaluation;
    try {
      [now, after] = [evaluate(snapshot, live), evaluate(snapshot, draft)];
    } catch (error) {
      if (!(error instanceof EngineInputError)) throw error;
      preview.unscorable++;
      continue;
    }
    const diff = compareEvaluations(now, after);
    if (diff.ranksDiffer)
      preview.reranked.push({
        id: snapshot.id,
        name: snapshot.name,
        createdAt: snapshot.createdAt,
        winnerNow: now.winner,
        winnerAfter: after.winner,
      });
    else if (diff.changes.length > 0 || diff.productsMoved > 0) preview.rescored++;
  }
  return preview;
}
