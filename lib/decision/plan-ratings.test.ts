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
/** The knowledge base's own licence-cost rating of a product. */
const kb = (rating: number) => ({
  rating,
  rationale: "Its list price.",
  sources: [{ title: "Vendor price list", url: "https://example.org/list" }],
  asOf: "2026-02-01",
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
  const rated = rateCost(cost([9_028], 9_028), ESTATE, "Windows Server Datacenter", kb(7))!;
  expect(rated.rating).toBe(10);
  expect(rated.rationale).toMatch(/less US\$9,028 for the Windows Server guest licences/);
  expect(rateCost(cost([17_280, 9_028], 9_028), ESTATE, "VVF", kb(2))!.rating).toBe(
    rateCost(cost([17_280]), ESTATE, "VVF", kb(2))!.rating,
  );
});

test("a product that needs a quote keeps its rating, saying it is not rated from a price, unless its priced lines already cost more", () => {
  const kept = rateCost(cost([], 0, true), ESTATE, "Quoted", kb(8))!;
  expect(kept.rating).toBe(8);
  expect(kept.basis).toBe("no-price");
  expect(kept.rationale).toMatch(
    /no public price for this estate .* not rated from your estate: this is the knowledge base's rating, 8\/10\. Its list price\./,
  );
  expect(kept.sources).toEqual(kb(8).sources);
  expect(rateCost(cost([], 0, true), ESTATE, "Quoted", null)).toBeNull();
  const capped = rateCost(cost([22_400], 0, true), ESTATE, "Quoted", kb(8))!;
  expect(capped.rating).toBe(0.9);
  expect(capped.basis).toBe("estate-cost");
  expect(capped.rationale).toMatch(/needs a quote/);
});

test("a rating computed from the estate's price says so", () => {
  expect(rateCost(cost([2_240]), ESTATE, "Mid", kb(9))!.basis).toBe("estate-cost");
});
