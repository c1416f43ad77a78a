import fc from "fast-check";
import { HYPERVISOR_IDS } from "@/lib/questionnaire/options";
import { createNormal, createRandom, sampleRobustness } from "./robustness";

/** One row per family, in HYPERVISOR_IDS order. */
const FAMILIES = [0, 1, 2, 3];

/**
 * The sampling as first written: each multiplier drawn from the stream as it is needed, every
 * eligible row scored in turn, the sample's win to the family of the first best row.
 */
function referenceShares(
  weights: Float64Array,
  ratings: Float64Array[],
  eligible: boolean[],
  samples: number,
  seed: number,
  sigma: number,
  rowFamilies: number[] = FAMILIES,
) {
  const normal = createNormal(seed);
  const wins = new Array<number>(HYPERVISOR_IDS.length).fill(0);
  for (let s = 0; s < samples; s++) {
    const sampled = Array.from(weights, (w) => (w > 0 ? w * Math.exp(sigma * normal()) : 0));
    let best = -1;
    let bestScore = -Infinity;
    ratings.forEach((row, h) => {
      if (!eligible[h]) return;
      const score = row.reduce((sum, rating, l) => sum + sampled[l]! * rating, 0);
      if (score > bestScore) [best, bestScore] = [rowFamilies[h]!, score];
    });
    if (best >= 0) wins[best]!++;
  }
  return Object.fromEntries(HYPERVISOR_IDS.map((id, h) => [id, wins[h]! / samples]));
}

describe("seeded randomness", () => {
  it("repeats for a seed and differs between seeds", () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("gives standard normals (mean ≈ 0, variance ≈ 1)", () => {
    const normal = createNormal(123);
    const n = 20_000;
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const z = normal();
      sum += z;
      sq += z * z;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.03);
    expect(Math.abs(sq / n - 1)).toBeLessThan(0.05);
  });
});

describe("robustness sampling", () => {
  const weights = Float64Array.from([0.5, 0.5]);
  const ratings = [
    Float64Array.from([10, 0]),
    Float64Array.from([0, 10]),
    Float64Array.from([9, 9]),
    Float64Array.from([1, 1]),
  ];

  it("counts winners among eligible options only, shares summing to 1", () => {
    const r = sampleRobustness(weights, ratings, [true, true, true, false], FAMILIES, 2000, 1);
    // 9/9 beats the specialists unless one weight exceeds 0.9: rare with σ = 0.5.
    expect(r.shares.kvm).toBeGreaterThan(0.9);
    expect(r.shares.xen).toBe(0);
    expect(r.shares.esxi + r.shares["hyper-v"] + r.shares.kvm + r.shares.xen).toBeCloseTo(1, 12);
    expect(r).toMatchObject({ samples: 2000, seed: 1, sigma: 0.5 });
  });

  it("splits evenly between two mirror-image options", () => {
    const r = sampleRobustness(weights, ratings, [true, true, false, false], FAMILIES, 4000, 99);
    expect(r.shares.esxi).toBeGreaterThan(0.45);
    expect(r.shares["hyper-v"]).toBeGreaterThan(0.45);
  });

  it("gives a dominating option every sample and keeps zero weights at zero", () => {
    const dominated = [
      Float64Array.from([5, 0]),
      Float64Array.from([4, 10]),
      Float64Array.from([0, 0]),
      Float64Array.from([0, 0]),
    ];
    const r = sampleRobustness(Float64Array.from([1, 0]), dominated, [true, true, true, true], FAMILIES, 500, 3);
    expect(r.shares.esxi).toBe(1);
  });

  it("is deterministic for a seed", () => {
    expect(sampleRobustness(weights, ratings, [true, true, true, true], FAMILIES, 300, 5)).toEqual(
      sampleRobustness(weights, ratings, [true, true, true, true], FAMILIES, 300, 5),
    );
  });

  it("gives exactly the shares of drawing every multiplier afresh, whatever the weights, seed and σ", () => {
    const criteria = 6;
    const row = fc
      .array(fc.integer({ min: 0, max: 10 }), { minLength: criteria, maxLength: criteria })
      .map((r) => Float64Array.from(r));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1, noNaN: true })), {
          minLength: criteria,
          maxLength: criteria,
        }),
        fc.array(row, { minLength: 4, maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(0.25, 0.5),
        (weights, ratings, eligible, samples, seed, sigma) => {
          const w = Float64Array.from(weights);
          expect(sampleRobustness(w, ratings, eligible, FAMILIES, samples, seed, sigma).shares).toEqual(
            referenceShares(w, ratings, eligible, samples, seed, sigma),
          );
        },
      ),
      { seed: 11, numRuns: 150 },
    );
  });

  it("gives exactly those shares with many products per family, in blocks of four and a remainder", () => {
    const criteria = 7;
    const rating = fc.integer({ min: 0, max: 5 });
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1, noNaN: true })), {
          minLength: criteria,
          maxLength: criteria,
        }),
        fc.array(
          fc.record({
            family: fc.integer({ min: 0, max: 3 }),
            row: fc.array(rating, { minLength: criteria, maxLength: criteria }),
            eligible: fc.boolean(),
          }),
          { minLength: 1, maxLength: 14 },
        ),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 4 }),
        (weights, rows, samples, seed) => {
          const w = Float64Array.from(weights);
          const ratings = rows.map((r) => Float64Array.from(r.row));
          const eligible = rows.map((r) => r.eligible);
          const families = rows.map((r) => r.family);
          expect(sampleRobustness(w, ratings, eligible, families, samples, seed).shares).toEqual(
            referenceShares(w, ratings, eligible, samples, seed, 0.5, families),
          );
        },
      ),
      { seed: 12, numRuns: 200 },
    );
  });
});
