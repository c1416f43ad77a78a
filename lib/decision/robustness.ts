// How often the winner wins across plausible weightings: each positive weight is multiplied by
// exp(σ·z), z standard normal from a seeded generator, and renormalised. Same seed, same shares.
import { processCache } from "@/lib/process-state";
import { HYPERVISOR_IDS, type HypervisorId } from "@/lib/questionnaire/options";
import type { Robustness } from "./types";

export const DEFAULT_SAMPLES = 2000;
export const DEFAULT_SEED = 20261125;
export const ROBUSTNESS_SIGMA = 0.5;

/** mulberry32: tiny, fast, good enough for sampling weights; returns floats in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normals by Box–Muller, using both values of each pair. */
export function createNormal(seed: number): () => number {
  const random = createRandom(seed);
  let spare = 0;
  let hasSpare = false;
  return () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    const u1 = 1 - random(); // (0, 1]: log stays finite
    const u2 = random();
    const radius = Math.sqrt(-2 * Math.log(u1));
    spare = radius * Math.sin(2 * Math.PI * u2);
    hasSpare = true;
    return radius * Math.cos(2 * Math.PI * u2);
  };
}

/**
 * exp(σ·z) for the first `count` normals of the seeded stream, kept per (seed, σ). The stream does
 * not depend on the answers, and computing it (a log, a square root, a sine or cosine and an exp per
 * draw) was four fifths of an evaluation; each evaluation now reads the same numbers from here.
 * Bounded: at most four tables are kept (least recently used go first), each at most
 * CACHED_MULTIPLIERS long (640 KB); a longer run (the engine allows up to 100,000 samples) computes
 * its table and lets it go. One set per process (lib/process-state.ts), in the browser too.
 */
const CACHED_MULTIPLIERS = 80_000; // 2,000 samples × 40 criteria
const multiplierTables = () =>
  processCache<string, Float64Array>("robustness-multipliers", {
    maxSize: 4 * CACHED_MULTIPLIERS * Float64Array.BYTES_PER_ELEMENT,
    sizeCalculation: (table) => Math.max(1, table.byteLength),
  });

function weightMultipliers(seed: number, sigma: number, count: number): Float64Array {
  const key = `${seed}:${sigma}`;
  const tables = multiplierTables();
  const known = tables.get(key);
  if (known && known.length >= count) return known;
  const table = new Float64Array(count);
  const normal = createNormal(seed);
  for (let k = 0; k < count; k++) table[k] = Math.exp(sigma * normal());
  if (count > CACHED_MULTIPLIERS) return table;
  tables.set(key, table);
  return table;
}

/**
 * Rows that can win some sampled weighting: an eligible row is left out when an earlier eligible row
 * rates at least as high on every active criterion (it can then never score strictly more, and ties
 * go to the earlier row). Most products share most of their family's ratings, so this keeps a few.
 */
function contendersOf(
  ratings: readonly Float64Array[],
  eligible: readonly boolean[],
  active: readonly number[],
): number[] {
  const kept: number[] = [];
  for (let r = 0; r < ratings.length; r++) {
    if (!eligible[r]) continue;
    const row = ratings[r] as Float64Array;
    const dominated = kept.some((k) => {
      const other = ratings[k] as Float64Array;
      return active.every((l) => (other[l] as number) >= (row[l] as number));
    });
    if (!dominated) kept.push(r);
  }
  return kept;
}

/** Contenders share a block of LANES: their sums are independent, so the processor adds them side by side. */
const LANES = 4;

/**
 * How many samples each contender wins (the first of equal best scores, in contenders order). Each
 * score adds the same terms in the same order as drawing afresh (criterion order, weight times
 * multiplier, times rating), so the shares are exactly the same; only the layout is for speed. The
 * ratings of each block of four contenders are interleaved criterion by criterion, and a block's
 * four sums are kept apart: one chain of additions at a time waited on each addition before the next,
 * four chains fill the wait (the sampling took half the time this way, 2026-12-07).
 */
