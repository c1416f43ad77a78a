import { evaluateAnswers } from "@/lib/decision";
import { EDGE_QUOTES, THREE_CLUSTERS } from "@/lib/decision/cluster-fixtures";
import { buildAnswers } from "@/lib/decision/test-fixtures";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { Cost, CostLine, ProductEntry, RankingEntry } from "@/lib/decision/types";
import { costsCsv, csvCell, exportFileName, rankingCsv, snapshotJson } from "./export";
import type { RecommendationSnapshot } from "./service";

test("CSV cells are quoted when needed and never start a formula", () => {
  expect(csvCell("plain")).toBe("plain");
  expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
  expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
  // Spreadsheets skip leading whitespace and line breaks before a formula.
  expect(csvCell(" =1+1")).toBe("' =1+1");
  expect(csvCell("\n=cmd|' /C calc'!A0")).toBe("\"'\n=cmd|' /C calc'!A0\"");
  expect(csvCell(" \t -2+3")).toBe("' \t -2+3");
  expect(csvCell("a = b")).toBe("a = b");
  expect(csvCell(-3)).toBe("-3");
  expect(csvCell(null)).toBe("");
});

/** Minimal RFC 4180 reader for one line (no embedded line breaks in these exports). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cell);
      cell = "";
    } else cell += ch;
  }
  out.push(cell);
  return out;
}

test("the ranking CSV has a row per hypervisor and criterion whose points add up to each score", () => {
  const kb = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "" } };
  const answers = buildAnswers({ licensing: "open-source-required" });
  const evaluation = evaluateAnswers({ answers, kb, samples: 100 });
  const snapshot = { id: "x".repeat(22), answers, weights: {}, evaluation } as unknown as RecommendationSnapshot;
  const lines = rankingCsv(snapshot).trim().split("\r\n");
  expect(lines[0]).toBe(
    "rank,hypervisor,name,eligible,score,criterion,criterion_name,rating,weight,points,as_of,sources,knockouts," +
      "product_id,product_name,product_support_status,product_support_until",
  );
  expect(lines).toHaveLength(1 + 4 * kb.criteria.length);
  const rows = lines.slice(1).map(cells);
  expect(rows.every((row) => row.length === 17)).toBe(true);
  const esxi = rows.filter((row) => row[1] === "esxi");
  expect(esxi[0]![3]).toBe("false"); // open source required rules ESXi out
  expect(esxi[0]![12]).toMatch(/^licensing: /);
  for (const entry of evaluation.ranking) {
    const own = rows.filter((row) => row[1] === entry.hypervisor);
    const points = own.map((row) => Number(row[9]));
    expect(points.reduce((a, b) => a + b, 0)).toBeCloseTo(entry.score, 2);
    // Every row of a family names the product it stands for, with its support.
    const product = entry.product!;
    expect(product).not.toBeNull();
    for (const row of own)
      expect(row.slice(13)).toEqual([product.id, product.name, product.support.status, product.support.until ?? ""]);
  }
});

test("the ranking CSV of a recommendation saved before products were named leaves the product columns empty", () => {
  const contribution = {
    criterion: "openness",
    name: "Openness",
    kind: "rated",
    rating: 9,
    weight: 1,
    points: 90,
    rationale: "Open source.",
    sources: [],
    asOf: "2026-01-01",
  };
  const entry = (hypervisor: string, product: unknown) =>
    ({
      hypervisor,
      name: hypervisor,
      rank: 1,
      score: 90,
      eligible: true,
      knockouts: [],
      contributions: [contribution],
      product,
    }) as unknown as RankingEntry;
  const snapshot = {
    id: "o".repeat(22),
    evaluation: {
      ranking: [
        entry("kvm", null),
        // Saved after products were named but before support statuses: a product without support.
        entry("xen", { id: "xcp-ng", name: "=XCP-ng+1", vendor: "Vates", reasons: [], alternatives: [] }),
        entry("esxi", {
          id: "vvf",
          name: "VMware vSphere Foundation 9",
          vendor: "Broadcom",
          support: { status: "ending", until: "2027-10-11", note: "General support ends." },
        }),
      ],
    },
  } as unknown as RecommendationSnapshot;
  const rows = rankingCsv(snapshot).trim().split("\r\n").slice(1).map(cells);
  expect(rows.map((row) => row.length)).toEqual([17, 17, 17]);
  expect(rows[0]!.slice(13)).toEqual(["", "", "", ""]);
  expect(rows[1]!.slice(13)).toEqual(["xcp-ng", "'=XCP-ng+1", "", ""]);
  expect(rows[2]!.slice(13)).toEqual(["vvf", "VMware vSphere Foundation 9", "ending", "2027-10-11"]);
});

const line = (over: Partial<CostLine>): CostLine => ({
  item: "Proxmox VE Standard subscription",
  product: "proxmox-ve-standard",
  priceKey: "subscription",
  quantity: 8,
  unit: "CPU socket per year",
  unitPrice: 646.855,
  amount: 5174.84,
  arithmetic: "4 hosts × 2 CPU sockets = 8 sockets; 8 × US$646.855 = US$5,174.84",
  basis: "reported",
  source: { title: "Proxmox VE pricing", url: "https://www.proxmox.com/en/pricing" },
  asOf: "2026-04-30",
  ...over,
});

/** A hand-made snapshot: KVM priced in two lines, Xen needing a quote, ESXi saved before costs existed. */
function costSnapshot(): RecommendationSnapshot {
  const lines = [
    line({}),
    line({
      item: '=HYPERLINK("https://evil.example")',
      product: "windows-server-datacenter",
      priceKey: "licence",
      quantity: 128,
      unit: "physical core (a one-off licence spread over 5 years)",
      unitPrice: 84.6375,
      amount: 10833.6,
      basis: "reported",
      source: { title: "@Windows Server pricing", url: "https://www.microsoft.com/windows-server/pricing" },
      asOf: "2026-05-04",
      arithmetic: "-128 cores; 128 × US$84.6375 = US$10,833.60",
    }),
  ];
  const kvmCost: Cost = {
    currency: "USD",
    perYear: 16008.44,
    years: 5,
    total: 80042.2,
    quoteRequired: false,
    quotesNeeded: [],
    lines,
    windowsGuests: 0,
    notes: [],
    oneOff: { amount: 0, lines: [] },
    cashFlow: [],
    npv: null,
  };
  const xenCost: Cost = {
    currency: "USD",
    perYear: null,
    years: 5,
    total: null,
    quoteRequired: true,
    lines: [],
    windowsGuests: 0,
    notes: [],
    oneOff: null,
    cashFlow: [],
    npv: null,
    quotesNeeded: [
      {
        product: "xenserver",
        item: "XenServer Premium Edition",
        note: "No public price found: quote required.",
        source: { title: "XenServer licensing", url: "https://www.xenserver.com/licensing" },
      },
    ],
  };
  const entry = (hypervisor: string, rank: number, cost: Cost | undefined) =>
    ({
      hypervisor,
      name: hypervisor,
      rank,
      score: 50,
      eligible: true,
      knockouts: [],
      contributions: [],
      product: null,
      cost,
      migration: null,
    }) as unknown as RankingEntry;
  const ranking = [entry("kvm", 1, kvmCost), entry("xen", 2, xenCost), entry("esxi", 3, undefined)];
  // KVM names its product; Xen's is found among every product ranked.
  (ranking[0] as { product: unknown }).product = {
    id: "proxmox-ve-standard",
    name: "Proxmox VE 9 with a Standard subscription",
    vendor: "Proxmox Server Solutions",
    support: { status: "supported", until: null, note: "Sold with vendor support." },
    reasons: [],
    cautions: [],
    alternatives: [],
  };
  const products = [{ id: "xenserver", name: "XenServer 8.4 Premium", family: "xen" }] as unknown as ProductEntry[];
  return {
    id: "c".repeat(22),
    answers: {},
    weights: {},
    quotes: {},
    evaluation: { ranking, products },
  } as unknown as RecommendationSnapshot;
}

