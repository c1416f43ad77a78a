// The cost arithmetic against figures computed by hand: every unit, every minimum, the currency
// conversion, Windows Server licensed host by host (Standard or Datacenter, owned licences) and quotes.
import type { Price, PriceMinimum, Product } from "@/lib/knowledge/plan-schema";
import type { KnowledgeContent } from "@/lib/knowledge/schema";
import type { Estate } from "@/lib/questionnaire/answers";
import type { Assumptions } from "@/lib/questionnaire/assumptions";
import { estateClusters } from "@/lib/questionnaire/estate";
import type { Quotes } from "@/lib/questionnaire/quotes";
import { countCores } from "./core-count";
import { resolveAssumptions } from "./cost-rules";
import { priceEstate } from "./estate-cost";
import { WINDOWS_PRICES } from "./windows-prices";
import { buildFixtureKnowledge } from "./test-fixtures";

const SOURCE = { title: "Fixture price list", url: "https://example.org/prices" };
const PER_CPU_16: PriceMinimum = { per: "cpu", cores: 16, status: "applies", note: "Sixteen cores per CPU at least." };
const PER_HOST_16: PriceMinimum = {
  per: "host",
  cores: 16,
  status: "applies",
  note: "Sixteen cores per server at least.",
};
const PER_CPU_8: PriceMinimum = { per: "cpu", cores: 8, status: "applies", note: "Eight cores per CPU at least." };
const ORDER_72: PriceMinimum = {
  per: "order",
  cores: 72,
  status: "applies",
  note: "Reported, then reported withdrawn: disputed.",
};

function product(id: string, hypervisor: Product["hypervisor"] = "esxi"): Product {
  return {
    id,
    hypervisor,
    name: `Product ${id}`,
    vendor: "Fixture vendor",
    lifecycle: { status: "supported", until: null, note: "Fixture lifecycle.", sources: [SOURCE], asOf: "2026-01-01" },
    includes: "Everything a fixture needs.",
    support: "Fixture support.",
    limits: "None.",
    suits: "Tests of the arithmetic.",
    gaps: [],
    fit: [],
    platforms: [],
    ratings: [],
    sources: [SOURCE],
    asOf: "2026-01-01",
  };
}

function price(productId: string, unit: Price["unit"], amount: number | null, extra: Partial<Price> = {}): Price {
  return {
    product: productId,
    key: "licence",
    item: `Licence for ${productId}`,
    unit,
    amount,
    currency: "USD",
    basis: "list",
    quoteRequired: amount === null,
    minimums: [],
    note: "A fixture price for the tests.",
    sources: [SOURCE],
    asOf: "2026-01-01",
    ...extra,
  };
}

function kbWith(prices: Price[], products: Product[]): KnowledgeContent {
  return {
    ...buildFixtureKnowledge(),
    products,
    prices,
    exchangeRates: [
      { currency: "EUR", usd: 1.1, note: "A fixture reference rate.", sources: [SOURCE], asOf: "2026-01-01" },
    ],
  };
}

const SMALL = { hosts: 4, socketsPerHost: 2, coresPerSocket: 8, vms: 80, windowsVms: 40 };
const windows = product(WINDOWS_PRICES.datacenter.product, "hyper-v");
const windowsPrice = price(WINDOWS_PRICES.datacenter.product, "core-perpetual", 6771 / 16, {
  minimums: [PER_CPU_8, PER_HOST_16],
  windowsGuests: "unlimited",
});
const standard = product(WINDOWS_PRICES.standard.product, "hyper-v");
const standardPrice = price(WINDOWS_PRICES.standard.product, "core-perpetual", 1176 / 16, {
  minimums: [PER_CPU_8, PER_HOST_16],
  windowsGuests: "two-per-licence",
});

interface Options {
  years?: number;
  quotes?: Quotes;
  assumptions?: Assumptions;
  staying?: boolean;
}

/** The cost of `p` for an estate given as the answers give it. */
function priced(kb: KnowledgeContent, p: Product, estate: Estate, options: Options = {}) {
  return priceEstate({
    kb,
    product: p,
    clusters: estateClusters(estate)!,
    years: options.years ?? 3,
    quotes: options.quotes,
    assumptions: resolveAssumptions(options.assumptions),
    staying: options.staying ?? false,
  });
}

const group = (count: number, socketsPerHost: number, coresPerSocket: number) => [
  { count, socketsPerHost, coresPerSocket },
];
// US$1,176 ÷ 16 cores ÷ 3 years = US$24.50 per core per year; US$6,771 ÷ 16 ÷ 3 = US$141.0625.
const STD = 24.5;
const DC = 141.0625;

