// Exact one-at-a-time weight sensitivity. Setting criterion j's weight to t and rescaling the others by
// (1 − t)/(1 − w_j) makes every score linear in t, so the range over which the winner stays the winner
// is an intersection of half-lines: computed exactly, no scanning.
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
  /** Positions in HYPERVISOR_IDS of who takes over below `from` / above `to`, or -1. */
  below: number;
  above: number;
}

export function findStableInterval(
  weights: Float64Array,
  ratings: readonly Float64Array[],
  eligible: readonly boolean[],
  winner: number,
  j: number,
): CriterionInterval {
  const wj = weights[j] ?? 0;
  const rw = ratings[winner] as Float64Array;
  const bw = baselineAt(weights, rw, j);
  const slopeW = (rw[j] ?? 0) - bw;
  let from = 0;
  let to = 1;
  let below = -1;
  let above = -1;
  let belowSlope = 0;
  let aboveSlope = 0;
  for (let k = 0; k < ratings.length; k++) {
    if (k === winner || !eligible[k]) continue;
    const rk = ratings[k] as Float64Array;
    const bk = baselineAt(weights, rk, j);
    // winner − k = 10·(a + b·t); the winner stays ahead while a + b·t ≥ 0.
    const a = bw - bk;
    const b = slopeW - ((rk[j] ?? 0) - bk);
    if (Math.abs(b) < EPS) continue;
    const root = -a / b;
    if (b > 0) {
      // Below the root k leads; the steepest of equal roots leads most just below it.
      if (root > from + EPS || (Math.abs(root - from) <= EPS && below >= 0 && b > belowSlope)) {
        if (root > 0) {
          from = root;
          below = k;
          belowSlope = b;
        }
      }
    } else if (root < to - EPS || (Math.abs(root - to) <= EPS && above >= 0 && b < aboveSlope)) {
      if (root < 1) {
        to = root;
        above = k;
        aboveSlope = b;
      }
    }
  }
  // Rounding can put a bound a hair past the current weight when options tie today.
  return { from: Math.min(from, wj), to: Math.max(to, wj), below, above };
}

export function analyseSensitivity(
  weights: Float64Array,
  ratings: readonly Float64Array[],
  eligible: readonly boolean[],
  winner: number,
  criteria: readonly { key: string; name: string }[],
): Sensitivity {
  const rows: CriterionSensitivity[] = [];
  let smallest: SmallestChange | null = null;
  const winnerId = HYPERVISOR_IDS[winner] as (typeof HYPERVISOR_IDS)[number];
  criteria.forEach((criterion, j) => {
    const wj = weights[j] ?? 0;
    const interval = findStableInterval(weights, ratings, eligible, winner, j);
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