test("the costs CSV has a row per hypervisor and cost line whose amounts add up to the yearly cost", () => {
  const lines = costsCsv(costSnapshot()).trim().split("\r\n");
  expect(lines[0]).toBe(
    "rank,hypervisor,product,item,quantity,unit,unit_price_usd,amount_usd,per_year_usd,total_usd,years,basis,source_title,source_url,as_of,arithmetic,product_name," +
      "kind,year,recurring_usd,one_off_usd,discount_rate,assumption," +
      "cluster,npv_usd,stay_per_year_usd,saving_per_year_usd,effort_days_low,effort_days_high,move_order",
  );
  const rows = lines.slice(1).map(cells);
  expect(rows).toHaveLength(3); // two KVM lines, one Xen quote, nothing for the snapshot without costs
  expect(rows.every((row) => row.length === 30)).toBe(true);
  expect(rows.map((row) => row[17])).toEqual(["recurring", "recurring", "recurring"]);

  const kvm = rows.filter((row) => row[1] === "kvm");
  expect(kvm.map((row) => row[2])).toEqual(["proxmox-ve-standard", "windows-server-datacenter"]);
  // The product's name where the evaluation knows it; none for the Windows guest licences (the item says).
  expect(kvm.map((row) => row[16])).toEqual(["Proxmox VE 9 with a Standard subscription", ""]);
  expect(kvm[0]!.slice(4, 12)).toEqual([
    "8",
    "CPU socket per year",
    "646.855",
    "5174.84",
    "16008.44",
    "80042.2",
    "5",
    "reported",
  ]);
  for (const row of kvm) expect(Number(row[4]) * Number(row[6])).toBeCloseTo(Number(row[7]), 2);
  expect(kvm.reduce((sum, row) => sum + Number(row[7]), 0)).toBeCloseTo(Number(kvm[0]![8]), 2);
  expect(Number(kvm[0]![8]) * Number(kvm[0]![10])).toBeCloseTo(Number(kvm[0]![9]), 2);

  const [xen] = rows.filter((row) => row[1] === "xen");
  expect(xen!.slice(0, 4)).toEqual(["2", "xen", "xenserver", "XenServer Premium Edition"]);
  expect(xen!.slice(4, 10)).toEqual(["", "", "", "", "", ""]);
  expect(xen![11]).toBe("quote required");
  expect(xen![13]).toBe("https://www.xenserver.com/licensing");
  expect(xen![16]).toBe("XenServer 8.4 Premium");
});

