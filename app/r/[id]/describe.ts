// Title and one-line summary of a saved recommendation, for the page, link previews and the OG image.
import type { PlanSummary } from "@/lib/decision/types";
import type { RecommendationSnapshot } from "@/lib/recommendations/service";

/** Link previews cut long descriptions anyway; past this the scores are left out. */
export const MAX_DESCRIPTION = 300;

const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumSignificantDigits: 2 });

/** "US$1.2M", "US$61K": a preview needs the order of magnitude, the page has the exact figure. */
export function aboutUsd(amount: number): string {
  return `US$${compact.format(amount)}`;
}

/** "Proxmox VE Standard saves about US$1.2M a year over staying on VMware vSphere Foundation 9." or "". */
function savingSentence(plan: PlanSummary | null | undefined): string {
  const saving = plan?.savingPerYear;
  if (!plan || typeof saving !== "number" || !Number.isFinite(saving) || saving <= 0) return "";
  if (plan.recommended && plan.stay) {
    return `${plan.recommended.name} saves about ${aboutUsd(saving)} a year over staying on ${plan.stay.name}.`;
  }
  // Without both names, the plan's own first sentence says the same.
  const first = (plan.summary ?? "").split(/(?<=\.)\s/)[0]?.trim() ?? "";
  return first.length > 0 && first.length <= 200
    ? first
    : `It saves about ${aboutUsd(saving)} a year over staying put.`;
}

export function describeShare(snapshot: RecommendationSnapshot) {
  const { evaluation } = snapshot;
  const winner = evaluation.ranking.find((e) => e.hypervisor === evaluation.winner);
  const title = snapshot.name ?? (winner ? `Recommendation: ${winner.name}` : "Recommendation: no eligible hypervisor");
  const scores = evaluation.ranking
    .map((e) => `${e.name} ${e.score.toFixed(1)}${e.eligible ? "" : " (ruled out)"}`)
    .join(", ");
  let description: string;
  if (!winner) {
    description = `No hypervisor meets every requirement. ${scores}.`;
  } else {
    const head = `${winner.name} first with ${winner.score.toFixed(1)}/100 (${evaluation.confidence?.label ?? "—"})`;
    const saving = savingSentence(evaluation.plan);
    description = saving ? `${head}: ${saving} ${scores}.` : `${head}. ${scores}.`;
    if (saving && description.length > MAX_DESCRIPTION) description = `${head}: ${saving}`;
  }
  if (description.length > MAX_DESCRIPTION) description = `${description.slice(0, MAX_DESCRIPTION - 1).trimEnd()}…`;
  return { title, description, winner };
}
