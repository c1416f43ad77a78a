// What the server's main thread and its evaluation thread (lib/evaluation/worker.ts, driven by
// host/evaluation-threads.ts) say to each other. Byte arrays travel as transferred buffers,
// not copies.
import type { Compressed } from "@/lib/http/encoded-body";
import type { Encoding } from "@/lib/http/encoding";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import type { PreviewFrame } from "@/lib/recommendations/preview-frame";
import type { EvaluationJob, EvaluationSummary } from "./compute";

/** Sent once per knowledge base (a published version never changes); jobs use the latest sent. */
export type KnowledgeMessage = { type: "kb"; kb: KnowledgeBase };

export type JobMessage = {
  type: "job";
  id: number;
  request: EvaluationJob["request"];
  evidence: boolean;
  today: string;
  /** Compressed with the fast effort in the thread too, unless "identity". */
  encoding: Encoding;
};

/** A link-preview image to draw (lib/recommendations/preview-frame.tsx), off the main thread too. */
export type DrawMessage = { type: "draw"; id: number; frame: PreviewFrame };

export type ToThread = KnowledgeMessage | JobMessage | DrawMessage;

export type DrawResult =
  { id: number; ok: true; png: Uint8Array<ArrayBuffer> } | { id: number; ok: false; message: string };

export type JobResult =
  | {
      id: number;
      ok: true;
      /** The compact evaluation's JSON, UTF-8. */
      json: Uint8Array<ArrayBuffer>;
      compressed: { encoding: Compressed; bytes: Uint8Array<ArrayBuffer> } | null;
      summary: EvaluationSummary;
    }
  /** The engine threw: the caller evaluates again on its own thread, where the error keeps its type. */
  | { id: number; ok: false; message: string };

/** An evaluation for a thread: the job and the encoding to compress its answer in. */
export type ThreadJob = EvaluationJob & { encoding: Encoding };
/** A thread's evaluation, when it succeeded. */
export type ThreadAnswer = Extract<JobResult, { ok: true }>;