test("the costs CSV carries each option's one-off lines, cash flow and NPV to the cent, told apart by kind", () => {
  const kb = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "" } };
  const answers = buildAnswers({
    currentPlatform: "esxi",
    licensing: "no-preference",
    cloudPlatform: "on-premises",
    estate: { hosts: 6, socketsPerHost: 2, coresPerSocket: 16, vms: 150, windowsVms: 40 },
    years: 3,
  });
  const evaluation = evaluateAnswers({ answers, kb, today: "2026-12-07", samples: 20 });
  const snapshot = { id: "w".repeat(22), answers, weights: {}, evaluation } as unknown as RecommendationSnapshot;
  const rows = costsCsv(snapshot).trim().split("\r\n").slice(1).map(cells);
  expect(rows.every((row) => row.length === 30)).toBe(true);
  const priced = evaluation.ranking.filter((e) => e.cost?.npv != null);
  expect(priced.length).toBeGreaterThan(1);
  for (const entry of priced) {
    const cost = entry.cost!;
    const own = rows.filter((row) => row[1] === entry.hypervisor);
    const kind = (k: string) => own.filter((row) => row[17] === k);
    expect(kind("recurring").map((row) => Number(row[7]))).toEqual(cost.lines.map((l) => l.amount));

    const oneOff = kind("one-off");
    expect(oneOff.map((row) => row[3])).toEqual(cost.oneOff!.lines.map((l) => l.item));
    oneOff.forEach((row, i) => {
      const line = cost.oneOff!.lines[i]!;
      expect([Number(row[4]), Number(row[6]), Number(row[7])]).toEqual([line.quantity, line.unitPrice, line.amount]);
      expect(row[22]).toBe(String(line.assumption === true));
    });

    const flow = kind("cash flow");
    expect(flow.map((row) => [Number(row[18]), Number(row[19]), Number(row[20]), Number(row[7])])).toEqual(
      cost.cashFlow.map((y) => [y.year, y.recurring, y.oneOff, y.total]),
    );
    const sum = flow.reduce((total, row) => total + Number(row[7]), 0);
    expect(sum).toBeCloseTo(cost.perYear! * cost.years + cost.oneOff!.amount, 2);

    const [npv, ...more] = kind("npv");
    expect(more).toEqual([]);
    expect(npv![7]).toBe(String(cost.npv));
    expect(npv![21]).toBe("0.07");
    expect(npv![20]).toBe(String(cost.oneOff!.amount));
  }
});