describe("countCores", () => {
  it("raises cores per CPU to the per-CPU minimum and names it", () => {
    const count = countCores(group(4, 2, 8), [PER_CPU_16]);
    expect(count.total).toBe(128);
    expect(count.text).toContain("16-core minimum per CPU");
  });

  it("raises a small host to the per-host minimum, host group by host group", () => {
    expect(countCores(group(3, 1, 8), [PER_CPU_8, PER_HOST_16]).total).toBe(48);
    expect(countCores(group(3, 2, 12), [PER_CPU_8, PER_HOST_16]).total).toBe(72);
    // 2 hosts × 1 CPU × 8 cores raised to 16 per host, plus 1 host × 2 × 12 = 24: 56.
    expect(countCores([...group(2, 1, 8), ...group(1, 2, 12)], [PER_CPU_8, PER_HOST_16]).total).toBe(56);
  });

  it("bills the order minimum and says it is disputed; a quote's count leaves it out", () => {
    const count = countCores(group(2, 1, 16), [PER_CPU_16, ORDER_72]);
    expect(count.total).toBe(72);
    expect(count.notes.join(" ")).toMatch(/72-core minimum per order billed: .*disputed/);
    expect(countCores(group(2, 1, 16), [PER_CPU_16, ORDER_72], false).total).toBe(32);
  });

  it("notes a minimum recorded as disputed without applying it", () => {
    const count = countCores(group(2, 1, 16), [PER_CPU_16, { ...ORDER_72, status: "disputed" }]);
    expect(count.total).toBe(32);
    expect(count.notes.join(" ")).toMatch(/disputed and not applied/);
  });
});

