// The plan over HTTP on a real seeded database: products, cost lines for an estate (the worked
// example of docs/method.md), migration, quotes saved with a recommendation, and bad estate input.
import type { Json } from "../support/json";
import { postJson, type Get, type Post } from "../support/route-handlers";
import { useFreshDatabase } from "../support/test-database";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import { answers } from "../support/answers";

jest.setTimeout(120_000);

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
/** A small vSphere estate: 4 hosts × 2 CPUs × 8 cores, 80 VMs of which 40 Windows Server. */
const ESTATE = { hosts: 4, socketsPerHost: 2, coresPerSocket: 8, vms: 80, windowsVms: 40 };

const post = postJson;

const seedPrice = (product: string, key: string) =>
  seedKnowledge.prices.find((p) => p.product === product && p.key === key)!;
const entryOf = (body: Json, hypervisor: string) => body.ranking.find((e: Json) => e.hypervisor === hypervisor);

describe("a small vSphere estate", () => {
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

  it("licenses the 40 Windows VMs on 2 of the 4 hosts with Datacenter (20 each) in every family but Hyper-V", () => {
    const datacenter = seedPrice("windows-server-datacenter", "licence");
    for (const hypervisor of ["esxi", "kvm", "xen"]) {
      const line = entryOf(body, hypervisor).cost.lines.find((l: Json) => l.product === "windows-server-datacenter");
      expect(line.quantity).toBe(32);
      expect(line.unitPrice).toBeCloseTo(datacenter.amount! / 3, 9);
      expect(line.amount).toBeCloseTo(32 * line.unitPrice, 2);
      expect(line.arithmetic).toMatch(/^2 hosts × 16 cores \(up to 20 Windows VMs per host\)/);
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

  it("gives the figures by hand: VVF 128 × US$135 + 32 × US$141.0625, Hyper-V 64 × US$141.0625", () => {
    expect(entryOf(body, "esxi").cost).toMatchObject({ perYear: 21_794, total: 65_382 });
    expect(entryOf(body, "hyper-v").cost).toMatchObject({ perYear: 9_028, total: 27_084 });
    expect(entryOf(body, "xen")).toMatchObject({ product: { id: "xcp-ng" }, cost: { perYear: 4_514 } });
    // Staying on vSphere 8 past 2027-10-11 forces the 9.x upgrade: 2 + 0.5 × 4 hosts = 4 person-days.
    expect(entryOf(body, "esxi").cost.oneOff.lines[0]).toMatchObject({ quantity: 4, amount: 4_000, assumption: true });
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

describe("bad cost assumptions and estates are 400s naming the field, and change nothing saved", () => {
  const CLUSTER = {
    name: "Production",
    hostGroups: [{ count: 4, socketsPerHost: 2, coresPerSocket: 16 }],
    vms: 100,
    windowsServerVms: 10,
    desktopVms: 0,
  };
  const cases: [string, Json, string][] = [
    ["a discount rate above 0.5", { assumptions: { discountRate: 0.6 } }, "assumptions.discountRate"],
    ["a negative day rate", { assumptions: { migrationDayRate: -1 } }, "assumptions.migrationDayRate"],
    ["a 2-year VMware term", { assumptions: { vmwareTermYears: 2 } }, "assumptions.vmwareTermYears"],
    ["an unknown Windows licence", { assumptions: { windowsOwned: "enterprise" } }, "assumptions.windowsOwned"],
    ["a renewal date that is not a date", { assumptions: { renewalDate: "2027-02-30" } }, "assumptions.renewalDate"],
    ["an unknown assumption", { assumptions: { inflation: 0.02 } }, "assumptions.inflation"],
    [
      "Windows Server and desktop VMs above the VMs",
      { answers: { ...VSPHERE_SHOP, estate: { ...ESTATE, windowsVms: 40, desktopVms: 41 } } },
      "answers.estate.desktopVms",
    ],
    [
      "flat fields and clusters together",
      { answers: { ...VSPHERE_SHOP, estate: { hosts: 4, clusters: [CLUSTER] } } },
      "answers.estate",
    ],
    [
      "a cluster's Windows and desktop VMs above its VMs",
      { answers: { ...VSPHERE_SHOP, estate: { clusters: [{ ...CLUSTER, desktopVms: 91 }] } } },
      "answers.estate.clusters[0].desktopVms",
    ],
    [
      "a cluster without host groups",
      { answers: { ...VSPHERE_SHOP, estate: { clusters: [{ ...CLUSTER, hostGroups: [] }] } } },
      "answers.estate.clusters[0].hostGroups",
    ],
    ["an unknown family ruled out", { answers: { ...VSPHERE_SHOP, ruledOut: ["vmware"] } }, "answers.ruledOut[0]"],
  ];
  it.each(cases)("%s", async (_label, patch, field) => {
    const before = await (
      await read(new Request("http://localhost/x"), { params: Promise.resolve({ id: savedId }) })
    ).text();
    for (const [handler, path] of [
      [evaluate, "/api/v1/evaluate"],
      [save, "/api/v1/recommendations"],
    ] as const) {
      const response = await post(handler, path, { answers: { ...VSPHERE_SHOP, estate: ESTATE }, ...patch });
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error.fields.map((f: Json) => f.field)).toContain(field);
    }
    const after = await (
      await read(new Request("http://localhost/x"), { params: Promise.resolve({ id: savedId }) })
    ).text();
    expect(after).toBe(before);
  });

  let savedId: string;
  beforeAll(async () => {
    const saved = await post(save, "/api/v1/recommendations", {
      answers: { ...VSPHERE_SHOP, estate: ESTATE },
      assumptions: { discountRate: 0.05, windowsOwned: "standard" },
    });
    expect(saved.status).toBe(201);
    savedId = (await saved.json()).id;
  });

  it("a saved recommendation keeps its assumptions and the figures they gave", async () => {
    const snapshot = await (
      await read(new Request("http://localhost/x"), { params: Promise.resolve({ id: savedId }) })
    ).json();
    expect(snapshot.assumptions).toEqual({ discountRate: 0.05, windowsOwned: "standard" });
    expect(snapshot.evaluation.plan.assumptions).toContainEqual(
      expect.objectContaining({ field: "discountRate", value: 0.05, assumption: false }),
    );
  });

  it("a family ruled out is knocked out with its reason while staying put stays priced", async () => {
    const body = await (
      await post(evaluate, "/api/v1/evaluate", { answers: { ...VSPHERE_SHOP, estate: ESTATE, ruledOut: ["esxi"] } })
    ).json();
    const esxi = entryOf(body, "esxi");
    expect(esxi.eligible).toBe(false);
    expect(esxi.knockouts).toContainEqual(expect.objectContaining({ mustHave: "ruledOut" }));
    expect(esxi.cost.perYear).toBeGreaterThan(0);
    expect(body.winner).not.toBe("esxi");
    expect(body.plan.stay).toMatchObject({ hypervisor: "esxi" });
  });
});

describe("an estate of clusters", () => {
  it("plans each cluster on its own best product and prices the split beside one platform for all", async () => {
    const clusters = [
      {
        name: "Linux",
        hostGroups: [{ count: 10, socketsPerHost: 2, coresPerSocket: 16 }],
        vms: 300,
        windowsServerVms: 0,
        desktopVms: 0,
        workloads: ["linux-apps"],
      },
      {
        name: "Windows",
        hostGroups: [{ count: 4, socketsPerHost: 2, coresPerSocket: 16 }],
        vms: 120,
        windowsServerVms: 120,
        desktopVms: 0,
        workloads: ["windows-apps"],
      },
    ];
    const response = await post(evaluate, "/api/v1/evaluate", {
      answers: { ...VSPHERE_SHOP, estate: { clusters } },
      assumptions: { windowsOwned: "datacenter" },
    });
    expect(response.status).toBe(200);
    const { plan } = await response.json();
    expect(plan.clusters.map((c: Json) => c.name)).toEqual(["Linux", "Windows"]);
    for (const c of plan.clusters)
      expect(c.product).toMatchObject({ id: expect.any(String), family: expect.any(String) });
    // The split is priced exactly when every cluster is, and then is their sum.
    const priced = plan.clusters.every((c: Json) => c.perYear !== null);
    expect(plan.split === null).toBe(!priced);
    expect(plan.split?.perYear ?? null).toEqual(
      priced ? plan.clusters.reduce((s: number, c: Json) => s + c.perYear, 0) : null,
    );
  });
});
