// Ratings that come from the chosen product rather than the family: the product's own evidence where
// it differs, and, with an estate, the licence-cost rating computed from what the estate would pay.
import type { Product } from "@/lib/knowledge/plan-schema";
import { estateTotals, type EstateCluster } from "@/lib/questionnaire/estate";
import type { DerivedRating } from "./derived-ratings";
import { formatCount, formatUsd } from "./money-format";
import type { Cost } from "./types";

export const LICENCE_COST_CRITERION = "licence-cost";

/**
 * The yearly cost per physical core that rates 5/10: half of it rates 6.7, twice it 3.3. One absolute
 * scale for every family, anchored so that VVF's reported list price (US$135 per core per year) rates
 * about 2/10, the knowledge base's own rating for VMware's licence cost (docs/method.md).
 */
export const COST_REFERENCE_PER_CORE = 35;

const ratingFor = (perCore: number) =>
  Math.round((100 * COST_REFERENCE_PER_CORE) / (COST_REFERENCE_PER_CORE + perCore)) / 10;

/**
 * 10 × R ÷ (R + c), to one decimal, where c is what the choice adds in licences and subscriptions
 * per physical core per year: the yearly cost less the Windows Server guest licences every option
 * needs alike (counting them would only flatten the differences). One-off costs (migration labour,
 * training, overlap) are not licence cost: they weigh in the plan's net present value and in the
 * team-fit and migration criteria, not here. Free is 10, never below 0. A product that needs a quote
 * keeps its knowledge-base rating, marked `no-price`, capped by what its priced lines already imply, so
 * an unpriced product never looks cheaper than the figures allow.
 */
export function rateCost(
  cost: Cost,
  clusters: readonly EstateCluster[],
  productName: string,
  kbRating: DerivedRating | null,
): DerivedRating | null {
  const cores = estateTotals(clusters).cores;
  const known = cost.lines.reduce((sum, line) => sum + line.amount, 0);
  const attributable = Math.max(0, known - cost.windowsGuests);
  const perCore = attributable / cores;
  const computed = ratingFor(perCore);
  const lines = cost.lines;
  const sources = lines.flatMap((line) =>
    line.source.url ? [{ title: line.source.title, url: line.source.url }] : [],
  );
  const unique = sources.filter((s, i) => sources.findIndex((x) => x.url === s.url) === i);
  const asOf =
    lines
      .map((l) => l.asOf)
      .filter((d): d is string => d !== null)
      .sort()[0] ?? null;
  const formula = `10 × ${COST_REFERENCE_PER_CORE} ÷ (${COST_REFERENCE_PER_CORE} + ${perCore.toFixed(2)}) = ${computed}`;
  const windows =
    cost.windowsGuests > 0
      ? `, less ${formatUsd(cost.windowsGuests)} for the Windows Server guest licences every option needs,`
      : "";
  const perCoreText = `${formatUsd(known)} a year${windows} leaves ${formatUsd(attributable)} a year for ${formatCount(cores)} physical cores = ${formatUsd(perCore)} per core`;
  if (!cost.quoteRequired) {
    return {
      rating: computed,
      rationale: `From this estate's cost with ${productName}: ${perCoreText}; ${formula}.`,
      sources: unique,
      asOf,
      basis: "estate-cost",
    };
  }
  if (kbRating === null) return null;
  if (computed >= kbRating.rating) {
    // Money is never rated from a price that is not there: the rating stays the knowledge base's,
    // and says so, instead of passing for one computed from the estate.
    return {
      ...kbRating,
      rationale: `${productName} has no public price for this estate (quote required), so its licence cost is not rated from your estate: this is the knowledge base's rating, ${kbRating.rating}/10. ${kbRating.rationale} A quote rates it from your price.`,
      basis: "no-price",
    };
  }
  return {
    rating: computed,
    rationale: `${productName} needs a quote; its priced lines alone: ${perCoreText}, so the rating is at most ${formula} (knowledge-base rating ${kbRating.rating}/10).`,
    sources: unique,
    asOf,
    basis: "estate-cost",
  };
}

/** The product's own ratings, keyed by criterion, for the criteria where its evidence differs. */
export function productRatings(product: Product): Map<string, DerivedRating> {
  return new Map(
    product.ratings.map((r) => [
      r.criterion,
      { rating: r.score, rationale: `${product.name}: ${r.rationale}`, sources: r.sources, asOf: r.asOf },
    ]),
  );
}
