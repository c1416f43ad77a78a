import { evaluateAnswers } from "@/lib/decision";
import { buildAnswers } from "@/lib/decision/test-fixtures";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import { compareEvaluations } from "./today";

const kb1 = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "" } };
const answers = buildAnswers({ guestOs: "mostly-linux", licensing: "open-source-preferred" });

test("the same knowledge base reports no change", () => {
  const evaluation = evaluateAnswers({ answers, kb: kb1, samples: 200 });
  expect(compareEvaluations(evaluation, evaluation)).toMatchObject({ ranksDiffer: false, changes: [] });
});

test("a knowledge base whose ratings moved reports the new order and every score change", () => {
  const then = evaluateAnswers({ answers, kb: kb1, samples: 200 });
  const loser = then.ranking[then.ranking.length - 1]!.hypervisor;
  // Today's knowledge base rates the last-placed option 10/10 everywhere.
  const kb2 = {
    ...kb1,
    version: { number: 2, label: "kb-2", publishedAt: null, note: "" },
    ratings: kb1.ratings.map((r) => (r.hypervisor === loser ? { ...r, score: 10 } : r)),
  };
  const now = evaluateAnswers({ answers, kb: kb2, samples: 200 });
  const diff = compareEvaluations(then, now);
  expect(diff.ranksDiffer).toBe(true);
  expect(diff.todayLabel).toMatch(/^kb-2\+/);
  const moved = diff.changes.find((c) => c.hypervisor === loser)!;
  expect(moved.nowScore).toBeGreaterThan(moved.thenScore);
  expect(moved.nowRank).toBeLessThan(moved.thenRank);
});
