// Evaluates answers against the current published knowledge base. The engine is deterministic and a
// published version never changes, so a result is remembered per (version, answers, weights, quotes): a team
// re-opening the same answers, or many people sending the same common profile, costs one evaluation.
import "server-only";
import { evaluateAnswers, type Evaluation } from "@/lib/decision";
import { compactEvaluation } from "@/lib/decision/compact";
import { EncodedBody } from "@/lib/http/encoded-body";
import { getCurrentKnowledgeBase } from "@/lib/knowledge/service";
import { metrics } from "@/lib/observability/metrics";
import { processCache } from "@/lib/process-state";
import type { EvaluateRequest } from "./request";

export type EvaluatedRequest = {
  evaluation: Evaluation;
  /**
   * The evaluation's compact form (lib/decision/compact.ts) as JSON, serialised once (`body.text`) and
   * compressed once per encoding sent: with the evidence when it was asked for (and for saving).
   */
  body: EncodedBody;
};

/**
 * Bounded by bytes: an entry costs about four times its JSON text (the text, the evaluation's objects,
 * which repeat what the compact text says once, and the compressed forms once sent); the compact JSON
 * is 20–35 KB, 40–60 KB with the evidence.
 */
const EVALUATIONS_MAX_BYTES = 24 * 1024 * 1024;
const remembered = () =>
  processCache<string, EvaluatedRequest>("evaluations", {
    maxSize: EVALUATIONS_MAX_BYTES,
    sizeCalculation: (entry) => Math.max(1, entry.body.text.length * 4),
  });

export async function evaluateRequest(
  request: EvaluateRequest,
  { evidence = false }: { evidence?: boolean } = {},
): Promise<EvaluatedRequest> {
  const kb = await getCurrentKnowledgeBase({ recent: true });
  const key = JSON.stringify([
    kb.version.number,
    evidence,
    request.answers,
    request.weights ?? {},
    request.quotes ?? {},
  ]);
  const hit = remembered().get(key);
  metrics().evaluations.inc({ result: hit ? "hit" : "miss" });
  if (hit) return hit;
  const evaluation = evaluateAnswers({
    answers: request.answers,
    kb,
    weightOverrides: request.weights,
    quotes: request.quotes,
  });
  const result = { evaluation, body: new EncodedBody(JSON.stringify(compactEvaluation(evaluation, { evidence }))) };
  remembered().set(key, result);
  return result;
}
