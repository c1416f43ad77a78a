// Group commit: writes requested in the same turn of the event loop, or while an earlier group is
// being committed, are committed together in one transaction. Under load, one fsync and one Prisma
// query serve many requests; a lone write waits only for the end of the current turn.
// Each caller's promise settles only when its own group has committed (or failed), so an
// acknowledged write is as durable as one committed alone. Framework-free: the caller says how to
// commit a group. Look-ups asked that often use it too, with one query as their "commit"
// (getRecommendationVersion in lib/recommendations/service.ts).
//
// Why wait for the end of the turn: SQLite through better-sqlite3 is synchronous behind its
// promises, so a request can run from its first line to its write without ever yielding; without
// the wait, requests that arrived together would still reach the database one at a time.

export type CommitBatch<I, O> = (items: I[]) => Promise<O[]>;

export type GroupCommitOptions = {
  /** The most items one group takes: bounds a statement's size and parameter count. */
  maxBatch?: number;
  /**
   * For commits that are all or nothing (one statement, or one transaction): when a group fails with
   * an error this accepts (a row the database refused, say, not a database that is down), each of
   * its items is committed again on its own, so one bad write fails alone instead of taking its
   * whole group with it. Never for commits that may have half-applied.
   */
  retryAloneAfter?: (error: unknown) => boolean;
  /** Told each group's size as it is committed (the metrics' batch-size histogram). */
  onBatch?: (size: number) => void;
};

const endOfTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function groupCommit<I, O>(
  commit: CommitBatch<I, O>,
  { maxBatch = 64, retryAloneAfter, onBatch }: GroupCommitOptions = {},
): (item: I) => Promise<O> {
  type Waiting = { item: I; resolve: (value: O) => void; reject: (error: unknown) => void };
  let queue: Waiting[] = [];
  let draining = false;

  async function drain(): Promise<void> {
    draining = true;
    while (queue.length > 0) {
      await endOfTurn(); // let every request already received reach this queue
      const batch = queue.slice(0, maxBatch);
      queue = queue.slice(batch.length);
      onBatch?.(batch.length);
      try {
        const results = await commit(batch.map((waiting) => waiting.item));
        if (results.length !== batch.length)
          throw new Error(`A batch of ${batch.length} writes returned ${results.length} results`);
        batch.forEach((waiting, index) => waiting.resolve(results[index]!));
      } catch (error) {
        if (batch.length > 1 && retryAloneAfter?.(error)) await commitEachAlone(batch);
        else for (const waiting of batch) waiting.reject(error);
      }
    }
    draining = false;
  }

  async function commitEachAlone(batch: Waiting[]): Promise<void> {
    for (const waiting of batch) {
      try {
        const [result] = await commit([waiting.item]);
        waiting.resolve(result!);
      } catch (error) {
        waiting.reject(error);
      }
    }
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!draining) void drain();
    });
}
