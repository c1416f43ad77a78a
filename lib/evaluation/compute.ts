// One evaluate request turned into what is sent and stored: the engine's result in its compact form
// (lib/decision/compact.ts) as JSON text, and the three facts a save records beside it. Pure, so the
// same function runs in the server's evaluation thread (lib/evaluation/worker.ts) and, where there
// is none (`next dev`, the tests, a thread that failed), on the main thread.
import { evaluateAnswers } from "@/lib/decision";
import { compactEvaluation } from "@/lib/decision/compact";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import type { HypervisorId } from "@/lib/questionnaire/options";
import type { EvaluateRequest } from "@/lib/questionnaire/evaluate-request";

export type EvaluationJob = {
  kb: KnowledgeBase;
  request: EvaluateRequest;
  /** With the rationale and sources of every rating (evaluate?include=evidence, and for saving). */
  evidence: boolean;
  /** The day products' support statuses are read on (YYYY-MM-DD, UTC). */
  today: string;
};

/** What a saved recommendation's row records besides the evaluation itself. */
export type EvaluationSummary = { kbVersion: number; modelVersion: string; winner: HypervisorId | null };

export function computeEvaluation({ kb, request, evidence, today }: EvaluationJob): {
  text: string;
  summary: EvaluationSummary;
} {
  const evaluation = evaluateAnswers({
    answers: request.answers,
    kb,
    weights: request.weights,
    quotes: request.quotes,
    assumptions: request.assumptions,
    today,
  });
  return {
    text: JSON.stringify(compactEvaluation(evaluation, { evidence })),
    summary: {
      kbVersion: evaluation.kbVersion.number,
      modelVersion: evaluation.modelVersion,
      winner: evaluation.winner,
    },
  };
}
