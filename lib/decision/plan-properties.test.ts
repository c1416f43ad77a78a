// Properties of the plan on the seeded knowledge base, for every valid answer set and estate:
// costs are well-formed sums, grow with the estate, and every family names a product.
import fc from "fast-check";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import type { SizedEstate } from "@/lib/questionnaire/answers";
import { answersWithEstateArbitrary, estateArbitrary } from "@/lib/questionnaire/answers-arbitrary";
import type { Product } from "@/lib/knowledge/plan-schema";
import { isSized } from "@/lib/questionnaire/estate";
import { priceEstate } from "./estate-cost";
import { evaluateAnswers } from "./evaluate";
import { scoreAnswers } from "./score";
import type { RankingEntry } from "./types";

const kb: KnowledgeBase = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "seed" } };
const perYear = (ranking: RankingEntry[], h: string) => ranking.find((e) => e.hypervisor === h)!.cost!.perYear;

describe("plan properties (seed knowledge base)", () => {
  it("every cost is a finite, non-negative sum of quantity × unit price lines", () => {
    fc.assert(
      fc.property(answersWithEstateArbitrary, (answers) => {
        for (const entry of scoreAnswers({ answers, kb }).ranking) {
          expect(entry.product).not.toBeNull();
          const cost = entry.cost!;
          let sum = 0;
          for (const line of cost.lines) {
            for (const n of [line.quantity, line.unitPrice, line.amount]) {
              expect(Number.isFinite(n)).toBe(true);
              expect(n).toBeGreaterThanOrEqual(0);
            }
            // Amounts are rounded to cents.
            expect(Math.abs(line.amount - line.quantity * line.unitPrice)).toBeLessThanOrEqual(
              0.005 + line.amount * 1e-12,
            );
            sum += line.amount;
          }
          if (cost.quoteRequired) expect(cost.perYear).toBeNull();
          else {
            expect(cost.perYear).toBeCloseTo(sum, 2);
            expect(cost.total).toBeCloseTo(sum * cost.years, 2);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  // Per product: the product a family names may change with the estate (its licence cost is rated
  // from what this estate would pay), so the property holds for each product's own price.
  it("more hosts or more cores never cost any product less", () => {
    fc.assert(
      fc.property(
        estateArbitrary,
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 10 }),
        (estate, moreHosts, moreCores, years) => {
          if (!isSized(estate)) return;
          const cost = (product: Product, patch: Partial<SizedEstate>) =>
            priceEstate({ kb, product, estate: { ...estate, ...patch }, years }).perYear;
          for (const product of kb.products) {
            const before = cost(product, {});
            if (before === null) continue;
            // Standard licenses Windows VMs per host: the same VMs over more hosts may need fewer stacked
            // licensings (8 hosts with 69,937 Windows VMs license 34,976 host-licensings, 9 hosts 34,974).
            const stacksPerVm = kb.prices.some(
              (p) => p.product === product.id && p.windowsGuests === "two-per-licence",
            );
            if (!stacksPerVm || !estate.windowsVms)
              expect(cost(product, { hosts: Math.min(100_000, estate.hosts + moreHosts) })!).toBeGreaterThanOrEqual(
                before - 1e-6,
              );
            expect(
              cost(product, { coresPerSocket: Math.min(512, estate.coresPerSocket + moreCores) })!,
            ).toBeGreaterThanOrEqual(before - 1e-6);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("migration effort grows with the number of VMs and is absent when staying put", () => {
    fc.assert(
      fc.property(answersWithEstateArbitrary, fc.integer({ min: 1, max: 5000 }), (answers, extra) => {
        const withVms = { ...answers, estate: { ...answers.estate!, vms: 100, windowsVms: 0 } };
        const more = { ...withVms, estate: { ...withVms.estate, vms: 100 + extra } };
        const a = scoreAnswers({ answers: withVms, kb }).ranking;
        const b = scoreAnswers({ answers: more, kb }).ranking;
        for (const entry of a) {
          if (entry.hypervisor === answers.currentPlatform || answers.currentPlatform === "none") {
            expect(entry.migration).toBeNull();
            continue;
          }
          const other = b.find((e) => e.hypervisor === entry.hypervisor)!;
          expect(entry.migration).not.toBeNull();
          expect(other.migration!.effortDays.high).toBeGreaterThanOrEqual(entry.migration!.effortDays.high);
          expect(entry.migration!.effortDays.low).toBeLessThanOrEqual(entry.migration!.effortDays.high);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("the plan's saving is staying put's cost minus the recommendation's", () => {
    fc.assert(
      fc.property(answersWithEstateArbitrary, (answers) => {
        const evaluation = evaluateAnswers({ answers, kb, samples: 50 });
        const plan = evaluation.plan;
        if (!plan || plan.savingPerYear === null) return;
        const stay = perYear(evaluation.ranking, answers.currentPlatform)!;
        const pick = perYear(evaluation.ranking, evaluation.winner!)!;
        expect(plan.savingPerYear).toBeCloseTo(stay - pick, 2);
        expect(plan.savingTotal).toBeCloseTo((stay - pick) * plan.years, 2);
      }),
      { numRuns: 100 },
    );
  });
});
