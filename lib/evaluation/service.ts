// Evaluates answers against the current published knowledge base.
import "server-only";
import { evaluateAnswers, type Evaluation } from "@/lib/decision";
import { getCurrentKnowledgeBase } from "@/lib/knowledge/service";
import type { EvaluateRequest } from "./request";

export async function evaluateRequest(request: EvaluateRequest): Promise<Evaluation> {
  const kb = await getCurrentKnowledgeBase();
  return evaluateAnswers({ answers: request.answers, kb, weightOverrides: request.weights });
}
