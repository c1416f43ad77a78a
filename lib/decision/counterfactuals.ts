// Who would win without one requirement: for each knockout cause that removed a product scoring above
// the winner's, re-check every product's eligibility with that one cause ignored. Support status is
// not a requirement the team can drop, so it is never offered as one.
import type { HypervisorId } from "@/lib/questionnaire/options";
import type { Counterfactual, KnockoutCause, ProductEntry } from "./types";

/** A scored candidate: a product, or a family the knowledge base lists no product for. */
export type Candidate = Pick<ProductEntry, "name" | "family" | "score" | "eligible" | "knockouts">;

const CAUSE_WORDS: Record<string, string> = {
  licensing: "the open-source requirement",
  cloudPlatform: "the chosen cloud platform",
  vdiBroker: "the VDI broker",
  ruledOut: "ruling families out",
};

export function describeCause(cause: KnockoutCause): string {
  return CAUSE_WORDS[cause] ?? `the "${cause}" must-have`;
}

/** `products`: every candidate in products order (eligible first, then score). */
export function findCounterfactuals(
  products: readonly Candidate[],
  winner: HypervisorId | null,
  names: Readonly<Record<HypervisorId, string>>,
): Counterfactual[] {
  const winnerScore = products.find((p) => p.eligible && p.family === winner)?.score ?? -Infinity;
  const causes: KnockoutCause[] = [];
  for (const product of products)
    for (const k of product.knockouts)
      if (k.mustHave !== "support" && !causes.includes(k.mustHave)) causes.push(k.mustHave);
  const result: Counterfactual[] = [];
  for (const cause of causes) {
    const knockedOut = (p: Candidate) => p.knockouts.some((k) => k.mustHave === cause);
    const removed = [
      ...new Set(products.filter((p) => p.score > winnerScore && knockedOut(p)).map((p) => p.family)),
    ].filter((family) => family !== winner);
    if (removed.length === 0) continue;
    // Relaxed: eligible when this cause is its only knockout. The best such product, by score (ties: products order).
    let top: Candidate | null = null;
    for (const p of products)
      if (p.knockouts.every((k) => k.mustHave === cause) && (top === null || p.score > top.score)) top = p;
    const wouldWin = top ? top.family : null;
    const explanation =
      wouldWin === null
        ? `Without ${describeCause(cause)}, still no option would meet the other requirements.`
        : wouldWin === winner
          ? `Without ${describeCause(cause)}, ${names[wouldWin]} would still win: the options it removes fail other requirements too.`
          : `Without ${describeCause(cause)}, ${names[wouldWin]} would win with ${top!.score.toFixed(1)} points (${top!.name}).`;
    result.push({ cause, removed, wouldWin, wouldWinScore: top && wouldWin ? top.score : null, explanation });
  }
  return result;
}
