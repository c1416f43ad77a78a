// Properties of the plan on the seeded knowledge base, for every valid answer set, estate (flat or
// clusters) and set of cost assumptions: costs are well-formed sums, the cash flow and net present
// value follow the contract's formulas, cost grows with the estate, and every family names a product.
import fc from "fast-check";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { Product } from "@/lib/knowledge/plan-schema";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import type { Estate } from "@/lib/questionnaire/answers";
import {
  answersWithEstateArbitrary,
  assumptionsArbitrary,
  flatEstateArbitrary,
} from "@/lib/questionnaire/answers-arbitrary";
import { estateClusters } from "@/lib/questionnaire/estate";
import { resolveAssumptions } from "./cost-rules";
import { priceEstate } from "./estate-cost";
import { WINDOWS_PRICES } from "./windows-prices";
import { evaluateAnswers } from "./evaluate";
import { paybackMonths } from "./plan-summary";
import { scoreAnswers } from "./score";
import type { Cost, CostLine, RankingEntry } from "./types";

const kb: KnowledgeBase = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "seed" } };
const TODAY = "2026-12-07";
const perYear = (ranking: RankingEntry[], h: string) => ranking.find((e) => e.hypervisor === h)!.cost!.perYear;

function expectLine(line: CostLine) {
  for (const n of [line.quantity, line.unitPrice, line.amount]) {
    expect(Number.isFinite(n)).toBe(true);
    expect(n).toBeGreaterThanOrEqual(0);
  }
  // Amounts are rounded to cents.
  expect(Math.abs(line.amount - line.quantity * line.unitPrice)).toBeLessThanOrEqual(0.005 + line.amount * 1e-12);
}

/** Equal to the cent, allowing the last bits of a double for sums in the trillions. */
function expectClose(actual: number | null, expected: number) {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(0.01 + Math.abs(expected) * 1e-12);
}

function expectWellFormed(cost: Cost, rate: number) {
  const sum = cost.lines.reduce((s, l) => s + l.amount, 0);
  cost.lines.forEach(expectLine);
  cost.oneOff!.lines.forEach(expectLine);
  expectClose(
    cost.oneOff!.amount,
    cost.oneOff!.lines.reduce((s, l) => s + l.amount, 0),
  );
  if (cost.quoteRequired) {
    expect(cost.perYear).toBeNull();
    expect(cost.npv).toBeNull();
    expect(cost.cashFlow).toEqual([]);
    return;
  }
  expectClose(cost.perYear, sum);
  expectClose(cost.total, sum * cost.years);
  // Σ cashFlow = perYear × years + oneOff, one-off in year 1.
  expect(cost.cashFlow.map((y) => y.year)).toEqual(Array.from({ length: cost.years }, (_, i) => i + 1));
  const flow = cost.cashFlow.reduce((s, y) => s + y.total, 0);
  expectClose(flow, cost.perYear! * cost.years + cost.oneOff!.amount);
  cost.cashFlow.forEach((y, i) => expect(y.oneOff).toBe(i === 0 ? cost.oneOff!.amount : 0));
  // npv = oneOff + Σ perYear ÷ (1 + r)^t.
  let npv = cost.oneOff!.amount;
  for (let t = 1; t <= cost.years; t++) npv += cost.perYear! / (1 + rate) ** t;
  expectClose(cost.npv, npv);
  expect(cost.npv!).toBeGreaterThanOrEqual(0);
}

