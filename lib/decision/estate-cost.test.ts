// The cost arithmetic against figures computed by hand: every unit, every minimum, the currency
// conversion, Windows guest licences and quotes.
import type { Price, PriceMinimum, Product } from "@/lib/knowledge/plan-schema";
import type { KnowledgeContent } from "@/lib/knowledge/schema";
import { countCores, priceEstate, WINDOWS_GUEST_PRICE } from "./estate-cost";
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
  status: "disputed",
  note: "Reported, then reported withdrawn.",
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
const windows = product(WINDOWS_GUEST_PRICE.product, "hyper-v");
const windowsPrice = price(WINDOWS_GUEST_PRICE.product, "core-perpetual", 6771 / 16, {
  minimums: [PER_CPU_8, PER_HOST_16],
  windowsGuests: "unlimited",
});

describe("countCores", () => {
  it("raises cores per CPU to the per-CPU minimum and names it", () => {
    const count = countCores(SMALL, [PER_CPU_16]);
    expect(count.total).toBe(128);
    expect(count.text).toContain("16-core minimum per CPU");
  });

  it("raises a small host to the per-host minimum", () => {
    expect(countCores({ hosts: 3, socketsPerHost: 1, coresPerSocket: 8 }, [PER_CPU_8, PER_HOST_16]).total).toBe(48);
    expect(countCores({ hosts: 3, socketsPerHost: 2, coresPerSocket: 12 }, [PER_CPU_8, PER_HOST_16]).total).toBe(72);
  });

  it("notes a disputed order minimum without applying it", () => {
    const count = countCores({ hosts: 2, socketsPerHost: 1, coresPerSocket: 16 }, [PER_CPU_16, ORDER_72]);
    expect(count.total).toBe(32);
    expect(count.notes.join(" ")).toMatch(/72-core minimum per order is disputed/);
  });

  it("applies an order minimum that is not disputed", () => {
    expect(
      countCores({ hosts: 2, socketsPerHost: 1, coresPerSocket: 16 }, [{ ...ORDER_72, status: "applies" }]).total,
    ).toBe(72);
  });
});