test("the costs CSV carries the plan per cluster and the split beside one platform and staying, by header", () => {
  const kb = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "" } };
  const answers = buildAnswers(THREE_CLUSTERS);
  const evaluation = evaluateAnswers({ answers, kb, quotes: EDGE_QUOTES, today: "2026-12-07", samples: 20 });
  const snapshot = { id: "k".repeat(22), answers, weights: {}, evaluation } as unknown as RecommendationSnapshot;
  const [header, ...rows] = costsCsv(snapshot).trim().split("\r\n").map(cells);
  const at = (row: string[], column: string) => row[header!.indexOf(column)]!;
  const number = (value: number | null | undefined) => (value == null ? "" : String(value));
  const plan = evaluation.plan!;

  const clusters = rows.filter((row) => at(row, "kind") === "cluster");
  expect(clusters.map((row) => at(row, "cluster"))).toEqual(["SQL", "VDI", "EDGE"]);
  clusters.forEach((row, i) => {
    const c = plan.clusters![i]!;
    expect(at(row, "hypervisor")).toBe(c.product!.family);
    expect(at(row, "product")).toBe(c.product!.id);
    expect(
      ["per_year_usd", "one_off_usd", "npv_usd", "stay_per_year_usd", "saving_per_year_usd"].map((k) => at(row, k)),
    ).toEqual([c.perYear, c.oneOff, c.npv, c.stay!.perYear, c.savingPerYear].map(number));
    expect([at(row, "effort_days_low"), at(row, "effort_days_high"), at(row, "move_order")]).toEqual(
      [c.effortDays!.low, c.effortDays!.high, c.move!.order].map(number),
    );
    expect(at(row, "arithmetic")).toContain(c.move!.reason);
  });

  const split = plan.split!;
  const splits = rows.filter((row) => at(row, "kind") === "split");
  expect(splits.map((row) => at(row, "item"))).toEqual([
    "Split: every cluster on its own product",
    `One platform: ${split.onePlatform!.product.name} for every cluster`,
    "Staying put",
  ]);
  const figures = (row: string[]) => ["per_year_usd", "one_off_usd", "npv_usd"].map((k) => at(row, k));
  expect(splits.map(figures)).toEqual(
    [split, split.onePlatform!, split.stay!].map((f) => [f.perYear, f.oneOff, f.npv].map(number)),
  );
  expect(at(splits[0]!, "arithmetic")).toBe(split.explanation);
  expect(at(splits[2]!, "hypervisor")).toBe("esxi");
});

test("the costs CSV never lets a cell start a formula", () => {
  const csv = costsCsv(costSnapshot());
  const windows = csv
    .trim()
    .split("\r\n")
    .map(cells)
    .find((row) => row[2] === "windows-server-datacenter")!;
  expect(windows[3]).toBe('\'=HYPERLINK("https://evil.example")');
  expect(windows[12]).toBe("'@Windows Server pricing");
  expect(windows[15]).toMatch(/^'-128 cores/);
  for (const row of csv.trim().split("\r\n").slice(1).map(cells)) {
    for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/);
  }
  expect(exportFileName(costSnapshot(), "csv", "costs")).toBe(`hypervisor-recommendation-${"c".repeat(22)}-costs.csv`);
});

test("the JSON export lists every product, and an empty list for a recommendation saved before products", () => {
  const withProducts = JSON.parse(snapshotJson(costSnapshot()));
  expect(withProducts.evaluation.products).toEqual([{ id: "xenserver", name: "XenServer 8.4 Premium", family: "xen" }]);
  expect(withProducts.id).toBe("c".repeat(22));
  const old = { ...costSnapshot(), evaluation: { ranking: [] } } as unknown as RecommendationSnapshot;
  expect(JSON.parse(snapshotJson(old)).evaluation.products).toEqual([]);
});
