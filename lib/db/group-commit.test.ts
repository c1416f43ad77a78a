import { groupCommit } from "./group-commit";

/** A commit function whose batches the test releases one at a time. */
function controlledCommit() {
  const batches: { items: number[]; release: (error?: Error) => void }[] = [];
  const commit = (items: number[]) =>
    new Promise<string[]>((resolve, reject) => {
      batches.push({
        items,
        release: (error) => (error ? reject(error) : resolve(items.map((item) => `saved ${item}`))),
      });
    });
  return { batches, commit };
}

/** Past the end of the current turn, and of the one a just-released commit schedules. */
const tick = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
};

test("a lone write is committed at the end of the turn, in a batch of its own", async () => {
  const { batches, commit } = controlledCommit();
  const write = groupCommit(commit);
  const pending = write(1);
  expect(batches).toHaveLength(0);
  await tick();
  expect(batches.map((b) => b.items)).toEqual([[1]]);
  batches[0]!.release();
  await expect(pending).resolves.toBe("saved 1");
});

test("writes requested in the same turn are committed together", async () => {
  const { batches, commit } = controlledCommit();
  const write = groupCommit(commit);
  const all = [write(1), write(2), write(3)];
  await tick();
  expect(batches.map((b) => b.items)).toEqual([[1, 2, 3]]);
  batches[0]!.release();
  await expect(Promise.all(all)).resolves.toEqual(["saved 1", "saved 2", "saved 3"]);
});

test("writes that arrive during a commit go together in the next one, each answered with its own result", async () => {
  const { batches, commit } = controlledCommit();
  const write = groupCommit(commit);
  const first = write(1);
  await tick();
  const rest = [write(2), write(3), write(4)];
  expect(batches).toHaveLength(1); // 2–4 wait for the first commit
  batches[0]!.release();
  await first;
  await tick();
  expect(batches.map((b) => b.items)).toEqual([[1], [2, 3, 4]]);
  let settled = false;
  void Promise.all(rest).then(() => (settled = true));
  await tick();
  expect(settled).toBe(false); // nobody is answered before their own batch commits
  batches[1]!.release();
  await expect(Promise.all(rest)).resolves.toEqual(["saved 2", "saved 3", "saved 4"]);
});

test("a batch takes at most maxBatch writes", async () => {
  const { batches, commit } = controlledCommit();
  const write = groupCommit(commit, { maxBatch: 2 });
  const all = [1, 2, 3, 4, 5].map((n) => write(n));
  for (let i = 0; i < 3; i++) {
    await tick();
    batches[i]!.release();
  }
  expect(batches.map((b) => b.items)).toEqual([[1, 2], [3, 4], [5]]);
  await expect(Promise.all(all)).resolves.toHaveLength(5);
});

test("a failed commit fails only its own writes; the next batch still commits", async () => {
  const { batches, commit } = controlledCommit();
  const write = groupCommit(commit);
  const first = write(1);
  await tick();
  const second = [write(2), write(3)];
  batches[0]!.release(new Error("database is locked"));
  await expect(first).rejects.toThrow("database is locked");
  await tick();
  batches[1]!.release();
  await expect(Promise.all(second)).resolves.toEqual(["saved 2", "saved 3"]);
});

test("a commit that returns the wrong number of results fails its writes rather than misanswering them", async () => {
  const write = groupCommit(async (items: number[]) => items.slice(1));
  await expect(write(1)).rejects.toThrow(/returned 0 results/);
});

/** Like the database: a statement holding a refused row writes nothing at all. */
const refusing = (bad: number) => async (items: number[]) => {
  if (items.includes(bad)) throw Object.assign(new Error(`row ${bad} refused`), { code: "P2002" });
  return items.map((item) => `saved ${item}`);
};

test("with retryAloneAfter, a write the database refuses fails alone and the rest of its group is saved", async () => {
  const write = groupCommit(refusing(2), { retryAloneAfter: () => true });
  const outcomes = await Promise.allSettled([write(1), write(2), write(3)]);
  expect(outcomes.map((o) => (o.status === "fulfilled" ? o.value : (o.reason as Error).message))).toEqual([
    "saved 1",
    "row 2 refused",
    "saved 3",
  ]);
});

test("without it, or for an error it does not accept (the database is down), the whole group fails", async () => {
  const plain = groupCommit(refusing(2));
  const declined = groupCommit(refusing(2), { retryAloneAfter: () => false });
  for (const write of [plain, declined]) {
    const outcomes = await Promise.allSettled([write(1), write(2), write(3)]);
    expect(outcomes.every((o) => o.status === "rejected")).toBe(true);
  }
});
