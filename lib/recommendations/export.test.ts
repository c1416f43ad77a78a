import { evaluateAnswers } from "@/lib/decision";
import { buildAnswers } from "@/lib/decision/test-fixtures";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { Cost, CostLine, RankingEntry } from "@/lib/decision/types";
import { costsCsv, csvCell, exportFileName, rankingCsv } from "./export";
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
    "rank,hypervisor,name,eligible,score,criterion,criterion_name,rating,weight,points,as_of,sources,knockouts",
  );
  expect(lines).toHaveLength(1 + 4 * kb.criteria.length);
  const rows = lines.slice(1).map(cells);
  expect(rows.every((row) => row.length === 13)).toBe(true);
  const esxi = rows.filter((row) => row[1] === "esxi");
  expect(esxi[0]![3]).toBe("false"); // open source required rules ESXi out
  expect(esxi[0]![12]).toMatch(/^licensing: /);
  for (const entry of evaluation.ranking) {
    const points = rows.filter((row) => row[1] === entry.hypervisor).map((row) => Number(row[9]));
    expect(points.reduce((a, b) => a + b, 0)).toBeCloseTo(entry.score, 2);
  }
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
  return {
    id: "c".repeat(22),
    answers: {},
    weights: {},
    quotes: {},
    evaluation: { ranking },
  } as unknown as RecommendationSnapshot;
}

test("the costs CSV has a row per hypervisor and cost line whose amounts add up to the yearly cost", () => {
  const lines = costsCsv(costSnapshot()).trim().split("\r\n");
  expect(lines[0]).toBe(
    "rank,hypervisor,product,item,quantity,unit,unit_price_usd,amount_usd,per_year_usd,total_usd,years,basis,source_title,source_url,as_of,arithmetic",
  );
  const rows = lines.slice(1).map(cells);
  expect(rows).toHaveLength(3); // two KVM lines, one Xen quote, nothing for the snapshot without costs
  expect(rows.every((row) => row.length === 16)).toBe(true);

  const kvm = rows.filter((row) => row[1] === "kvm");
  expect(kvm.map((row) => row[2])).toEqual(["proxmox-ve-standard", "windows-server-datacenter"]);
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