describe("priceEstate", () => {
  it("bills a per-core subscription on the minimum cores: 128 × US$135 = US$17,280", () => {
    const vvf = product("vvf");
    const kb = kbWith([price("vvf", "core-year", 135, { minimums: [PER_CPU_16, ORDER_72] })], [vvf]);
    const cost = priced(kb, vvf, { ...SMALL, windowsVms: 0 });
    expect(cost.lines).toHaveLength(1);
    expect(cost.lines[0]).toMatchObject({ quantity: 128, unitPrice: 135, amount: 17_280 });
    expect(cost.perYear).toBe(17_280);
    expect(cost.total).toBe(51_840);
  });

  it("two 16-core single-CPU hosts are billed the 72-core order minimum: 72 × US$135 = US$9,720", () => {
    const vvf = product("vvf");
    const kb = kbWith([price("vvf", "core-year", 135, { minimums: [PER_CPU_16, ORDER_72] })], [vvf]);
    const cost = priced(kb, vvf, { hosts: 2, socketsPerHost: 1, coresPerSocket: 16 });
    expect(cost.lines[0]).toMatchObject({ quantity: 72, amount: 9_720 });
    const quoted = priced(
      kb,
      vvf,
      { hosts: 2, socketsPerHost: 1, coresPerSocket: 16 },
      {
        quotes: { vvf: { unit: "core-year", amount: 150, currency: "USD" } },
      },
    );
    expect(quoted.lines[0]).toMatchObject({ quantity: 32, amount: 4_800 });
  });

  it("licenses Windows guests on as few hosts as the density allows, with the cheaper edition per host", () => {
    const vvf = product("vvf");
    const kb = kbWith(
      [price("vvf", "core-year", 135, { minimums: [PER_CPU_16] }), windowsPrice, standardPrice],
      [vvf, windows, standard],
    );
    // 40 Windows VMs at 20 VMs per host fit on 2 hosts: 20 each, where Datacenter (US$141.0625 per
    // core) beats 10 Standard licensings (US$245); 2 hosts × 16 cores × US$141.0625 = US$4,514.
    const cost = priced(kb, vvf, SMALL);
    const guest = cost.lines.find((l) => l.product === WINDOWS_PRICES.datacenter.product)!;
    expect(guest.quantity).toBe(32);
    expect(guest.unitPrice).toBeCloseTo(DC, 10);
    expect(guest.amount).toBe(4_514);
    expect(cost.perYear).toBe(17_280 + 4_514);
    expect(cost.notes.join(" ")).toMatch(/kept on 2 of its 4 hosts/);
  });

  it("licenses two Windows VMs per host with one Standard licensing: 64 × US$24.50 = US$1,568", () => {
    const vvf = product("vvf");
    const kb = kbWith([price("vvf", "core-year", 135), windowsPrice, standardPrice], [vvf, windows, standard]);
    const cost = priced(kb, vvf, { hosts: 4, socketsPerHost: 2, coresPerSocket: 8, vms: 8, windowsVms: 8 });
    const guest = cost.lines.find((l) => l.product === WINDOWS_PRICES.standard.product)!;
    expect(guest).toMatchObject({ quantity: 64, amount: 1_568 });
    expect(guest.unitPrice).toBeCloseTo(STD, 10);
  });

  it("carries owned licences over: Datacenter owned buys nothing, Standard owned buys only what it lacks", () => {
    const vvf = product("vvf");
    const kb = kbWith([price("vvf", "core-year", 135), windowsPrice, standardPrice], [vvf, windows, standard]);
    const dcOwned = priced(kb, vvf, SMALL, { assumptions: { windowsOwned: "datacenter" } });
    expect(dcOwned.lines.map((l) => l.product)).toEqual(["vvf"]);
    expect(dcOwned.windowsGuests).toBe(0);
    const few = { hosts: 4, socketsPerHost: 2, coresPerSocket: 8, vms: 8, windowsVms: 8 };
    expect(priced(kb, vvf, few, { assumptions: { windowsOwned: "standard" } }).lines).toHaveLength(1);
    // 40 VMs on 2 hosts with Standard owned: 9 more Standard licensings (US$220.50) or Datacenter (US$141.0625).
    const more = priced(kb, vvf, SMALL, { assumptions: { windowsOwned: "standard" } });
    expect(more.lines.find((l) => l.product === WINDOWS_PRICES.datacenter.product)!.amount).toBe(4_514);
  });

  it("never licenses desktop VMs as Windows Server: they are noted as outside the comparison", () => {
    const vvf = product("vvf");
    const kb = kbWith([price("vvf", "core-year", 135), windowsPrice, standardPrice], [vvf, windows, standard]);
    const cost = priced(kb, vvf, {
      hosts: 4,
      socketsPerHost: 2,
      coresPerSocket: 8,
      vms: 380,
      windowsVms: 0,
      desktopVms: 380,
    });
    expect(cost.lines.map((l) => l.product)).toEqual(["vvf"]);
    expect(cost.notes.join(" ")).toMatch(/380 desktop VMs: .*VDA/);
  });

  it("licenses each cluster's Windows VMs on that cluster's hosts only", () => {
    const vvf = product("vvf");
    const kb = kbWith([price("vvf", "core-year", 135), windowsPrice, standardPrice], [vvf, windows, standard]);
    const cost = priced(kb, vvf, {
      clusters: [
        { name: "Linux", hostGroups: group(10, 2, 16), vms: 200, windowsServerVms: 0, desktopVms: 0 },
        { name: "Windows", hostGroups: group(2, 2, 16), vms: 40, windowsServerVms: 40, desktopVms: 0 },
      ],
    });
    const guest = cost.lines.find((l) => l.product === WINDOWS_PRICES.datacenter.product)!;
    // 20 per host on the Windows cluster's 2 hosts × 32 cores: Datacenter.
    expect(guest.quantity).toBe(64);
    expect(guest.arithmetic).toMatch(/^Windows: 2 hosts × 32 cores/);
    expect(cost.lines.find((l) => l.product === "vvf")!.quantity).toBe(12 * 32);
  });

  it("converts a per-socket price in euros at the recorded rate", () => {
    const pve = product("pve", "kvm");
    const kb = kbWith([price("pve", "socket-year", 550, { currency: "EUR" })], [pve]);
    const cost = priced(kb, pve, { ...SMALL, windowsVms: 0 });
    // 8 sockets × (€550 × 1.1) = 8 × US$605 = US$4,840.
    expect(cost.lines[0]).toMatchObject({ quantity: 8 });
    expect(cost.lines[0]!.unitPrice).toBeCloseTo(605, 10);
    expect(cost.perYear).toBe(4_840);
    expect(cost.notes.join(" ")).toMatch(/EUR converted at 1.1/);
  });

  it("bills per-core monthly fees for twelve months and per-host prices per host", () => {
    const local = product("local", "hyper-v");
    const kb = kbWith(
      [price("local", "core-month", 10), price("local", "host-year", 500, { key: "support" })],
      [local],
    );
    const cost = priced(kb, local, { ...SMALL, windowsVms: 0 }, { years: 2 });
    expect(cost.lines.map((l) => [l.quantity, l.unitPrice, l.amount])).toEqual([
      [64, 120, 7_680],
      [4, 500, 2_000],
    ]);
    expect(cost.total).toBe(2 * 9_680);
  });

  it("says a quote is required instead of inventing a figure", () => {
    const ocp = product("ocp", "kvm");
    const kb = kbWith([price("ocp", "core-year", null)], [ocp]);
    const cost = priced(kb, ocp, SMALL);
    expect(cost).toMatchObject({ perYear: null, total: null, quoteRequired: true });
    expect(cost.quotesNeeded[0]!.product).toBe("ocp");
  });

  it("replaces the published prices with the user's quote, marked as theirs", () => {
    const ocp = product("ocp", "kvm");
    const kb = kbWith([price("ocp", "core-year", null)], [ocp]);
    const cost = priced(
      kb,
      ocp,
      { ...SMALL, windowsVms: 0 },
      {
        quotes: { ocp: { unit: "core-year", amount: 90, currency: "USD" } },
      },
    );
    expect(cost.quoteRequired).toBe(false);
    expect(cost.lines[0]).toMatchObject({
      priceKey: "quote",
      basis: "quote",
      quantity: 64,
      unitPrice: 90,
      amount: 5_760,
    });
    expect(cost.lines[0]!.source.url).toBeNull();
  });

  it("staying put names the late-renewal surcharge as a risk dated by the renewal date, not in the figures", () => {
    const vvf = product("vvf");
    const kb = kbWith(
      [price("vvf", "core-year", 135, { minimums: [PER_CPU_16], lateRenewalPercent: 20, termYears: 3 })],
      [vvf],
    );
    const cost = priced(
      kb,
      vvf,
      { ...SMALL, windowsVms: 0 },
      { staying: true, assumptions: { renewalDate: "2027-03-31" } },
    );
    expect(cost.perYear).toBe(17_280);
    expect(cost.notes.join(" ")).toMatch(/after 2027-03-31 carries a reported 20 % surcharge, about US\$3,456/);
    expect(cost.notes.join(" ")).toMatch(/3-year term rate/);
    const oneYear = priced(kb, vvf, { ...SMALL, windowsVms: 0 }, { assumptions: { vmwareTermYears: 1 } });
    expect(oneYear.notes.join(" ")).toMatch(/no 1-year figure is recorded/);
  });
});

