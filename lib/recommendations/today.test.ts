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

test("a product's own rating moving is reported, and a family naming another product reads as a new ranking", () => {
  const then = evaluateAnswers({ answers, kb: kb1, samples: 50, today: "2026-12-06" });
  const kvm = then.ranking.find((e) => e.hypervisor === "kvm")!;
  const runnerUp = then.products.find((p) => p.family === "kvm" && p.eligible && p.id !== kvm.product!.id)!;
  // Today's knowledge base rates that runner-up 10/10 on every criterion it rates on its own, and more.
  const kb2 = {
    ...kb1,
    version: { number: 2, label: "kb-2", publishedAt: null, note: "" },
    products: kb1.products.map((p) =>
      p.id === runnerUp.id
        ? {
            ...p,
            ratings: kb1.criteria
              .filter((c) => c.kind === "rated")
              .map((c) => ({
                criterion: c.key,
                score: 10,
                rationale: "A test's knowledge base rates it best everywhere.",
                sources: p.sources,
                asOf: "2026-12-01",
              })),
          }
        : p,
    ),
  };
  const now = evaluateAnswers({ answers, kb: kb2, samples: 50, today: "2026-12-06" });
  expect(now.ranking.find((e) => e.hypervisor === "kvm")!.product!.id).toBe(runnerUp.id);
  const diff = compareEvaluations(then, now);
  expect(diff.ranksDiffer).toBe(true);
  expect(diff.productsMoved).toBeGreaterThanOrEqual(1);
});
