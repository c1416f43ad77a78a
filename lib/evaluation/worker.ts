// The server's evaluation thread: evaluates, serialises and compresses (fast) each job it is sent,
// and draws link-preview images, so that the main thread, which every request passes, spends its
// time on HTTP. Compiled to
// dist/evaluation-worker.cjs and started by host/evaluation-threads.ts. It has its own heap,
// so its caches (the engine's knowledge indexes and robustness multipliers, lib/process-state.ts)
// are its own, bounded as on any thread.
import { parentPort } from "node:worker_threads";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { compressFastSync } from "@/lib/http/encoded-body";
import { computeEvaluation } from "./compute";
import { drawPreview, type PreviewFrame } from "@/lib/recommendations/preview-frame";
import type { DrawResult, JobResult, ToThread } from "./thread-messages";

const port = parentPort!;
const encoder = new TextEncoder();
let kb: KnowledgeBase | null = null;

port.on("message", (message: ToThread) => {
  if (message.type === "kb") {
    kb = message.kb;
    return;
  }
  if (message.type === "draw") return void draw(message.id, message.frame);
  const { id, request, evidence, today, encoding } = message;
  let result: JobResult;
  try {
    if (!kb) throw new Error("No knowledge base was sent before the job.");
    const { text, summary } = computeEvaluation({ kb, request, evidence, today });
    const json = encoder.encode(text) as Uint8Array<ArrayBuffer>;
    const compressed = encoding === "identity" ? null : { encoding, bytes: compressFastSync(encoding, json) };
    result = { id, ok: true, json, compressed, summary };
  } catch (error) {
    result = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const transfer = result.ok
    ? [result.json.buffer, ...(result.compressed ? [result.compressed.bytes.buffer] : [])]
    : [];
  port.postMessage(result, transfer);
});

async function draw(id: number, frame: PreviewFrame): Promise<void> {
  let result: DrawResult;
  try {
    result = { id, ok: true, png: (await drawPreview(frame)) as Uint8Array<ArrayBuffer> };
  } catch (error) {
    result = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(result, result.ok ? [result.png.buffer] : []);
}
