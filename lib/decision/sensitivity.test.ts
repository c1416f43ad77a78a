import fc from "fast-check";
import { HYPERVISOR_IDS } from "@/lib/questionnaire/options";
import { evaluateAnswers } from "./evaluate";
import { computeScore } from "./score";
import { findStableInterval, reweight } from "./sensitivity";
import { buildAnswers, buildFixtureKnowledge } from "./test-fixtures";
import type { Answers } from "@/lib/questionnaire/answers";
import type { KnowledgeBase } from "@/lib/knowledge/schema";

const STEPS = 10_000;
const TOL = 1e-9;

type Rows = { ratings: readonly Float64Array[]; eligible: readonly boolean[]; rowFamilies: readonly number[] };

const scoreOf = (w: Float64Array, row: Float64Array) => {
  let s = 0;
  for (let l = 0; l < w.length; l++) s += (w[l] as number) * (row[l] as number);
  return s;
};

/** The winning family at weights w by direct summation over every eligible row (ties: the earlier row). */
function winnerAt(w: Float64Array, { ratings, eligible, rowFamilies }: Rows): number {
  let best = -1;
  let bestScore = -Infinity;
  ratings.forEach((r, k) => {
    if (!eligible[k]) return;
    const s = scoreOf(w, r);
    if (s > bestScore + 1e-12) {
      bestScore = s;
      best = rowFamilies[k] as number;
    }
  });
  return best;
}

/** Whether a row of another family strictly beats every row of `family` at weights w (a tie is not a flip). */
function isBeaten(w: Float64Array, { ratings, eligible, rowFamilies }: Rows, family: number): boolean {
  let own = -Infinity;
  let other = -Infinity;
  ratings.forEach((r, k) => {
    if (!eligible[k]) return;
    const s = scoreOf(w, r);
    if (rowFamilies[k] === family) own = Math.max(own, s);
    else other = Math.max(other, s);
  });
  return other > own + 1e-9;
}

/** Checks every criterion's exact interval against a 10,001-step scan of t; returns the number of break-even points. */
function checkAgainstScan(kb: KnowledgeBase, answers: Answers, overrides?: Record<string, number>) {
  const core = computeScore({ answers, kb, weights: overrides });
  const winner = core.result.winner;
  if (winner === null) return 0;
  const w0 = HYPERVISOR_IDS.indexOf(winner);
  expect(core.rowFamilies[0]).toBe(w0);
  let flips = 0;
  const mismatches: string[] = [];
  for (let j = 0; j < core.weights.length; j++) {
    const interval = findStableInterval(core.weights, core.ratings, core.eligible, core.rowFamilies, 0, j);
    expect(interval.from).toBeLessThanOrEqual((core.weights[j] as number) + TOL);
    expect(interval.to).toBeGreaterThanOrEqual((core.weights[j] as number) - TOL);
    for (let i = 0; i <= STEPS; i++) {
      const t = i / STEPS;
      const beaten = isBeaten(reweight(core.weights, j, t), core, w0);
      const outside = t < interval.from - 1e-7 || t > interval.to + 1e-7;
      const inside = t > interval.from + 1e-7 && t < interval.to - 1e-7;
      if ((outside && !beaten) || (inside && beaten)) mismatches.push(`criterion ${j} at t=${t}`);
    }
    if (interval.below >= 0) {
      flips++;
      const t = interval.from - 1e-6;
      if (t >= 0) expect(winnerAt(reweight(core.weights, j, t), core)).toBe(interval.below);
    }
    if (interval.above >= 0) {
      flips++;
      const t = interval.to + 1e-6;
      if (t <= 1) expect(winnerAt(reweight(core.weights, j, t), core)).toBe(interval.above);
    }
  }
  expect(mismatches.slice(0, 5)).toEqual([]);
  return flips;
}

const kb = buildFixtureKnowledge();

