// What the process keeps is one per process, even when a module is loaded twice (as Next bundles a
// lib module once per layer): two copies of a service see the same cache.
import { processCache, processStateNames, processValue } from "./process-state";

test("two copies of the registry module hand out the same cache and value", () => {
  let first: typeof import("./process-state") | undefined;
  let second: typeof import("./process-state") | undefined;
  jest.isolateModules(() => {
    first = jest.requireActual<typeof import("./process-state")>("./process-state");
  });
  jest.isolateModules(() => {
    second = jest.requireActual<typeof import("./process-state")>("./process-state");
  });
  expect(first).not.toBe(second); // two module instances, as in two bundle layers
  const a = first!.processCache<string, number>("test-cache", { max: 2 });
  const b = second!.processCache<string, number>("test-cache", { max: 2 });
  expect(a).toBe(b);
  a.set("x", 1);
  expect(b.get("x")).toBe(1);
  expect(first!.processValue("test-value", () => ({ n: 1 }))).toBe(
    second!.processValue("test-value", () => ({ n: 2 })),
  );
});

test("a cache is bounded: the least recently used entry goes first", () => {
  const cache = processCache<string, number>("test-bounded", { max: 2 });
  cache.set("a", 1);
  cache.set("b", 2);
  cache.get("a");
  cache.set("c", 3);
  expect([...cache.keys()].sort()).toEqual(["a", "c"]);
  processValue("test-listed", () => 0);
  expect(processStateNames()).toEqual(expect.arrayContaining(["test-bounded", "test-listed"]));
});
