// The order to move an estate's clusters in: least risk first, then the largest yearly saving, then the
// least effort (docs/method.md, "The estate as clusters"). Risk is read from the same migration model
// and one-off lines the costs use, so every reason can be checked against the plan's own figures.
import { formatCount, plural } from "./money-format";
import { about } from "./plan-summary";
import type { ClusterPlan, MoveRisk } from "./types";

/** What makes one cluster's move risky. */
export interface MoveFacts {
  /** The migration path's cutover, or null when the knowledge base records no path for it. */
  downtime: "cold" | "warm" | null;
  /** The team lists no skills in the target platform (the plan prices training for it). */
  newPlatform: boolean;
  /** Desktop VMs, rebuilt from golden images and catalogues rather than converted. */
  desktops: number;
}

/** One point each: a cold cutover (or no recorded path), a platform new to the team, desktops to rebuild. */
function riskPoints(facts: MoveFacts): number {
  return (facts.downtime === "warm" ? 0 : 1) + (facts.newPlatform ? 1 : 0) + (facts.desktops > 0 ? 1 : 0);
}

const RISK: readonly MoveRisk[] = ["low", "medium", "high"];

function riskWords(facts: MoveFacts): string {
  const factors = [
    facts.downtime === "warm"
      ? "warm cutover"
      : facts.downtime === "cold"
        ? "cold cutover"
        : "no migration path recorded",
    facts.newPlatform ? "a platform new to the team" : "a platform the team knows",
  ];
  if (facts.desktops > 0) factors.push(`${plural(facts.desktops, "desktop")} rebuilt from images`);
  return factors.join(", ");
}

function savingWords(saving: number | null): string {
  if (saving === null) return "its saving against staying put needs a quote";
  if (saving > 0) return `saves about ${about(saving)} a year against staying put`;
  if (saving < 0) return `costs about ${about(-saving)} a year more than staying put`;
  return "costs the same as staying put";
}

function effortWords(effort: ClusterPlan["effortDays"]): string {
  if (!effort) return "effort not estimated (no migration path recorded)";
  const days =
    effort.low === effort.high ? formatCount(effort.low) : `${formatCount(effort.low)}–${formatCount(effort.high)}`;
  return `about ${days} person-days`;
}

const middle = (effort: ClusterPlan["effortDays"]) =>
  effort ? (effort.low + effort.high) / 2 : Number.POSITIVE_INFINITY;

/**
 * Sets `move` on every cluster that moves (facts given): risk points ascending, then yearly saving
 * descending (unpriced after priced), then effort ascending, then the estate's own order.
 */
export function orderMoves(planned: readonly { plan: ClusterPlan; facts: MoveFacts | null }[]): void {
  const moving = planned
    .map((p, index) => ({ ...p, index, points: p.facts ? riskPoints(p.facts) : 0 }))
    .filter((p): p is typeof p & { facts: MoveFacts } => p.facts !== null);
  moving.sort((a, b) => {
    if (a.points !== b.points) return a.points - b.points;
    const sa = a.plan.savingPerYear ?? Number.NEGATIVE_INFINITY;
    const sb = b.plan.savingPerYear ?? Number.NEGATIVE_INFINITY;
    if (sa !== sb) return sb - sa;
    const ea = middle(a.plan.effortDays);
    const eb = middle(b.plan.effortDays);
    if (ea !== eb) return ea - eb;
    return a.index - b.index;
  });
  moving.forEach(({ plan, facts, points }, i) => {
    const risk = RISK[Math.min(points, RISK.length - 1)]!;
    plan.move = {
      order: i + 1,
      risk,
      reason: `${risk[0]!.toUpperCase()}${risk.slice(1)} risk (${riskWords(facts)}); ${savingWords(plan.savingPerYear)}; ${effortWords(plan.effortDays)}.`,
    };
  });
}
