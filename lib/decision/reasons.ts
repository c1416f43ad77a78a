// The winner's top reasons in plain words: where it gains most over the runner-up, and any knockout
// that removed an option that would otherwise have ranked higher.
import type { RankingEntry } from "./types";

const MAX_CRITERION_REASONS = 3;
const ABBREVIATION = /\b(e\.g|i\.e|vs|approx|incl|no)\.$/i;

/**
 * A rationale's first sentence, whole: a reason cut mid-phrase ("… (Nutanix…") cannot be read to its
 * end anywhere. A full stop inside brackets or after an abbreviation does not end the sentence.
 */
export function shortenRationale(text: string): string {
  const trimmed = text.trim();
  let depth = 0;
  for (let i = 0; i < trimmed.length; i++) {
    const char = trimmed[i]!;
    if (char === "(") depth++;
    else if (char === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && ".!?".includes(char) && /\s/.test(trimmed[i + 1] ?? " ")) {
      const sentence = trimmed.slice(0, i + 1);
      if (!ABBREVIATION.test(sentence)) return sentence;
    }
  }
  return trimmed;
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
