// Properties of products as candidates, for every valid answer set (with and without an estate),
// on the seed knowledge base and on a day when its lifecycle dates have moved on: what a family
// recommends, how products[] is ordered, and how the family ranking follows from it.
import fc from "fast-check";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import {
  answersArbitrary,
  answersWithBrokerArbitrary,
  answersWithEstateArbitrary,
} from "@/lib/questionnaire/answers-arbitrary";
import { HYPERVISOR_IDS } from "@/lib/questionnaire/options";
import { evaluateAnswers } from "./evaluate";
import { scoreAnswers } from "./score";
import type { ScoreResult } from "./types";

const kb: KnowledgeBase = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "seed" } };
const anyAnswers = fc.oneof(answersArbitrary, answersWithBrokerArbitrary, answersWithEstateArbitrary);
/** Today, and a day after several support dates in the seed have passed. */
const days = fc.constantFrom("2026-12-06", "2028-01-15", "2030-06-30");

function checkFamilies(result: ScoreResult): void {
  for (const entry of result.ranking) {
    const family = result.products.filter((p) => p.family === entry.hypervisor);
    const chosen = family.find((p) => p.id === entry.product?.id);
    expect(chosen).toBeDefined();
    const supportedAlternative = family.some(
      (p) =>
        p.eligible &&
        (p.support.status === "supported" || p.support.status === "community" || p.support.status === "ending"),
    );
    // The property the issue states: never out of support or not sold while a supported product fits.
    if (supportedAlternative) expect(["end-of-support", "not-sold"]).not.toContain(chosen!.support.status);
    // Stronger: an out-of-support or not-sold product is never eligible at all.
    for (const p of family)
      if (p.support.status === "end-of-support" || p.support.status === "not-sold") expect(p.eligible).toBe(false);
    // The family's score and eligibility are its best eligible product's (its best overall when none is).
    const best = family.find((p) => p.eligible) ?? family[0]!;
    expect(chosen!.id).toBe(best.id);
    expect(entry.score).toBe(best.score);
    expect(entry.eligible).toBe(best.eligible);
  }
}

describe("products as candidates (seed knowledge base)", () => {
  it("a family never recommends an end-of-support or not-sold product while an eligible supported one exists", () => {
    fc.assert(
      fc.property(anyAnswers, days, (answers, today) => {
        checkFamilies(scoreAnswers({ answers, kb, today }));
      }),
      { numRuns: 300 },
    );
  });

  it("products[] holds every product once, eligible first, then by score, with a status and a date where one applies", () => {
    fc.assert(
      fc.property(anyAnswers, days, (answers, today) => {
        const { products } = scoreAnswers({ answers, kb, today });
        expect(products.map((p) => p.id).sort()).toEqual(kb.products.map((p) => p.id).sort());
        for (let i = 1; i < products.length; i++) {
          const [a, b] = [products[i - 1]!, products[i]!];
          if (a.eligible !== b.eligible) expect(a.eligible).toBe(true);
          else expect(a.score).toBeGreaterThanOrEqual(b.score);
        }
        for (const p of products) {
          expect(p.score).toBeGreaterThanOrEqual(0);
          expect(p.score).toBeLessThanOrEqual(100 + 1e-9);
          expect(p.eligible).toBe(p.knockouts.length === 0);
          if (p.support.status === "ending" || p.support.status === "end-of-support")
            expect(p.support.until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (p.support.status === "ending") expect(p.support.until! >= today).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("the winner is the family of the best eligible product, and robustness shares are per family", () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const evaluation = evaluateAnswers({ answers, kb, samples: 200, today: "2026-12-06" });
        const top = evaluation.products.find((p) => p.eligible);
        expect(evaluation.winner).toBe(top?.family ?? null);
        if (evaluation.robustness) {
          const shares = HYPERVISOR_IDS.map((h) => evaluation.robustness!.shares[h]);
          expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
          for (const h of HYPERVISOR_IDS)
            if (!evaluation.ranking.find((e) => e.hypervisor === h)!.eligible)
              expect(evaluation.robustness.shares[h]).toBe(0);
        }
      }),
      { numRuns: 60 },
    );
  });
});
