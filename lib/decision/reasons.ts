// The winner's top reasons in plain words: where it gains most over the runner-up, and any knockout
// that removed an option that would otherwise have ranked higher.
import type { RankingEntry } from "./types";

const MAX_CRITERION_REASONS = 3;
const MAX_RATIONALE = 160;

/** The first sentence of a rationale, cut at a word boundary when still too long. */
export function shortenRationale(text: string): string {
  const first = /^(.+?[.!?])(\s|$)/s.exec(text.trim())?.[1] ?? text.trim();
  if (first.length <= MAX_RATIONALE) return first;
  const cut = first.slice(0, MAX_RATIONALE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 40))}…`;
}

const formatRating = (r: number) => (Number.isInteger(r) ? String(r) : r.toFixed(1));

/** `rival` is the eligible runner-up, or the best other option when the winner is the only eligible one. */
export function buildTopReasons(
  ranking: readonly RankingEntry[],
  winner: RankingEntry,
  rival: RankingEntry | null,
): string[] {
  const reasons: string[] = [];
  if (rival) {
    const gains = winner.contributions
      .map((c, i) => ({ c, r: rival.contributions[i], gain: c.points - (rival.contributions[i]?.points ?? 0) }))
      .filter((g) => g.gain > 1e-9 && g.r)
      .sort((a, b) => b.gain - a.gain)
      .slice(0, MAX_CRITERION_REASONS);
    for (const { c, r } of gains) {
      reasons.push(
        `${c.name}: ${winner.name} ${formatRating(c.rating)}/10 vs ${rival.name} ${formatRating(r!.rating)}/10 — ${shortenRationale(c.rationale)}`,
      );
    }
  } else {
    reasons.push(`${winner.name} is the only option that meets every requirement.`);
  }
  const outscored = ranking.find((e) => !e.eligible && e.score > winner.score);
  const knockout = outscored?.knockouts[0];
  if (outscored && knockout) {
    reasons.push(
      `${outscored.name} would have scored higher (${outscored.score.toFixed(1)} vs ${winner.score.toFixed(1)}) but is ruled out: ${knockout.reason}`,
    );
  }
  return reasons;
}