describe("plan properties (seed knowledge base)", () => {
  it("every cost is a finite, non-negative sum of quantity × unit price lines, with the contract's cash flow and NPV", () => {
    fc.assert(
      fc.property(answersWithEstateArbitrary, assumptionsArbitrary, (answers, assumptions) => {
        const rate = resolveAssumptions(assumptions).discountRate;
        for (const entry of scoreAnswers({ answers, kb, assumptions, today: TODAY }).ranking) {
          expect(entry.product).not.toBeNull();
          expectWellFormed(entry.cost!, rate);
        }
      }),
      { numRuns: 150 },
    );
  });

  // Per product: the product a family names may change with the estate (its licence cost is rated
  // from what this estate would pay), so the property holds for each product's own price.
  it("more cores or more Windows Server VMs never cost any product less; more hosts never cost less without Windows VMs", () => {
    fc.assert(
      fc.property(
        flatEstateArbitrary,
        assumptionsArbitrary,
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 10 }),
        (estate, assumptions, moreHosts, moreCores, moreWindows, years) => {
          const cost = (product: Product, patch: Partial<Estate>) =>
            priceEstate({
              kb,
              product,
              clusters: estateClusters({ ...estate, ...patch })!,
              years,
              assumptions: resolveAssumptions(assumptions),
              staying: false,
            }).perYear;
          const hosts = estate.hosts!;
          for (const product of kb.products) {
            const before = cost(product, {});
            if (before === null) continue;
            expect(
              cost(product, { coresPerSocket: Math.min(512, estate.coresPerSocket! + moreCores) })!,
            ).toBeGreaterThanOrEqual(before - 1e-6);
            if (estate.vms !== undefined) {
              const windows = Math.min(estate.vms, (estate.windowsVms ?? 0) + moreWindows);
              const desktops = Math.min(estate.desktopVms ?? 0, estate.vms - windows);
              expect(cost(product, { windowsVms: windows, desktopVms: desktops })!).toBeGreaterThanOrEqual(
                before - 1e-6,
              );
            }
            // Standard licenses Windows VMs per host: the same VMs over more hosts may need fewer stacked
            // licensings (docs/method.md), so hosts are checked without Windows Server VMs.
            if (!estate.windowsVms)
              expect(cost(product, { hosts: Math.min(100_000, hosts + moreHosts) })!).toBeGreaterThanOrEqual(
                before - 1e-6,
              );
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("desktop VMs are never licensed as Windows Server", () => {
    fc.assert(
      fc.property(answersWithEstateArbitrary, (answers) => {
        const windows = [WINDOWS_PRICES.standard.product, WINDOWS_PRICES.datacenter.product];
        const clusters = estateClusters(answers.estate)!;
        if (clusters.some((c) => c.windowsServerVms > 0)) return;
        for (const entry of scoreAnswers({ answers, kb, today: TODAY }).ranking)
          if (entry.hypervisor !== "hyper-v")
            expect(entry.cost!.lines.filter((l) => windows.includes(l.product))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("migration effort grows with the number of VMs and is absent when staying put", () => {
    fc.assert(
      fc.property(answersWithEstateArbitrary, fc.integer({ min: 1, max: 5000 }), (answers, extra) => {
        const flat = { hosts: 4, socketsPerHost: 2, coresPerSocket: 16 };
        const withVms = { ...answers, estate: { ...flat, vms: 100, windowsVms: 0 } };
        const more = { ...withVms, estate: { ...withVms.estate, vms: 100 + extra } };
        const a = scoreAnswers({ answers: withVms, kb, today: TODAY }).ranking;
        const b = scoreAnswers({ answers: more, kb, today: TODAY }).ranking;
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
      { numRuns: 60 },
    );
  });

  it("the plan's saving, NPV saving and payback follow the contract's formulas", () => {
    fc.assert(
      fc.property(answersWithEstateArbitrary, assumptionsArbitrary, (answers, assumptions) => {
        const evaluation = evaluateAnswers({ answers, kb, assumptions, samples: 20, today: TODAY });
        const plan = evaluation.plan;
        if (!plan || plan.savingPerYear === null) return;
        const stayEntry = evaluation.ranking.find((e) => e.hypervisor === answers.currentPlatform)!;
        const pickEntry = evaluation.ranking.find((e) => e.hypervisor === evaluation.winner)!;
        const stay = perYear(evaluation.ranking, answers.currentPlatform)!;
        const pick = perYear(evaluation.ranking, evaluation.winner!)!;
        expectClose(plan.savingPerYear, stay - pick);
        expectClose(plan.savingTotal, (stay - pick) * plan.years);
        expectClose(plan.npvSaving, stayEntry.cost!.npv! - pickEntry.cost!.npv!);
        const months = plan.paybackMonths;
        const cumulative = (cost: Cost, m: number) => cost.oneOff!.amount + (cost.perYear! * m) / 12;
        const behind = (m: number) => cumulative(pickEntry.cost!, m) - cumulative(stayEntry.cost!, m);
        if (months === null) expect(behind(plan.years * 12)).toBeGreaterThan(0);
        else {
          expect(months).toBeGreaterThanOrEqual(0);
          expect(months).toBeLessThanOrEqual(plan.years * 12);
          expect(behind(months)).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(cumulative(stayEntry.cost!, months))));
          if (months > 0) expect(behind(months - 1)).toBeGreaterThan(0);
        }
        expect(paybackMonths(pickEntry.cost!, stayEntry.cost!, plan.years)).toBe(months);
      }),
      { numRuns: 100 },
    );
  });
});
