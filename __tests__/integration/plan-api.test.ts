// The plan over HTTP on a real seeded database: products, cost lines for an estate (the worked
// example of docs/method.md), migration, quotes saved with a recommendation, and bad estate input.
import type { Json } from "../support/json";
import { useFreshDatabase } from "../support/test-database";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import { answers } from "../support/answers";

jest.setTimeout(120_000);

type Post = (request: Request, context: unknown) => Promise<Response>;
type Get = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
let evaluate: Post;
let save: Post;
let read: Get;

beforeAll(async () => {
  await useFreshDatabase("plan");
  evaluate = (await import("@/app/api/v1/evaluate/route")).POST as Post;
  save = (await import("@/app/api/v1/recommendations/route")).POST as Post;
  read = (await import("@/app/api/v1/recommendations/[id]/route")).GET as Get;
});

const VSPHERE_SHOP = answers("vsphereShop");
/** docs/method.md's worked example: 4 hosts × 2 CPUs × 8 cores, 80 VMs of which 40 Windows. */
const ESTATE = { hosts: 4, socketsPerHost: 2, coresPerSocket: 8, vms: 80, windowsVms: 40 };

const post = (handler: Post, path: string, body: unknown) =>
  handler(
    new Request(`http://localhost${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    undefined,
  );

const seedPrice = (product: string, key: string) =>
  seedKnowledge.prices.find((p) => p.product === product && p.key === key)!;
const entryOf = (body: Json, hypervisor: string) => body.ranking.find((e: Json) => e.hypervisor === hypervisor);

describe("the worked example", () => {
  let body: Json;
  beforeAll(async () => {
    const response = await post(evaluate, "/api/v1/evaluate", {
      answers: { ...VSPHERE_SHOP, estate: ESTATE, years: 3 },
    });
    expect(response.status).toBe(200);
    body = await response.json();
  });

  it("names a product per family and bills VMware's per-CPU minimum: 128 cores", () => {
    const esxi = entryOf(body, "esxi");
    expect(esxi.product).toMatchObject({ id: "vvf", name: expect.any(String), vendor: expect.any(String) });
    const subscription = esxi.cost.lines.find((l: Json) => l.product === "vvf");
    expect(subscription.quantity).toBe(128);
    expect(subscription.unitPrice).toBe(seedPrice("vvf", "subscription").amount);
    expect(subscription.amount).toBeCloseTo(128 * subscription.unitPrice, 2);
    expect(subscription.source.url).toMatch(/^https:\/\//);
    expect(subscription.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("licenses Windows guests with Datacenter on 16 cores per host in every family", () => {
    const datacenter = seedPrice("windows-server-datacenter", "licence");
    for (const hypervisor of ["esxi", "kvm", "xen"]) {
      const line = entryOf(body, hypervisor).cost.lines.find((l: Json) => l.product === "windows-server-datacenter");
      expect(line.quantity).toBe(64);
      expect(line.unitPrice).toBeCloseTo(datacenter.amount! / 3, 9);
      expect(line.amount).toBeCloseTo(64 * line.unitPrice, 2);
    }
    const hyperV = entryOf(body, "hyper-v");
    expect(hyperV.product.id).toBe("windows-server-datacenter");
    expect(hyperV.cost.lines.filter((l: Json) => l.product === "windows-server-datacenter")).toHaveLength(1);
  });

  it("adds up: lines to perYear, perYear × years to total", () => {
    for (const entry of body.ranking) {
      const cost = entry.cost;
      expect(cost.currency).toBe("USD");
      if (cost.quoteRequired) {
        expect(cost.perYear).toBeNull();
        continue;
      }
      const sum = cost.lines.reduce((total: number, l: Json) => total + l.amount, 0);
      expect(cost.perYear).toBeCloseTo(sum, 2);
      expect(cost.total).toBeCloseTo(sum * 3, 2);
    }
  });

  it("plans the migration off ESXi for every other family, effort from the VM count", () => {
    expect(entryOf(body, "esxi").migration).toBeNull();
    for (const hypervisor of ["hyper-v", "kvm", "xen"]) {
      const migration = entryOf(body, hypervisor).migration;
      expect(migration).toMatchObject({
        from: "esxi",
        tools: expect.arrayContaining([expect.objectContaining({ url: expect.stringMatching(/^https?:\/\//) })]),
      });
      expect(migration.assumptions).toMatchObject({ vms: 80, vmsAssumed: false });
      expect(migration.effortDays.low).toBeLessThanOrEqual(migration.effortDays.high);
      expect(["cold", "warm"]).toContain(migration.downtime);
    }
  });

  it("gives docs/method.md's figures exactly", () => {
    expect(entryOf(body, "esxi").cost).toMatchObject({ perYear: 26_308, total: 78_924 });
    expect(entryOf(body, "hyper-v").cost).toMatchObject({ perYear: 9_028, total: 27_084 });
    const kvm = entryOf(body, "kvm");
    expect(kvm.product).toMatchObject({ id: "proxmox-ve-community", support: { status: "community" } });
    expect(kvm.cost).toMatchObject({ perYear: 10_157.06, total: 30_471.18 });
    expect(kvm.cost.lines.find((l: Json) => l.product === "proxmox-ve-community")).toMatchObject({
      quantity: 8,
      amount: 1_129.06,
    });
    expect(entryOf(body, "xen")).toMatchObject({ product: { id: "xcp-ng" }, cost: { perYear: 9_028 } });
    // Moving from VVF to Proxmox VE Community, as docs/method.md subtracts it.
    expect(entryOf(body, "esxi").cost.perYear - kvm.cost.perYear).toBeCloseTo(16_150.94, 2);
  });

  it("says what staying put would cost against the recommendation", () => {
    expect(body.plan.stay).toMatchObject({ hypervisor: "esxi", id: "vvf" });
    expect(typeof body.plan.summary).toBe("string");
  });
});

describe("without an estate", () => {
  it("names products but prices nothing", async () => {
    const body = await (await post(evaluate, "/api/v1/evaluate", { answers: VSPHERE_SHOP })).json();
    for (const entry of body.ranking) {
      expect(entry.product).not.toBeNull();
      expect(entry.cost).toBeNull();
    }
    expect(body.plan.savingPerYear).toBeNull();
  });
});

describe("quotes", () => {
  it("a saved recommendation keeps the quote it was priced with, marked as the user's, with the vendor's minimums", async () => {
    const quotes = { vvf: { unit: "core-year", amount: 190, currency: "USD" } };
    const created = await post(save, "/api/v1/recommendations", {
      answers: { ...VSPHERE_SHOP, estate: ESTATE },
      quotes,
    });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    const snapshot = await (
      await read(new Request(`http://localhost/api/v1/recommendations/${id}`), { params: Promise.resolve({ id }) })
    ).json();
    expect(snapshot.quotes).toEqual(quotes);
    const line = entryOf(snapshot.evaluation, "esxi").cost.lines.find((l: Json) => l.basis === "quote");
    expect(line).toMatchObject({
      priceKey: "quote",
      unitPrice: 190,
      quantity: 128,
      amount: 190 * 128,
      source: { title: "Your quote", url: null },
    });
  });
});

