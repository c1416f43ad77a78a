// Evaluates answers against the current published knowledge base. The engine is deterministic and a
// published version never changes, so a result is remembered per (version, answers, weights, quotes): a team
// re-opening the same answers, or many people sending the same common profile, costs one evaluation.
// A new one is computed on the server's evaluation thread when there is one (lib/host-seam/bridge.ts),
// on this thread otherwise.
import "server-only";
import { EncodedBody } from "@/lib/http/encoded-body";
import type { Encoding } from "@/lib/http/encoding";
import { getCurrentKnowledgeBase } from "@/lib/knowledge/service";
import { metrics } from "@/lib/observability/metrics";
import { processCache } from "@/lib/process-state";
import { serverBridge } from "@/lib/host-seam/bridge";
import { todayUtc } from "@/lib/decision";
import { computeEvaluation, type EvaluationJob, type EvaluationSummary } from "./compute";
import type { EvaluateRequest } from "@/lib/questionnaire/evaluate-request";

export type EvaluatedRequest = {
  summary: EvaluationSummary;
  /**
   * The evaluation's compact form (lib/decision/compact.ts) as JSON, serialised once and compressed
   * once per encoding sent: with the evidence when it was asked for (and for saving).
   */
  body: EncodedBody;
};

/**
 * Bounded by bytes: an entry holds its JSON (20–35 KB, 40–60 KB with the evidence) and a compressed
 * form or two of a quarter of that, outside the JavaScript heap, and its text once decoded.
 */
const EVALUATIONS_MAX_BYTES = 24 * 1024 * 1024;
const remembered = () =>
  processCache<string, EvaluatedRequest>("evaluations", {
    maxSize: EVALUATIONS_MAX_BYTES,
    sizeCalculation: (entry) => Math.max(1, entry.body.byteLength * 2),
  });

/** `encoding`: the one the answer will be sent in, which the evaluation thread then compresses to. */
export async function evaluateRequest(
  request: EvaluateRequest,
  { evidence = false, encoding = "identity" }: { evidence?: boolean; encoding?: Encoding } = {},
): Promise<EvaluatedRequest> {
  const kb = await getCurrentKnowledgeBase({ recent: true });
  // The answers are a schema's output (its key order); weights and quotes are records in whatever
  // order the URL or the body listed them, so they are keyed sorted.
  // Support statuses are read on today's date, so an answer is remembered for the day it was made.
  const today = todayUtc();
  const key = JSON.stringify([
    kb.version.number,
    today,
    evidence,
    request.answers,
    sortedEntries(request.weights),
    sortedEntries(request.quotes),
    sortedEntries(request.assumptions),
  ]);
  const hit = remembered().get(key);
  metrics().evaluations.inc({ result: hit ? "hit" : "miss" });
  if (hit) return hit;
  const result = await compute({ kb, request, evidence, today }, encoding);
  remembered().set(key, result);
  return result;
}

async function compute(job: EvaluationJob, encoding: Encoding): Promise<EvaluatedRequest> {
  const onThread = serverBridge().evaluate;
  if (onThread) {
    try {
      const { json, compressed, summary } = await onThread({ ...job, encoding });
      metrics().evaluationThreads.inc({ ran_on: "thread" });
      return { summary, body: new EncodedBody(json, compressed ?? undefined) };
    } catch {
      // The engine threw there (evaluated again below, so the error keeps its type and becomes a
      // 400), or the thread failed (logged by the server): either way this thread answers.
    }
  }
  metrics().evaluationThreads.inc({ ran_on: "main" });
  const { text, summary } = computeEvaluation(job);
  return { summary, body: new EncodedBody(text) };
}

function sortedEntries(record: Record<string, unknown> | undefined): [string, unknown][] {
  return Object.entries(record ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