function countSampleWins(
  weights: Float64Array,
  ratings: readonly Float64Array[],
  active: readonly number[],
  contenders: readonly number[],
  samples: number,
  seed: number,
  sigma: number,
): Int32Array {
  const positive = active.length;
  const count = contenders.length;
  const blocks = Math.ceil(count / LANES);
  const activeWeights = Float64Array.from(active, (l) => weights[l] as number);
  // Lanes past the last contender stay 0 and are never compared.
  const interleaved = new Float64Array(blocks * LANES * positive);
  contenders.forEach((row, c) => {
    const rating = ratings[row] as Float64Array;
    const base = Math.floor(c / LANES) * LANES * positive + (c % LANES);
    for (let j = 0; j < positive; j++) interleaved[base + j * LANES] = rating[active[j] as number] as number;
  });
  // One multiplier per positive weight per sample, taken in order from the seeded stream.
  const multipliers = weightMultipliers(seed, sigma, samples * positive);
  const sampled = new Float64Array(positive);
  const won = new Int32Array(count);
  for (let s = 0, next = 0; s < samples; s++) {
    for (let j = 0; j < positive; j++) sampled[j] = (activeWeights[j] as number) * (multipliers[next++] as number);
    let best = 0;
    let bestScore = -Infinity;
    for (let block = 0, at = 0; block < blocks; block++) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let j = 0; j < positive; j++, at += LANES) {
        const weight = sampled[j] as number;
        s0 += weight * (interleaved[at] as number);
        s1 += weight * (interleaved[at + 1] as number);
        s2 += weight * (interleaved[at + 2] as number);
        s3 += weight * (interleaved[at + 3] as number);
      }
      // Strictly greater keeps contenders (products) order as the tie-break.
      const first = block * LANES;
      if (s0 > bestScore) {
        bestScore = s0;
        best = first;
      }
      if (first + 1 < count && s1 > bestScore) {
        bestScore = s1;
        best = first + 1;
      }
      if (first + 2 < count && s2 > bestScore) {
        bestScore = s2;
        best = first + 2;
      }
      if (first + 3 < count && s3 > bestScore) {
        bestScore = s3;
        best = first + 3;
      }
    }
    won[best] = (won[best] as number) + 1;
  }
  return won;
}

/**
 * Rows are candidate products in products order; `rowFamilies[r]` is row r's family (its position in
 * HYPERVISOR_IDS). A sample's win goes to the family of its best row.
 */
export function sampleRobustness(
  weights: Float64Array,
  ratings: readonly Float64Array[],
  eligible: readonly boolean[],
  rowFamilies: readonly number[],
  samples: number,
  seed: number,
  sigma = ROBUSTNESS_SIGMA,
): Robustness {
  // Only positive weights are sampled (an inactive criterion does not become relevant by chance) and
  // only eligible options can win, so the loops run over just those: a zero weight adds nothing to a
  // score, so leaving it out changes no sum.
  const active: number[] = [];
  for (let l = 0; l < weights.length; l++) if ((weights[l] as number) > 0) active.push(l);
  const contenders = contendersOf(ratings, eligible, active);
  const families = contenders.map((r) => rowFamilies[r] as number);
  const wins = new Float64Array(HYPERVISOR_IDS.length);
  // When every option that can win is of one family (a lone eligible option among them), that family
  // wins every sample: the best row is always one of them (its score beats "none yet").
  if (contenders.length > 0 && families.every((family) => family === families[0])) {
    wins[families[0] as number] = samples;
  } else if (contenders.length > 1) {
    const sampleWins = countSampleWins(weights, ratings, active, contenders, samples, seed, sigma);
    families.forEach((family, c) => (wins[family] = (wins[family] as number) + (sampleWins[c] as number)));
  }
  const shares = {} as Record<HypervisorId, number>;
  HYPERVISOR_IDS.forEach((id, h) => {
    shares[id] = samples > 0 ? (wins[h] as number) / samples : 0;
  });
  return { samples, seed, sigma, shares };
}
