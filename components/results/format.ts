// Number wording shared by the results components. Fixed decimals (not toLocaleString) so the
// server render and the browser render agree character for character.
import type { Contribution, RatingBasis } from "@/lib/decision";

export const score1 = (n: number) => n.toFixed(1);
/** A score in whole points, for the headline. */
export const score0 = (n: number) => String(Math.round(n));
export const percent1 = (share: number) => `${(share * 100).toFixed(1)}%`;
export const rating1 = (r: number) => (Number.isInteger(r) ? String(r) : r.toFixed(1));
/** An importance to one decimal, without a trailing ".0": 43.88 → "43.9", 10 → "10". */
export const importance1 = (r: number) => String(Math.round(r * 10) / 10);
export const raw1 = (r: number) => String(Math.round(r * 100) / 100);

/** How a contribution's points are made, e.g. "9/10 × 16.1% weight = 14.5 points". */
export function describePoints(c: Contribution): string {
  return `${rating1(c.rating)}/10 × ${percent1(c.weight)} weight = ${score1(c.points)} points`;
}

export const CONFIDENCE_WORDS = { clear: "Clear winner", narrow: "Narrow lead", tie: "Tie" } as const;

/** What a licence-cost rating rests on when it is not the knowledge base's own figure. */
export const BASIS_TAGS: Record<RatingBasis, string> = {
  "estate-cost": "from your estate's cost",
  "no-price": "no price: knowledge-base rating",
};
