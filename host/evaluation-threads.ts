// The server's evaluation threads (lib/evaluation/worker.ts): evaluate requests the memo does not
// answer are computed there, so the main thread, which every request passes (share pages, static
// files, the API), is not held up by the engine, serialising and compressing. host/server.ts starts
// them and hands `evaluate` to the app through lib/host-seam/bridge.ts.
//
// Each thread is sent a knowledge base once (jobs name none; a thread uses the last one sent) and
// jobs in order; a job goes to the thread with the fewest unanswered. A thread that fails or exits
// rejects its unanswered jobs (the app then evaluates them itself) and is replaced on the next job.
import { Worker } from "node:worker_threads";
import type {
  DrawMessage,
  DrawResult,
  JobMessage,
  JobResult,
  ThreadAnswer,
  ThreadJob,
} from "@/lib/evaluation/thread-messages";
import type { PreviewFrame } from "@/lib/recommendations/preview-frame";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { logger } from "@/lib/observability/logger";

type Answer = ThreadAnswer | Extract<DrawResult, { ok: true }>;
type Pending = { resolve: (answer: Answer) => void; reject: (error: Error) => void };
type Thread = { worker: Worker; kb: KnowledgeBase | null; pending: Map<number, Pending> };

/** Well under the main thread's: a job's garbage is a few hundred KB, the kept caches a few MB. */
const THREAD_HEAP_MB = 64;

export class EvaluationThreads {
  private readonly threads: (Thread | null)[];
  private nextId = 1;
  private closed = false;

  /** `file`: the compiled worker, or with `typescript` its source (run through tsx's require hook). */
  constructor(
    private readonly file: string,
    count: number,
    private readonly options: { typescript?: boolean } = {},
  ) {
    this.threads = Array.from({ length: Math.max(1, count) }, () => null);
  }

  /** Threads are started on first use, so an idle server holds none. */
  evaluate({ kb, request, evidence, today, encoding }: ThreadJob): Promise<ThreadAnswer> {
    if (this.closed) return Promise.reject(new Error("The evaluation threads are closed."));
    const slot = this.leastBusy();
    const thread = (this.threads[slot] ??= this.start(slot));
    if (thread.kb !== kb) {
      thread.worker.postMessage({ type: "kb", kb });
      thread.kb = kb;
    }
    const id = this.nextId++;
    return new Promise<ThreadAnswer>((resolve, reject) => {
      thread.pending.set(id, { resolve: resolve as Pending["resolve"], reject });
      const job: JobMessage = { type: "job", id, request, evidence, today, encoding };
      thread.worker.postMessage(job);
    });
  }

  /** Draws a link-preview image on a thread; rejects when the thread cannot (the app then draws it). */
  draw(frame: PreviewFrame): Promise<Uint8Array> {
    if (this.closed) return Promise.reject(new Error("The evaluation threads are closed."));
    const slot = this.leastBusy();
    const thread = (this.threads[slot] ??= this.start(slot));
    const id = this.nextId++;
    return new Promise<Uint8Array>((resolve, reject) => {
      thread.pending.set(id, {
        resolve: (answer) => resolve((answer as Extract<DrawResult, { ok: true }>).png),
        reject,
      });
      const message: DrawMessage = { type: "draw", id, frame };
      thread.worker.postMessage(message);
    });
  }

  /** Jobs sent and not yet answered, over all threads (for tests and diagnostics). */
  get unanswered(): number {
    return this.threads.reduce((sum, thread) => sum + (thread?.pending.size ?? 0), 0);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.threads.map((thread) => thread?.worker.terminate()));
  }

  private leastBusy(): number {
    let best = 0;
    for (let i = 1; i < this.threads.length; i++) {
      const load = this.threads[i]?.pending.size ?? -1; // a thread not started yet counts as idle
      if (load < (this.threads[best]?.pending.size ?? -1)) best = i;
    }
    return best;
  }

  private start(slot: number): Thread {
    const resourceLimits = { maxOldGenerationSizeMb: THREAD_HEAP_MB };
    // Node 20 does not apply a worker's `--import` loader to the worker's own file: register tsx first.
    const worker = this.options.typescript
      ? new Worker(`require("tsx/cjs"); require(${JSON.stringify(this.file)});`, { eval: true, resourceLimits })
      : new Worker(this.file, { resourceLimits });
    const thread: Thread = { worker, kb: null, pending: new Map() };
    worker.unref(); // an idle thread does not keep the process alive
    worker.on("message", (result: JobResult | DrawResult) => {
      const pending = thread.pending.get(result.id);
      if (!pending) return;
      thread.pending.delete(result.id);
      if (result.ok) pending.resolve(result);
      else pending.reject(new Error(result.message));
    });
    const fail = (error: Error) => {
      if (this.threads[slot] !== thread) return;
      this.threads[slot] = null; // replaced on the next job
      if (!this.closed) logger().error({ err: error, thread: slot }, "evaluation thread failed");
      for (const pending of thread.pending.values()) pending.reject(error);
      thread.pending.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`The evaluation thread exited with code ${code}.`)));
    return thread;
  }
}
