// A saved recommendation as the API sends it: the evaluation in its compact form with the evidence
// (lib/decision/compact.ts), the same shape evaluate?include=evidence answers, whichever form the row
// was stored in.
import { compactEvaluation, type CompactEvaluation } from "@/lib/decision/compact";
import type { RecommendationSnapshot } from "./service";

export type ApiSnapshot = Omit<RecommendationSnapshot, "evaluation"> & { evaluation: CompactEvaluation };

export function snapshotForApi(snapshot: RecommendationSnapshot): ApiSnapshot {
  return { ...snapshot, evaluation: compactEvaluation(snapshot.evaluation, { evidence: true }) };
}
