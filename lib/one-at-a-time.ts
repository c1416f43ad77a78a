// Work that holds the main thread (drawing a link-preview image, making a report) runs one piece at a
// time per kind; a burst waits its turn, up to `maxWaiting`, and beyond that is told it is busy, so a
// crowd of such requests can never take over the CPU the API needs. Each kind's queue is kept in the
// process registry (lib/process-state.ts) under `name`.
import { processValue } from "@/lib/process-state";

type Queue = { busy: boolean; waiting: (() => void)[] };

export type Turn<T> = { done: T } | { busy: true };

export async function oneAtATime<T>(name: string, maxWaiting: number, work: () => Promise<T>): Promise<Turn<T>> {
  const queue = processValue<Queue>(name, () => ({ busy: false, waiting: [] }));
  if (queue.busy) {
    if (queue.waiting.length >= maxWaiting) return { busy: true };
    await new Promise<void>((resolve) => queue.waiting.push(resolve));
    // The work blocks the main thread: let the requests that arrived meanwhile run in between two pieces.
    await new Promise((resolve) => setImmediate(resolve));
  }
  queue.busy = true;
  try {
    return { done: await work() };
  } finally {
    const next = queue.waiting.shift();
    if (next) next();
    else queue.busy = false;
  }
}