describe("Windows Server as Hyper-V's host licence", () => {
  const kb = kbWith([standardPrice, windowsPrice], [standard, windows]);

  it("Datacenter licenses every host; only what the cheapest guest licensing costs counts as the guests'", () => {
    const cost = priced(kb, windows, SMALL);
    expect(cost.lines).toHaveLength(1);
    expect(cost.lines[0]).toMatchObject({ quantity: 64, amount: 9_028 });
    expect(cost.windowsGuests).toBe(4_514);
    expect(priced(kb, windows, { ...SMALL, windowsVms: 0 }).windowsGuests).toBe(0);
    expect(priced(kb, windows, SMALL, { assumptions: { windowsOwned: "datacenter" } }).perYear).toBe(0);
  });

  it("Standard stacks a licensing of every host per two Windows VMs it runs", () => {
    // 40 Windows VMs over 4 hosts: 10 per host, so each host's 16 cores are licensed 5 times.
    const cost = priced(kb, standard, SMALL);
    expect(cost.lines).toHaveLength(1);
    expect(cost.lines[0]).toMatchObject({ product: WINDOWS_PRICES.standard.product, quantity: 64 * 5, amount: 7_840 });
    expect(cost.lines[0]!.arithmetic).toMatch(/4 hosts × 16 cores × 5 licensings \(up to 10 Windows VMs per host\)/);
    expect(cost.windowsGuests).toBe(4_514);
    const few = priced(kb, standard, { ...SMALL, windowsVms: 8 });
    expect(few.lines[0]).toMatchObject({ quantity: 64, amount: 1_568 });
    // Owned Standard covers the first licensing of every host: 4 more of each host's cores for 10 VMs.
    expect(priced(kb, standard, SMALL, { assumptions: { windowsOwned: "standard" } }).lines[0]!.quantity).toBe(64 * 4);
  });

  it("a product with Datacenter licences and more (System Center) counts only the Datacenter line as host licence", () => {
    const withSc = product("windows-server-datacenter-system-center", "hyper-v");
    const scKb = kbWith(
      [
        { ...windowsPrice, product: withSc.id },
        price(withSc.id, "core-perpetual", 3968 / 16, { key: "system-center", minimums: [PER_CPU_8, PER_HOST_16] }),
        windowsPrice,
      ],
      [withSc, windows],
    );
    const cost = priced(scKb, withSc, SMALL);
    expect(cost.lines.map((l) => l.priceKey)).toEqual(["licence", "system-center"]);
    expect(cost.windowsGuests).toBe(4_514);
  });
});
