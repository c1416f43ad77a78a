/** @jest-environment jsdom */
// The results page loads what re-scoring needs (the knowledge base of its version, and the engine)
// once: when the browser is idle, or at once when a weight moves first. A load started by one of them
// is never started again by the other, even when the other was queued before the first one's result
// had re-rendered the page; a failed load can be tried again.
import { act, renderHook, waitFor } from "@testing-library/react";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import { useRescoring } from "@/components/results/use-rescoring";

const kb = { ...seedKnowledge, version: { number: 3, label: "kb-3", publishedAt: null, note: "test" } };

let requested: string[] = [];
let answer: (status: number) => void = () => {};

beforeEach(() => {
  requested = [];
  // Each request waits until the test answers it, so the test decides what has arrived when.
  global.fetch = jest.fn(
    (url: string) =>
      new Promise<Response>((resolve) => {
        requested.push(url);
        answer = (status) => resolve({ ok: status === 200, status, json: async () => kb } as unknown as Response);
      }),
  ) as unknown as typeof fetch;
});

test("a load queued before the first one's result re-rendered does not ask again", async () => {
  const { result } = renderHook(() => useRescoring(3));
  const queued = result.current.load; // as an idle callback or timer holds it: from before the result
  act(() => result.current.load()); // a weight moved first
  expect(requested).toEqual(["/api/v1/model?version=3"]);
  await act(async () => answer(200));
  await waitFor(() => expect(result.current.ready?.kb.version.number).toBe(3));
  act(() => queued()); // the stale callback fires after the load is done
  expect(requested).toEqual(["/api/v1/model?version=3"]);
});

test("after a failed load, Try again asks once more and re-scoring becomes ready", async () => {
  const { result } = renderHook(() => useRescoring(3));
  act(() => result.current.load());
  await act(async () => answer(503));
  await waitFor(() => expect(result.current.failed).toBe(true));
  expect(result.current.ready).toBeNull();
  act(() => result.current.load());
  expect(requested).toHaveLength(2);
  expect(result.current.failed).toBe(false);
  await act(async () => answer(200));
  await waitFor(() => expect(result.current.ready).not.toBeNull());
});
