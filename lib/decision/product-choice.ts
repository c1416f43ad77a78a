// Why a family's best product is the one to buy, and why each of its other products fits less. Every
// product is scored on the criteria (lib/decision/product-rows.ts); the knowledge base's fit rules add
// the reasons a score cannot carry (a platform to learn, an import wizard) and break exact ties
// (docs/method.md, "Products").
import type { ProductChoice, ProductRef } from "./types";
import type { ProductRow } from "./product-rows";

const ref = ({ id, name, vendor }: ProductRef): ProductRef => ({ id, name, vendor });

const points = (n: number) => n.toFixed(1);

/** The two criteria where `other` loses most points to `best`, in words (one pass: this runs per alternative). */
function biggestGaps(other: ProductRow, best: ProductRow): string {
  let first = -1;
  let second = -1;
  const lost = (i: number) => best.contributions[i]!.points - other.contributions[i]!.points;
  for (let i = 0; i < other.contributions.length; i++) {
    if (lost(i) <= 1e-9) continue;
    if (first < 0 || lost(i) > lost(first)) [first, second] = [i, first];
    else if (second < 0 || lost(i) > lost(second)) second = i;
  }
  const words = (i: number) => {
    const [c, b] = [other.contributions[i]!, best.contributions[i]!];
    return `${c.name.toLowerCase()} ${c.rating}/10 against ${b.rating}/10`;
  };
  return [first, second]
    .filter((i) => i >= 0)
    .map(words)
    .join("; ");
}

/**
 * Why another product of the family fits less, in a sentence or two: its first knockout (products[]
 * lists them all), or the points it loses and where, or the fit rules against it.
 */
function whyLess(other: ProductRow, best: ProductRow): string[] {
  if (!other.eligible) {
    const first = other.knockouts[0]!;
    // Not offered here, or out of support: the support note says it in a few words (products[] has the why).
    const bySupport = first.mustHave === "cloudPlatform" || first.mustHave === "support";
    return [bySupport && other.product ? other.support.note : first.reason];
  }
  const lower = best.score - other.score;
  if (lower > 1e-9) {
    const gaps = biggestGaps(other, best);
    return [
      `${points(lower)} points lower than ${best.ref.name}${gaps ? `: ${gaps}` : ""}.`,
      ...other.fit.cons.slice(0, 1),
    ];
  }
  if (other.fit.cons.length > 0) return other.fit.cons;
  if (other.fit.points < best.fit.points)
    return [
      `Scores the same; fewer of these answers favour it (${other.fit.points} fit points against ${best.fit.points} for ${best.ref.name}).`,
    ];
  return [
    `Scores the same, and no answer favours it over ${best.ref.name}, which comes first in the knowledge base's order.`,
  ];
}

function reasonsFor(best: ProductRow, others: readonly ProductRow[]): string[] {
  if (!best.eligible)
    return [
      `No product of this family meets every requirement; ${best.ref.name} comes closest.`,
      ...best.knockouts.map((k) => k.reason),
    ];
  const runnerUp = others.find((o) => o.eligible);
  const suits = best.product?.suits ?? "";
  const lead =
    others.length === 0
      ? `The family's only product in the knowledge base: ${suits}`
      : runnerUp && best.score - runnerUp.score > 1e-9
        ? `The family's highest score for these answers: ${points(best.score)}, ${points(best.score - runnerUp.score)} above ${runnerUp.ref.name}.`
        : runnerUp
          ? `Scores the same as ${runnerUp.ref.name}; ${best.fit.pros.length > 0 ? "these answers favour it" : "it comes first in the knowledge base's order"}.`
          : `The family's only product that meets every requirement: ${suits}`;
  return [lead, ...best.fit.pros];
}

/** What a team must know before buying it: support ending within the horizon, no vendor support. */
function supportCautions(row: ProductRow): string[] {
  const { support } = row;
  if (support.status === "ending" || support.status === "community") return [support.note];
  return [];
}

/** The family's choice: its best row (first in products order) against the family's other rows. */
export function explainChoice(best: ProductRow, others: readonly ProductRow[]): ProductChoice {
  return {
    ...ref(best.ref),
    support: best.support,
    reasons: reasonsFor(best, others),
    cautions: [...supportCautions(best), ...best.fit.cons],
    alternatives: others.map((other) => ({ ...ref(other.ref), why: whyLess(other, best) })),
  };
}
