// Title and one-line summary of a saved recommendation, for the page, link previews and the OG image.
import type { RecommendationSnapshot } from "@/lib/recommendations/service";

export function describeShare(snapshot: RecommendationSnapshot) {
  const { evaluation } = snapshot;
  const winner = evaluation.ranking.find((e) => e.hypervisor === evaluation.winner);
  const title = snapshot.name ?? (winner ? `Recommendation: ${winner.name}` : "Recommendation: no eligible hypervisor");
  const scores = evaluation.ranking.map((e) => `${e.name} ${e.score.toFixed(1)}${e.eligible ? "" : " (ruled out)"}`).join(", ");
  const description = winner
    ? `${winner.name} first with ${winner.score.toFixed(1)}/100 (${evaluation.confidence?.label ?? "—"}). ${scores}.`
    : `No hypervisor meets every requirement. ${scores}.`;
  return { title, description, winner };
}
