// Exact one-at-a-time weight sensitivity. Setting criterion j's weight to t and rescaling the others by
// (1 − t)/(1 − w_j) makes every score linear in t, so the range over which the winning family stays the
// winner is bounded by intersections of half-lines: computed exactly, no scanning.
import { HYPERVISOR_IDS } from "@/lib/questionnaire/options";
import type { CriterionSensitivity, Sensitivity, SmallestChange } from "./types";

const EPS = 1e-12;
/** Below this gap to 1 the rescaling factor is unstable; the other criteria then share 1 − t equally. */
const FULL_WEIGHT_GAP = 1e-9;

/** The weights after setting criterion j to t (the rule the exact intervals assume). */
export function reweight(weights: Float64Array, j: number, t: number): Float64Array {
  const n = weights.length;
  const wj = weights[j] ?? 0;
  const out = new Float64Array(n);
  const equalShare = 1 - wj < FULL_WEIGHT_GAP;
  for (let l = 0; l < n; l++) {
    if (l === j) out[l] = t;
    else if (equalShare) out[l] = n > 1 ? (1 - t) / (n - 1) : 0;
    else out[l] = ((weights[l] ?? 0) * (1 - t)) / (1 - wj);
  }
  return out;
}

/** Score/10 of one option at t = 0 (the other criteria only, rescaled to sum 1). */
function baselineAt(weights: Float64Array, ratings: Float64Array, j: number): number {
  const n = weights.length;
  const wj = weights[j] ?? 0;
  if (n === 1) return ratings[0] ?? 0;
  let sum = 0;
  if (1 - wj < FULL_WEIGHT_GAP) {
    for (let l = 0; l < n; l++) if (l !== j) sum += ratings[l] ?? 0;
    return sum / (n - 1);
  }
  for (let l = 0; l < n; l++) if (l !== j) sum += (weights[l] ?? 0) * (ratings[l] ?? 0);
  return sum / (1 - wj);
}

export interface CriterionInterval {
  from: number;
  to: number;
  /** Positions in HYPERVISOR_IDS of the family that takes over below `from` / above `to`, or -1. */
  below: number;
  above: number;
}

/**
 * The weights of criterion j over which the winner's family keeps the win. Rows are candidate
 * products; `rowFamilies[r]` is row r's family. The family holds at t while its best row is ahead of
 * every other family's rows. Row k of another family leads all of the winner's family's rows on an
 * interval (an intersection of half-lines, since every score is linear in t); the stable range is
 * what those intervals leave around today's weight. Exact, no scanning.
 */
export function findStableInterval(
  weights: Float64Array,
  ratings: readonly Float64Array[],
  eligible: readonly boolean[],
  rowFamilies: readonly number[],
  winner: number,
  j: number,
): CriterionInterval {
  const wj = weights[j] ?? 0;
  const family = rowFamilies[winner];
  const line = (r: number) => {
    const row = ratings[r] as Float64Array;
    const base = baselineAt(weights, row, j);
    return { base, slope: (row[j] ?? 0) - base };
  };
  const own: { base: number; slope: number }[] = [];
  for (let r = 0; r < ratings.length; r++) if (eligible[r] && rowFamilies[r] === family) own.push(line(r));
  let from = 0;
  let to = 1;
  let below = -1;
  let above = -1;
  let belowSlope = 0;
  let aboveSlope = 0;
  for (let k = 0; k < ratings.length; k++) {
    if (!eligible[k] || rowFamilies[k] === family) continue;
    const lk = line(k);
    // k − f = 10·(a + b·t) for each row f of the winner's family; k leads them all where every one is > 0.
    let lo = 0;
    let hi = 1;
    for (const f of own) {
      const a = lk.base - f.base;
      const b = lk.slope - f.slope;
      if (Math.abs(b) < EPS) {
        if (a <= EPS) hi = -1; // never ahead of this row
        continue;
      }
      const root = -a / b;
      if (b > 0) lo = Math.max(lo, root);
      else hi = Math.min(hi, root);
    }
    if (hi - lo <= EPS) continue;
    if (hi <= wj + EPS) {
      // k's lead ends at hi, below today's weight: the steepest descent leads most just below it.
      if (hi > from + EPS || (Math.abs(hi - from) <= EPS && lk.slope < belowSlope)) {
        from = hi;
        below = rowFamilies[k] as number;
        belowSlope = lk.slope;
      }
    } else if (lo >= wj - EPS) {
      if (lo < to - EPS || (Math.abs(lo - to) <= EPS && lk.slope > aboveSlope)) {
        to = lo;
        above = rowFamilies[k] as number;
        aboveSlope = lk.slope;
      }
    }
  }
  // Rounding can put a bound a hair past the current weight when options tie today.
  return { from: Math.min(from, wj), to: Math.max(to, wj), below, above };
}

/** `winner`: the winning row (the best product); families are judged by their best rows. */
export function analyseSensitivity(
  weights: Float64Array,
  ratings: readonly Float64Array[],
  eligible: readonly boolean[],
  rowFamilies: readonly number[],
  winner: number,
  criteria: readonly { key: string; name: string }[],
): Sensitivity {
  const rows: CriterionSensitivity[] = [];
  let smallest: SmallestChange | null = null;
  const winnerId = HYPERVISOR_IDS[rowFamilies[winner] as number] as (typeof HYPERVISOR_IDS)[number];
  criteria.forEach((criterion, j) => {
    const wj = weights[j] ?? 0;
    const interval = findStableInterval(weights, ratings, eligible, rowFamilies, winner, j);
    const row: CriterionSensitivity = {
      criterion: criterion.key,
      name: criterion.name,
      weight: wj,
      stableFrom: interval.from,
      stableTo: interval.to,
      belowTakenBy: interval.below >= 0 ? (HYPERVISOR_IDS[interval.below] ?? null) : null,
      aboveTakenBy: interval.above >= 0 ? (HYPERVISOR_IDS[interval.above] ?? null) : null,
    };
    rows.push(row);
    const candidates: [SmallestChange["direction"], number, (typeof HYPERVISOR_IDS)[number] | null][] = [
      ["decrease", interval.from, row.belowTakenBy],
      ["increase", interval.to, row.aboveTakenBy],
    ];
    for (const [direction, to, taker] of candidates) {
      if (!taker) continue;
      const change = Math.abs(to - wj);
      if (smallest && change >= smallest.change) continue;
      smallest = {
        criterion: criterion.key,
        name: criterion.name,
        direction,
        from: wj,
        to,
        change,
        fromWinner: winnerId,
        newWinner: taker,
      };
    }
  });
  return { criteria: rows, smallestChange: smallest };
}
