import { createNormal, createRandom, sampleRobustness } from "./robustness";

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
  const ratings = [Float64Array.from([10, 0]), Float64Array.from([0, 10]), Float64Array.from([9, 9]), Float64Array.from([1, 1])];

  it("counts winners among eligible options only, shares summing to 1", () => {
    const r = sampleRobustness(weights, ratings, [true, true, true, false], 2000, 1);
    // 9/9 beats the specialists unless one weight exceeds 0.9: rare with σ = 0.5.
    expect(r.shares.kvm).toBeGreaterThan(0.9);
    expect(r.shares.xen).toBe(0);
    expect(r.shares.esxi + r.shares["hyper-v"] + r.shares.kvm + r.shares.xen).toBeCloseTo(1, 12);
    expect(r).toMatchObject({ samples: 2000, seed: 1, sigma: 0.5 });
  });

  it("splits evenly between two mirror-image options", () => {
    const r = sampleRobustness(weights, ratings, [true, true, false, false], 4000, 99);
    expect(r.shares.esxi).toBeGreaterThan(0.45);
    expect(r.shares["hyper-v"]).toBeGreaterThan(0.45);
  });

  it("gives a dominating option every sample and keeps zero weights at zero", () => {
    const dominated = [Float64Array.from([5, 0]), Float64Array.from([4, 10]), Float64Array.from([0, 0]), Float64Array.from([0, 0])];
    const r = sampleRobustness(Float64Array.from([1, 0]), dominated, [true, true, true, true], 500, 3);
    expect(r.shares.esxi).toBe(1);
  });

  it("is deterministic for a seed", () => {
    expect(sampleRobustness(weights, ratings, [true, true, true, true], 300, 5)).toEqual(
      sampleRobustness(weights, ratings, [true, true, true, true], 300, 5),
    );
  });
});
