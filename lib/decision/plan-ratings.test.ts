// The licence-cost rating from an estate's cost: the documented mapping, figures by hand.
import { estateClusters } from "@/lib/questionnaire/estate";
import { rateCost } from "./plan-ratings";
import type { Cost } from "./types";

const ESTATE = estateClusters({ hosts: 4, socketsPerHost: 2, coresPerSocket: 8 })!; // 64 physical cores
const line = (amount: number) => ({
  item: "Licence",
  product: "p",
  priceKey: "k",
  quantity: 1,
  unit: "estate per year",
  unitPrice: amount,
  amount,
  arithmetic: "",
  basis: "list" as const,
  source: { title: "Price list", url: "https://example.org/p" },
  asOf: "2026-01-01",
});
const cost = (amounts: number[], windowsGuests = 0, quoteRequired = false, oneOff = 0): Cost => ({
  currency: "USD",
  perYear: quoteRequired ? null : amounts.reduce((a, b) => a + b, 0),
  years: 3,
  total: null,
  quoteRequired,
  quotesNeeded: [],
  lines: amounts.map(line),
  windowsGuests,
  notes: [],
  oneOff: { amount: oneOff, lines: [] },
  cashFlow: [],
  npv: null,
});

test("10 × 35 ÷ (35 + cost per core): free is 10, US$35 per core is 5, VVF's US$135 is 2.1, VCF's US$350 is 0.9", () => {
  expect(rateCost(cost([0]), ESTATE, "Free", null)!.rating).toBe(10);
  expect(rateCost(cost([2_240]), ESTATE, "Mid", null)!.rating).toBe(5);
  expect(rateCost(cost([8_640]), ESTATE, "VVF", null)!.rating).toBe(2.1);
  expect(rateCost(cost([22_400]), ESTATE, "VCF", null)!.rating).toBe(0.9);
});

test("one-off costs are not licence cost: a free product with a costly move still rates 10", () => {
  expect(rateCost(cost([0], 0, false, 60_000), ESTATE, "Moved", null)!.rating).toBe(10);
});

test("Windows guest licences every option needs are left out: Datacenter's Hyper-V then adds nothing", () => {
  const rated = rateCost(cost([9_028], 9_028), ESTATE, "Windows Server Datacenter", 7)!;
  expect(rated.rating).toBe(10);
  expect(rated.rationale).toMatch(/less US\$9,028 for the Windows Server guest licences/);
  expect(rateCost(cost([17_280, 9_028], 9_028), ESTATE, "VVF", 2)!.rating).toBe(
    rateCost(cost([17_280]), ESTATE, "VVF", 2)!.rating,
  );
});

test("a product that needs a quote keeps its rating unless its priced lines already cost more", () => {
  expect(rateCost(cost([], 0, true), ESTATE, "Quoted", 8)).toBeNull();
  const capped = rateCost(cost([22_400], 0, true), ESTATE, "Quoted", 8)!;
  expect(capped.rating).toBe(0.9);
  expect(capped.rationale).toMatch(/needs a quote/);
});
