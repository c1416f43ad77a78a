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
  const bound = { maxSize: 2, sizeCalculation: () => 1 };
  const a = first!.processCache<string, number>("test-cache", bound);
  const b = second!.processCache<string, number>("test-cache", bound);
  expect(a).toBe(b);
  a.set("x", 1);
  expect(b.get("x")).toBe(1);
  expect(first!.processValue("test-value", () => ({ n: 1 }))).toBe(
    second!.processValue("test-value", () => ({ n: 2 })),
  );
});

test("a cache is bounded by bytes: the least recently used entries go first once the sizes pass the bound", () => {
  const cache = processCache<string, string>("test-bounded", { maxSize: 10, sizeCalculation: (v) => v.length });
  cache.set("a", "xxxx");
  cache.set("b", "xxxx");
  cache.get("a");
  cache.set("c", "xxxx");
  expect([...cache.keys()].sort()).toEqual(["a", "c"]);
  expect(cache.calculatedSize).toBe(8);
  processValue("test-listed", () => 0);
  expect(processStateNames()).toEqual(expect.arrayContaining(["test-bounded", "test-listed"]));
});