describe("bad estate input is a 400 naming the field", () => {
  const cases: [string, unknown, string][] = [
    ["a negative host count", { ...ESTATE, hosts: -1 }, "answers.estate.hosts"],
    ["zero cores", { ...ESTATE, coresPerSocket: 0 }, "answers.estate.coresPerSocket"],
    ["more Windows VMs than VMs", { ...ESTATE, windowsVms: 81 }, "answers.estate.windowsVms"],
    ["a string", { ...ESTATE, hosts: "40" }, "answers.estate.hosts"],
    ["a huge number", { ...ESTATE, hosts: 1e12 }, "answers.estate.hosts"],
    ["a fraction", { ...ESTATE, socketsPerHost: 1.5 }, "answers.estate.socketsPerHost"],
    ["hosts without sockets and cores", { hosts: 4 }, "answers.estate.socketsPerHost"],
    ["an unknown field", { ...ESTATE, racks: 2 }, "answers.estate.racks"],
  ];
  it.each(cases)("%s", async (_label, estate, field) => {
    const response = await post(evaluate, "/api/v1/evaluate", { answers: { ...VSPHERE_SHOP, estate } });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.fields.map((f: Json) => f.field)).toContain(field);
  });

  it("a horizon beyond 10 years and a negative quote are refused too, and nothing is saved", async () => {
    const years = await post(save, "/api/v1/recommendations", {
      answers: { ...VSPHERE_SHOP, estate: ESTATE, years: 11 },
    });
    expect(years.status).toBe(400);
    expect((await years.json()).error.fields.map((f: Json) => f.field)).toContain("answers.years");
    const quote = await post(save, "/api/v1/recommendations", {
      answers: VSPHERE_SHOP,
      quotes: { vvf: { unit: "core-year", amount: -5 } },
    });
    expect(quote.status).toBe(400);
    expect((await quote.json()).error.fields.map((f: Json) => f.field)).toContain("quotes.vvf.amount");
  });
});