describe("exact sensitivity intervals", () => {
  it.each<[string, Partial<Answers>]>([
    ["neutral answers", {}],
    ["large flexible commercial estate", { scale: "large", budget: "flexible", licensing: "commercial-preferred" }],
    ["Azure Windows shop", { cloudPlatform: "azure", guestOs: "mostly-windows", currentPlatform: "hyper-v" }],
    ["open source required on CloudStack", { licensing: "open-source-required", cloudPlatform: "cloudstack" }],
    ["VDI on XenServer", { workloads: ["vdi"], currentPlatform: "xen", teamSkills: ["linux"] }],
  ])("match a brute-force scan of t: %s", (_name, answers) => {
    checkAgainstScan(kb, buildAnswers(answers));
  });

  it("find break-even points on a KB where several criteria flip the winner", () => {
    expect(checkAgainstScan(kb, buildAnswers({ scale: "large", budget: "moderate" }))).toBeGreaterThan(3);
  });

  it("handle a criterion holding all the weight and criteria with zero weight", () => {
    const all = Object.fromEntries(kb.criteria.map((c) => [c.key, c.key === "management" ? 1 : 0]));
    checkAgainstScan(kb, buildAnswers(), all);
    const core = computeScore({ answers: buildAnswers(), kb, weights: all });
    const j = kb.criteria.findIndex((c) => c.key === "management");
    const interval = findStableInterval(core.weights, core.ratings, core.eligible, core.rowFamilies, 0, j);
    // ESXi rates 10 on management and wins at full weight; as it falls the others share equally.
    expect(interval.to).toBe(1);
    expect(interval.from).toBeGreaterThan(0);
  });

  it("match the scan on random knowledge bases and weights", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 4, maxLength: 4 }), {
          minLength: 14,
          maxLength: 14,
        }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 16, maxLength: 16 }),
        (ratingRows, weights) => {
          if (weights.every((w) => w === 0)) return;
          const randomKb: KnowledgeBase = {
            ...kb,
            ratings: kb.ratings.map((r) => {
              const row = kb.criteria.findIndex((c) => c.key === r.criterion);
              return { ...r, score: ratingRows[row]![HYPERVISOR_IDS.indexOf(r.hypervisor)]! };
            }),
          };
          const overrides = Object.fromEntries(kb.criteria.map((c, i) => [c.key, weights[i]!]));
          checkAgainstScan(randomKb, buildAnswers(), overrides);
        },
      ),
      { numRuns: 8, seed: 42 },
    );
  });
});

describe("smallest change", () => {
  it("is the criterion and direction with the least weight change that flips the winner (checked by scan)", () => {
    const answers = buildAnswers({ scale: "large", budget: "moderate" });
    const evaluation = evaluateAnswers({ answers, kb, samples: 200 });
    const smallest = evaluation.sensitivity!.smallestChange!;
    const core = computeScore({ answers, kb });
    const w0 = HYPERVISOR_IDS.indexOf(evaluation.winner!);
    let best = Infinity;
    for (let j = 0; j < core.weights.length; j++) {
      for (let i = 0; i <= STEPS; i++) {
        const t = i / STEPS;
        if (isBeaten(reweight(core.weights, j, t), core, w0)) {
          best = Math.min(best, Math.abs(t - (core.weights[j] as number)));
        }
      }
    }
    expect(smallest.change).toBeGreaterThan(0);
    expect(smallest.change).toBeLessThanOrEqual(best + 1e-9);
    expect(smallest.change).toBeGreaterThan(best - 2 / STEPS);
    expect(smallest.fromWinner).toBe(evaluation.winner);
    expect(smallest.newWinner).not.toBe(evaluation.winner);
    const row = evaluation.sensitivity!.criteria.find((c) => c.criterion === smallest.criterion)!;
    expect(smallest.to).toBe(smallest.direction === "increase" ? row.stableTo : row.stableFrom);
  });

  it("is null when only one option is eligible", () => {
    const evaluation = evaluateAnswers({ answers: buildAnswers({ cloudPlatform: "kubernetes" }), kb, samples: 100 });
    expect(evaluation.winner).toBe("kvm");
    expect(evaluation.sensitivity!.smallestChange).toBeNull();
    expect(evaluation.sensitivity!.criteria.every((c) => c.stableFrom === 0 && c.stableTo === 1)).toBe(true);
  });
});
