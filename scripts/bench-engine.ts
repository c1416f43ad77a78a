// Prints the decision engine's speed on the seed knowledge base: bare scores per second and the
// median/p95 of a full evaluation (with products, estate costs and migration for two of the three
// answer sets). A script that prints figures, never a timed test assertion.
import { performance } from "node:perf_hooks";
import { evaluateAnswers, scoreAnswers } from "@/lib/decision";
import fc from "fast-check";
import { compactEvaluation } from "@/lib/decision/compact";
import { answersArbitrary } from "@/lib/questionnaire/answers-arbitrary";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { Answers } from "@/lib/questionnaire/answers";
import { answers } from "@/__tests__/support/answers";

const kb: KnowledgeBase = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "seed" } };

const ANSWER_SETS: Answers[] = [
  answers("vsphereShop", {
    workloads: ["general-server", "databases"],
    teamSkills: ["vmware", "linux"],
    estate: { hosts: 40, socketsPerHost: 2, coresPerSocket: 16, vms: 800, windowsVms: 300 },
    years: 3,
  }),
  {
    workloads: ["linux-apps", "containers"],
    guestOs: "mostly-linux",
    licensing: "open-source-required",
    cloudPlatform: "openstack",
    currentPlatform: "none",
    scale: "large",
    budget: "minimal",
    mustHaves: [],
    teamSkills: ["linux", "automation"],
  },
  {
    workloads: ["windows-apps", "vdi"],
    guestOs: "mostly-windows",
    licensing: "commercial-preferred",
    cloudPlatform: "azure",
    currentPlatform: "hyper-v",
    scale: "small",
    budget: "flexible",
    mustHaves: ["vendor-support", "backup-ecosystem"],
    teamSkills: ["windows"],
    estate: { hosts: 3, socketsPerHost: 1, coresPerSocket: 24, vms: 40, windowsVms: 40 },
  },
];

const pick = (i: number) => ANSWER_SETS[i % ANSWER_SETS.length] as Answers;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

function benchBareScore(): void {
  for (let i = 0; i < 20_000; i++) scoreAnswers({ answers: pick(i), kb });
  const iterations = 100_000;
  const start = performance.now();
  for (let i = 0; i < iterations; i++) scoreAnswers({ answers: pick(i), kb });
  const ms = performance.now() - start;
  const us = (ms * 1000) / iterations;
  console.log(
    `bare score:       ${Math.round(iterations / (ms / 1000)).toLocaleString("en")} evaluations/s, ${us.toFixed(1)} µs each (target < 50 µs)`,
  );
}

function benchFullEvaluation(): void {
  for (let i = 0; i < 50; i++) evaluateAnswers({ answers: pick(i), kb });
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const start = performance.now();
    evaluateAnswers({ answers: pick(i), kb, samples: 2000 });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `full evaluation:  median ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms over 200 runs, 2,000 robustness samples, products, costs and migration (target < 2 ms)`,
  );
}

/**
 * The evaluate answer's size: the compact JSON POST /api/v1/evaluate sends, for the three answer sets
 * above and for 200 answer sets generated as `npm run bench` generates its traffic (no estate).
 */
function answerSizes(): void {
  const generated = fc
    .sample(answersArbitrary, { numRuns: 200, seed: 20261206 })
    .map((answers) =>
      Buffer.byteLength(JSON.stringify(compactEvaluation(evaluateAnswers({ answers, kb }), { evidence: false }))),
    )
    .sort((a, b) => a - b);
  const sizes = ANSWER_SETS.map((answers) => {
    const evaluation = evaluateAnswers({ answers, kb });
    const json = JSON.stringify(compactEvaluation(evaluation, { evidence: false }));
    return { bytes: Buffer.byteLength(json), products: evaluation.products.length };
  });
  const kb1 = (n: number) => (n / 1024).toFixed(1);
  console.log(
    `evaluate answer:  median ${kb1(percentile(generated, 0.5))} KB, largest ${kb1(generated.at(-1)!)} KB of JSON over 200 generated answer sets (npm run bench's traffic; target ≤ 25 KB); ${sizes.map((s) => `${kb1(s.bytes)} KB`).join(", ")} for the three answer sets above (with estates: costs and migration), ${sizes[0]!.products} products each`,
  );
}

console.log(`Decision engine benchmark (Node ${process.version}, seed KB, ${kb.products.length} products)`);
benchBareScore();
benchFullEvaluation();
answerSizes();
