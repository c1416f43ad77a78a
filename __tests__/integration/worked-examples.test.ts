// docs/method.md's three worked examples, to the cent, through the API and a saved recommendation's
// costs CSV, on a real seeded database (this file also runs on PostgreSQL: scripts/test.ts).
import type { Json } from "../support/json";
import { postJson, type Get, type Post } from "../support/route-handlers";
import { useFreshDatabase } from "../support/test-database";
import { FORTY_HOST_SHOP, WORKED_EXAMPLES } from "../support/worked-examples";

jest.setTimeout(120_000);

let evaluate: Post;
let save: Post;
let costs: Get;

beforeAll(async () => {
  await useFreshDatabase("worked-examples");
  evaluate = (await import("@/app/api/v1/evaluate/route")).POST as Post;
  save = (await import("@/app/api/v1/recommendations/route")).POST as Post;
  costs = (await import("@/app/r/[id]/costs.csv/route")).GET as Get;
});

const post = postJson;

describe.each(WORKED_EXAMPLES)("worked example: $name", (example) => {
  let body: Json;
  beforeAll(async () => {
    const response = await post(evaluate, "/api/v1/evaluate", example.body);
    expect(response.status).toBe(200);
    body = await response.json();
  });

  it("recommends what docs/method.md says", () => {
    expect(body.winner).toBe(example.winner);
  });

  it.each(example.options)("prices $product to the cent: every line, one-off, cash flow and NPV", (option) => {
    const entry = body.ranking.find((e: Json) => e.hypervisor === option.hypervisor);
    expect(entry.product.id).toBe(option.product);
    const cost = entry.cost;
    expect(cost.lines.map((l: Json) => l.amount)).toEqual(option.lines);
    expect(cost.oneOff.lines.map((l: Json) => l.amount)).toEqual(option.oneOffLines);
    expect(cost).toMatchObject({ perYear: option.perYear, npv: option.npv, oneOff: { amount: option.oneOff } });
    expect(cost.cashFlow).toEqual([
      { year: 1, recurring: option.perYear, oneOff: option.oneOff, total: option.perYear + option.oneOff },
      { year: 2, recurring: option.perYear, oneOff: 0, total: option.perYear },
      { year: 3, recurring: option.perYear, oneOff: 0, total: option.perYear },
    ]);
  });

  it("gives the plan's payback, NPV saving and break-even discount", () => {
    expect(body.plan.paybackMonths).toBe(example.plan.paybackMonths);
    expect(body.plan.npvSaving).toBe(example.plan.npvSaving);
    expect(body.plan.breakEven?.discount ?? null).toBe(example.plan.breakEvenDiscount);
  });

  it("carries the same figures in a saved recommendation's costs CSV", async () => {
    const saved = await post(save, "/api/v1/recommendations", example.body);
    expect(saved.status).toBe(201);
    const { id } = await saved.json();
    const response = await costs(new Request(`http://localhost/r/${id}/costs.csv`), {
      params: Promise.resolve({ id }),
    });
    expect(response.status).toBe(200);
    const csv = await response.text();
    for (const option of example.options)
      for (const amount of [...option.lines, ...option.oneOffLines, option.npv]) expect(csv).toContain(`,${amount},`);
  });
});

describe("the 40-host shop on a moderate budget", () => {
  it("states the yearly and horizon difference to the cheapest eligible option in its summary", async () => {
    const body = await (await post(evaluate, "/api/v1/evaluate", FORTY_HOST_SHOP)).json();
    const { plan } = body;
    expect(plan.cheapest).not.toBeNull();
    const winner = body.ranking[0];
    const perYear = winner.cost.perYear - plan.cheapest.perYear;
    expect(perYear).toBeGreaterThan(0);
    const about = (n: number) => {
      const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 2);
      return `US$${(Math.round(n / magnitude) * magnitude).toLocaleString("en-US")}`;
    };
    expect(plan.summary).toContain(`costs ${about(perYear)} a year more (${about(perYear * 3)} over 3 years`);
    expect(plan.summary).toContain(plan.cheapest.name);
  });
});
