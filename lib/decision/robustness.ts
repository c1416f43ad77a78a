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
  const n = weights.length;
  // Only positive weights are sampled (an inactive criterion does not become relevant by chance) and
  // only eligible options can win, so the loops run over just those: a zero weight adds nothing to a
  // score, so leaving it out changes no sum. Ratings are laid out per option over the positive
  // criteria, in criterion order, so each sum adds the same terms in the same order as before.
  const active: number[] = [];
  for (let l = 0; l < n; l++) if ((weights[l] as number) > 0) active.push(l);
  const positive = active.length;
  const contenders = contendersOf(ratings, eligible, active);
  const activeWeights = Float64Array.from(active, (l) => weights[l] as number);
  const activeRatings = new Float64Array(contenders.length * positive);
  contenders.forEach((h, c) => {
    const row = ratings[h] as Float64Array;
    for (let j = 0; j < positive; j++) activeRatings[c * positive + j] = row[active[j] as number] as number;
  });
  // One multiplier per positive weight per sample, taken in order from the seeded stream.
  const multipliers = weightMultipliers(seed, sigma, samples * positive);
  const sampled = new Float64Array(positive);
  const wins = new Float64Array(HYPERVISOR_IDS.length);
  // A lone eligible option wins every sample (its score always beats "none yet"): no need to score them.
  if (contenders.length === 1) wins[rowFamilies[contenders[0] as number] as number] = samples;
  for (let s = 0, next = 0; contenders.length > 1 && s < samples; s++) {
    for (let j = 0; j < positive; j++) sampled[j] = (activeWeights[j] as number) * (multipliers[next++] as number);
    let best = -1;
    let bestScore = -Infinity;
    for (let c = 0; c < contenders.length; c++) {
      let score = 0;
      const offset = c * positive;
      for (let j = 0; j < positive; j++) score += (sampled[j] as number) * (activeRatings[offset + j] as number);
      // Strictly greater keeps products order as the tie-break (the normaliser is shared).
      if (score > bestScore) {
        bestScore = score;
        best = rowFamilies[contenders[c] as number] as number;
      }
    }
    if (best >= 0) wins[best] = (wins[best] as number) + 1;
  }
  const shares = {} as Record<HypervisorId, number>;
  HYPERVISOR_IDS.forEach((id, h) => {
    shares[id] = samples > 0 ? (wins[h] as number) / samples : 0;
  });
  return { samples, seed, sigma, shares };
}