describe("priceEstate", () => {
  it("bills a per-core subscription on the minimum cores: 128 × US$135 = US$17,280", () => {
    const vvf = product("vvf");
    const kb = kbWith([price("vvf", "core-year", 135, { minimums: [PER_CPU_16, ORDER_72] })], [vvf]);
    const cost = priceEstate({ kb, product: vvf, estate: { ...SMALL, windowsVms: 0 }, years: 3 });
    expect(cost.lines).toHaveLength(1);
    expect(cost.lines[0]).toMatchObject({ quantity: 128, unitPrice: 135, amount: 17_280 });
    expect(cost.perYear).toBe(17_280);
    expect(cost.total).toBe(51_840);
  });

  it("adds Windows Server Datacenter on 16 cores per host for Windows guests, spread over the horizon", () => {
    const vvf = product("vvf");
    const kb = kbWith([price("vvf", "core-year", 135, { minimums: [PER_CPU_16] }), windowsPrice], [vvf, windows]);
    const cost = priceEstate({ kb, product: vvf, estate: SMALL, years: 3 });
    const guest = cost.lines.find((l) => l.product === WINDOWS_GUEST_PRICE.product)!;
    // 4 hosts × 16 cores = 64 cores; US$6,771 ÷ 16 cores ÷ 3 years = US$141.0625 per core per year.
    expect(guest.quantity).toBe(64);
    expect(guest.unitPrice).toBeCloseTo(141.0625, 10);
    expect(guest.amount).toBe(9_028);
    expect(cost.perYear).toBe(17_280 + 9_028);
  });

  it("adds no guest line to Windows Server itself, which covers its Windows guests", () => {
    const kb = kbWith([windowsPrice], [windows]);
    const cost = priceEstate({ kb, product: windows, estate: SMALL, years: 3 });
    expect(cost.lines).toHaveLength(1);
    expect(cost.lines[0]!.quantity).toBe(64);
  });

  it("converts a per-socket price in euros at the recorded rate", () => {
    const pve = product("pve", "kvm");
    const kb = kbWith([price("pve", "socket-year", 550, { currency: "EUR" })], [pve]);
    const cost = priceEstate({ kb, product: pve, estate: { ...SMALL, windowsVms: 0 }, years: 3 });
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
    const cost = priceEstate({ kb, product: local, estate: { ...SMALL, windowsVms: 0 }, years: 2 });
    expect(cost.lines.map((l) => [l.quantity, l.unitPrice, l.amount])).toEqual([
      [64, 120, 7_680],
      [4, 500, 2_000],
    ]);
    expect(cost.total).toBe(2 * 9_680);
  });

  it("says a quote is required instead of inventing a figure", () => {
    const ocp = product("ocp", "kvm");
    const kb = kbWith([price("ocp", "core-year", null)], [ocp]);
    const cost = priceEstate({ kb, product: ocp, estate: SMALL, years: 3 });
    expect(cost).toMatchObject({ perYear: null, total: null, quoteRequired: true });
    expect(cost.quotesNeeded[0]!.product).toBe("ocp");
  });

  it("replaces the published prices with the user's quote, marked as theirs", () => {
    const ocp = product("ocp", "kvm");
    const kb = kbWith([price("ocp", "core-year", null)], [ocp]);
    const cost = priceEstate({
      kb,
      product: ocp,
      estate: { ...SMALL, windowsVms: 0 },
      years: 3,
      quotes: { ocp: { unit: "core-year", amount: 90, currency: "USD" } },
    });
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
});

describe("windowsGuests", () => {
  it("is the Windows guest line elsewhere, all of Datacenter for Hyper-V, and 0 without Windows VMs", () => {
    const vvf = product("vvf");
    const kb = kbWith([price("vvf", "core-year", 135, { minimums: [PER_CPU_16] }), windowsPrice], [vvf, windows]);
    expect(priceEstate({ kb, product: vvf, estate: SMALL, years: 3 }).windowsGuests).toBe(9_028);
    expect(priceEstate({ kb, product: windows, estate: SMALL, years: 3 }).windowsGuests).toBe(9_028);
    expect(priceEstate({ kb, product: windows, estate: { ...SMALL, windowsVms: 0 }, years: 3 }).windowsGuests).toBe(0);
  });
});

describe("Windows Server licences that license the guests too", () => {
  const standard = product("windows-server-standard", "hyper-v");
  const standardPrice = price("windows-server-standard", "core-perpetual", 1176 / 16, {
    minimums: [PER_CPU_8, PER_HOST_16],
    windowsGuests: "two-per-licence",
  });
  const kb = kbWith([standardPrice, windowsPrice], [standard, windows]);

  it("Standard stacks a licensing of every host per two Windows VMs, and adds no Datacenter guest line", () => {
    // 40 Windows VMs over 4 hosts: up to 10 per host, so each host's 16 cores are licensed 5 times.
    const cost = priceEstate({ kb, product: standard, estate: SMALL, years: 3 });
    expect(cost.lines).toHaveLength(1);
    expect(cost.lines[0]).toMatchObject({ product: "windows-server-standard", quantity: 64 * 5, amount: 7_840 });
    expect(cost.lines[0]!.arithmetic).toMatch(/× 5 \(two Windows VMs per licensing, up to 10 per host\)/);
    // The guest licences every option needs are Datacenter's US$9,028 here: Standard's US$7,840 is all guest licences.
    expect(cost.windowsGuests).toBe(7_840);
  });

  it("two Windows VMs per host need one licensing; past Datacenter's price, only what Datacenter costs counts as guests'", () => {
    const few = priceEstate({ kb, product: standard, estate: { ...SMALL, windowsVms: 8 }, years: 3 });
    expect(few.lines[0]).toMatchObject({ quantity: 64, amount: 1_568 });
    const many = priceEstate({ kb, product: standard, estate: { ...SMALL, windowsVms: 200 }, years: 3 });
    expect(many.lines[0]!.quantity).toBe(64 * 25);
    expect(many.windowsGuests).toBe(9_028);
    expect(many.perYear!).toBeGreaterThan(9_028);
  });

  it("a product with Datacenter licences and more (System Center) counts only the Datacenter line as the guests'", () => {
    const withSc = product("windows-server-datacenter-system-center", "hyper-v");
    const scKb = kbWith(
      [
        { ...windowsPrice, product: withSc.id },
        price(withSc.id, "core-perpetual", 3968 / 16, { key: "system-center", minimums: [PER_CPU_8, PER_HOST_16] }),
      ],
      [withSc, windows],
    );
    const cost = priceEstate({ kb: scKb, product: withSc, estate: SMALL, years: 3 });
    expect(cost.lines.map((l) => l.priceKey)).toEqual(["licence", "system-center"]);
    expect(cost.windowsGuests).toBe(9_028);
  });
});
