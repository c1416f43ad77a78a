// Properties that must hold for every valid answer set (fast-check), on the fixture KB.
import fc from "fast-check";
import { answersArbitrary } from "@/lib/questionnaire/answers-arbitrary";
import { HYPERVISOR_IDS } from "@/lib/questionnaire/options";
import { evaluateAnswers } from "./evaluate";
import { scoreAnswers } from "./score";
import { buildFixtureKnowledge, FIXTURE_RATINGS, withRating } from "./test-fixtures";

const kb = buildFixtureKnowledge();
const RATED = Object.keys(FIXTURE_RATINGS);

const answersArb = answersArbitrary;

describe("engine properties", () => {
  it("raising one option's rating never lowers its score or its rank", () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.constantFrom(...HYPERVISOR_IDS),
        fc.constantFrom(...RATED),
        fc.integer({ min: 1, max: 10 }),
        (answers, h, criterion, bump) => {
          const before = scoreAnswers({ answers, kb }).ranking.find((e) => e.hypervisor === h)!;
          const current = kb.ratings.find((r) => r.hypervisor === h && r.criterion === criterion)!.score;
          const raised = withRating(kb, h, criterion, Math.min(10, current + bump));
          const after = scoreAnswers({ answers, kb: raised }).ranking.find((e) => e.hypervisor === h)!;
          expect(after.score).toBeGreaterThanOrEqual(before.score - 1e-12);
          expect(after.rank).toBeLessThanOrEqual(before.rank);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("scaling every weight override by a positive constant changes nothing", () => {
    fc.assert(
      fc.property(
        answersArb,
        fc.array(fc.double({ min: 0.01, max: 50, noNaN: true }), {
          minLength: kb.criteria.length,
          maxLength: kb.criteria.length,
        }),
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        (answers, raw, factor) => {
          const overrides = Object.fromEntries(kb.criteria.map((c, i) => [c.key, raw[i]!]));
          const scaled = Object.fromEntries(kb.criteria.map((c, i) => [c.key, raw[i]! * factor]));
          const a = scoreAnswers({ answers, kb, weights: overrides });
          const b = scoreAnswers({ answers, kb, weights: scaled });
          a.ranking.forEach((entry, i) => {
            expect(b.ranking[i]!.score).toBeCloseTo(entry.score, 8);
          });
          // Ties within rounding may order differently only when the scores are equal.
          a.ranking.forEach((entry, i) => {
            if (b.ranking[i]!.hypervisor !== entry.hypervisor)
              expect(Math.abs(b.ranking[i]!.score - entry.score)).toBeLessThan(1e-9);
          });
          b.weights.forEach((w, i) => expect(w.weight).toBeCloseTo(a.weights[i]!.weight, 12));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("never ranks an ineligible option above an eligible one; all four ranked, scores within 0–100", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const { ranking, winner } = scoreAnswers({ answers, kb });
        expect(ranking.map((e) => e.hypervisor).sort()).toEqual([...HYPERVISOR_IDS].sort());
        const firstIneligible = ranking.findIndex((e) => !e.eligible);
        if (firstIneligible >= 0) expect(ranking.slice(firstIneligible).every((e) => !e.eligible)).toBe(true);
        for (const e of ranking) {
          expect(e.score).toBeGreaterThanOrEqual(0);
          expect(e.score).toBeLessThanOrEqual(100 + 1e-9);
          expect(e.eligible).toBe(e.knockouts.length === 0);
        }
        expect(winner).toBe(ranking[0]!.eligible ? ranking[0]!.hypervisor : null);
      }),
      { numRuns: 500 },
    );
  });

  it("is deterministic: two full evaluations are deep-equal", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(evaluateAnswers({ answers, kb, samples: 200 })).toEqual(evaluateAnswers({ answers, kb, samples: 200 }));
      }),
      { numRuns: 50 },
    );
  });

  it("robustness shares sum to 1 over eligible options, and the sensitivity interval contains the current weight", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const e = evaluateAnswers({ answers, kb, samples: 200 });
        if (!e.winner) return;
        const shares = e.robustness!.shares;
        expect(Object.values(shares).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
        for (const r of e.ranking) if (!r.eligible) expect(shares[r.hypervisor]).toBe(0);
        for (const c of e.sensitivity!.criteria) {
          expect(c.stableFrom).toBeLessThanOrEqual(c.weight);
          expect(c.stableTo).toBeGreaterThanOrEqual(c.weight);
        }
      }),
      { numRuns: 100 },
    );
  });
});
