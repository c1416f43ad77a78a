import { evaluateAnswers } from "@/lib/decision";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { answers } from "../support/answers";
import { barSegments, decidingCriteria, DECIDING_MAX } from "@/lib/presentation/deciding-criteria";

const kb: KnowledgeBase = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "test" } };

test.each(["vsphereShop", "linuxOnOpenStack", "windowsOnAzure"] as const)(
  "%s: at most four criteria coloured, largest gap between the first and its rival first",
  (set) => {
    const evaluation = evaluateAnswers({ answers: answers(set), kb });
    const { colors, first, rival } = decidingCriteria(evaluation);
    expect(colors.size).toBeGreaterThan(0);
    expect(colors.size).toBeLessThanOrEqual(DECIDING_MAX);
    const gap = (key: string) =>
      Math.abs(
        first!.contributions.find((c) => c.criterion === key)!.points -
          rival!.contributions.find((c) => c.criterion === key)!.points,
      );
    const ordered = [...colors.entries()].sort((a, b) => a[1] - b[1]).map(([key]) => key);
    for (let i = 1; i < ordered.length; i++) expect(gap(ordered[i - 1]!)).toBeGreaterThanOrEqual(gap(ordered[i]!));
    // No criterion left grey has a larger gap than a coloured one.
    const smallest = gap(ordered.at(-1)!);
    for (const c of first!.contributions)
      if (!colors.has(c.criterion)) expect(gap(c.criterion)).toBeLessThanOrEqual(smallest);
    // Each bar's segments add up to its score: nothing is lost in "other".
    for (const entry of evaluation.ranking) {
      const total = barSegments(entry, colors).reduce((sum, s) => sum + s.points, 0);
      expect(total).toBeCloseTo(entry.score, 6);
    }
  },
);
