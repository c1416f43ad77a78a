// How many imports the process takes at once. Each holds its file in memory (up to the file limit)
// and reading one is CPU work on the main thread, so at most MAX_IN_FLIGHT are taken (receiving,
// waiting or being read) and they are read one after another, with other requests let in between;
// beyond that the answer is 503 with Retry-After. Kept in the process registry (lib/process-state.ts).
import "server-only";
import { ServiceUnavailableError } from "@/lib/errors/app-error";
import { processValue } from "@/lib/process-state";

const MAX_IN_FLIGHT = 4;

type Gate = { inFlight: number; reading: Promise<void> };

type ReadOneAtATime = <T>(read: () => T) => Promise<T>;

export async function withImportSlot<T>(work: (readOneAtATime: ReadOneAtATime) => Promise<T>): Promise<T> {
  const gate = processValue<Gate>("inventory-import-gate", () => ({ inFlight: 0, reading: Promise.resolve() }));
  if (gate.inFlight >= MAX_IN_FLIGHT) {
    throw new ServiceUnavailableError("Other inventories are being read right now. Try again in a few seconds.");
  }
  gate.inFlight++;
  try {
    return await work(<R>(read: () => R) => {
      const turn = gate.reading.then(
        () =>
          new Promise<R>((resolve, reject) =>
            // Let the requests that arrived meanwhile in before this read takes the thread.
            setImmediate(() => {
              try {
                resolve(read());
              } catch (error) {
                reject(error);
              }
            }),
          ),
      );
      gate.reading = turn.then(
        () => undefined,
        () => undefined,
      );
      return turn;
    });
  } finally {
    gate.inFlight--;
  }
}
