// Which criteria the charts colour: the few with the largest gap in points between the first choice
// and its rival (the runner-up, or the next option when nothing else is eligible), largest first.
// Sixteen colours cannot be told apart; four can, and those four are where the answer is decided.
// Every other criterion is drawn in one neutral "other" colour. Pure: no React.
import type { Evaluation, RankingEntry } from "@/lib/decision";

export const DECIDING_MAX = 4;
/** Gaps below this many points do not decide anything a reader could see. */
const MIN_GAP = 0.05;

export type Deciding = {
  /** Criterion key → colour slot 0…DECIDING_MAX−1, in order of gap. */
  colors: ReadonlyMap<string, number>;
  first: RankingEntry | null;
  rival: RankingEntry | null;
};

export function decidingCriteria(evaluation: Evaluation, max = DECIDING_MAX): Deciding {
  const { ranking } = evaluation;
  const first = ranking.find((e) => e.hypervisor === evaluation.winner) ?? ranking[0] ?? null;
  const rival = ranking.find((e) => e.hypervisor === evaluation.runnerUp) ?? ranking.find((e) => e !== first) ?? null;
  if (!first || !rival) return { colors: new Map(), first, rival };
  const rivalPoints = new Map(rival.contributions.map((c) => [c.criterion, c.points]));
  const gaps = first.contributions
    .map((c) => ({ key: c.criterion, gap: Math.abs(c.points - (rivalPoints.get(c.criterion) ?? 0)) }))
    .filter((g) => g.gap >= MIN_GAP)
    .sort((a, b) => b.gap - a.gap)
    .slice(0, max);
  return { colors: new Map(gaps.map((g, i) => [g.key, i])), first, rival };
}

export type Segment = { key: string; name: string; points: number; slot: number | "other" };

/** One bar's segments: the deciding criteria in colour order, then everything else as one "other". */
export function barSegments(entry: RankingEntry, colors: ReadonlyMap<string, number>): Segment[] {
  const deciding: Segment[] = [];
  let other = 0;
  for (const c of entry.contributions) {
    const slot = colors.get(c.criterion);
    if (slot === undefined) other += c.points;
    else deciding.push({ key: c.criterion, name: c.name, points: c.points, slot });
  }
  deciding.sort((a, b) => (a.slot as number) - (b.slot as number));
  return other > 0 ? [...deciding, { key: "other", name: "Other criteria", points: other, slot: "other" }] : deciding;
}
