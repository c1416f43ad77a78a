// Full evaluations (the engine's Evaluation type) for the integration tests to compare with, on the
// current published knowledge base. The services keep and send only an evaluation's compact JSON
// (lib/evaluation/service.ts).
import { evaluateAnswers, type Evaluation } from "@/lib/decision";
import { expandEvaluation } from "@/lib/decision/compact";
import type { EvaluateRequest } from "@/lib/questionnaire/evaluate-request";

/** The engine's own result, computed here: the reference for what is stored and shown. */
export async function engineEvaluation(request: EvaluateRequest): Promise<Evaluation> {
  const { getCurrentKnowledgeBase } = await import("@/lib/knowledge/service");
  return evaluateAnswers({
    answers: request.answers,
    kb: await getCurrentKnowledgeBase(),
    weights: request.weights,
    quotes: request.quotes,
  });
}

/** What POST /api/v1/evaluate?include=evidence would answer now, expanded: through the service and its memo. */
export async function serviceEvaluation(request: EvaluateRequest): Promise<Evaluation> {
  const { evaluateRequest } = await import("@/lib/evaluation/service");
  const { body } = await evaluateRequest(request, { evidence: true });
  return expandEvaluation(JSON.parse(body.text));
}
