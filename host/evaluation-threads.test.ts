import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { answers } from "@/__tests__/support/answers";
import { computeEvaluation } from "@/lib/evaluation/compute";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { EvaluationThreads } from "./evaluation-threads";

const TODAY = "2026-12-06";
const WORKER = path.resolve(__dirname, "..", "lib", "evaluation", "worker.ts");
const kb: KnowledgeBase = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "seed" } };
const request = { answers: answers("vsphereShop") };

let threads: EvaluationThreads;
beforeEach(() => {
  threads = new EvaluationThreads(WORKER, 2, { typescript: true });
});
afterEach(() => threads.close());

test("a thread answers exactly what the main thread computes, compressed as asked", async () => {
  const expected = computeEvaluation({ kb, request, evidence: false, today: TODAY });
  const answer = await threads.evaluate({ kb, request, evidence: false, today: TODAY, encoding: "br" });
  expect(new TextDecoder().decode(answer.json)).toBe(expected.text);
  expect(answer.summary).toEqual(expected.summary);
  expect(answer.compressed?.encoding).toBe("br");
  expect(brotliDecompressSync(answer.compressed!.bytes).toString()).toBe(expected.text);
  const plain = await threads.evaluate({ kb, request, evidence: true, today: TODAY, encoding: "identity" });
  expect(plain.compressed).toBeNull();
  expect(new TextDecoder().decode(plain.json)).toBe(
    computeEvaluation({ kb, request, evidence: true, today: TODAY }).text,
  );
});

test("jobs spread over the threads, and each uses the knowledge base it was last sent", async () => {
  const version2: KnowledgeBase = { ...kb, version: { ...kb.version, number: 2, label: "kb-2" } };
  const results = await Promise.all(
    [kb, version2, kb, version2].map((base) =>
      threads.evaluate({ kb: base, request, evidence: false, today: TODAY, encoding: "identity" }),
    ),
  );
  expect(results.map((r) => r.summary.kbVersion)).toEqual([1, 2, 1, 2]);
  expect(threads.unanswered).toBe(0);
});

test("an error the engine throws rejects the job with its message; the thread goes on", async () => {
  const bad = { ...request, weights: { "no-such-criterion": 1 } };
  await expect(
    threads.evaluate({ kb, request: bad, evidence: false, today: TODAY, encoding: "identity" }),
  ).rejects.toThrow(/unknown criterion/);
  const answer = await threads.evaluate({ kb, request, evidence: false, today: TODAY, encoding: "identity" });
  expect(answer.summary.kbVersion).toBe(1);
});

test("a thread that dies rejects its unanswered jobs, and the next job starts a new one", async () => {
  // A thread that exits the first time it is sent a job, and answers from then on through the real worker.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "advisor-threads-"));
  const marker = path.join(dir, "died");
  const file = path.join(dir, "dying-worker.ts");
  fs.writeFileSync(
    file,
    `const fs = require("node:fs");
const { parentPort } = require("node:worker_threads");
if (!fs.existsSync(${JSON.stringify(marker)})) {
  parentPort.on("message", (message) => {
    if (message.type === "job") { fs.writeFileSync(${JSON.stringify(marker)}, ""); process.exit(3); }
  });
} else {
  require(${JSON.stringify(WORKER)});
}
`,
  );
  const dying = new EvaluationThreads(file, 1, { typescript: true });
  try {
    await expect(dying.evaluate({ kb, request, evidence: false, today: TODAY, encoding: "identity" })).rejects.toThrow(
      /exited/,
    );
    expect(dying.unanswered).toBe(0);
    const answer = await dying.evaluate({ kb, request, evidence: false, today: TODAY, encoding: "identity" });
    expect(answer.summary.kbVersion).toBe(1);
  } finally {
    await dying.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
