// The costs workbook as a finance team opens it: every formula is evaluated by a second, independent
// engine (fast-formula-parser), and the figures it gives must be the API's to the cent; changing a
// price or the rate must move them; text anyone typed must stay text.
import { strFromU8, unzipSync } from "fflate";
import { evaluateAnswers, type Evaluation } from "@/lib/decision";
import { EDGE_QUOTES, THREE_CLUSTERS } from "@/lib/decision/cluster-fixtures";
import { cents } from "@/lib/decision/money-format";
import { npv as engineNpv } from "@/lib/decision/whole-cost";
import { buildAnswers } from "@/lib/decision/test-fixtures";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { Answers } from "@/lib/questionnaire/answers";
import type { Assumptions } from "@/lib/questionnaire/assumptions";
import type { Quotes } from "@/lib/questionnaire/quotes";
import type { RecommendationSnapshot } from "@/lib/recommendations/service";
import { costsWorkbook, XLSX_WORKBOOK_TYPE } from "./costs-workbook";

const kb = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "" } };

function snapshotOf(
  answers: Partial<Answers>,
  { quotes, assumptions }: { quotes?: Quotes; assumptions?: Assumptions } = {},
): RecommendationSnapshot {
  const full = buildAnswers(answers);
  const evaluation = evaluateAnswers({ answers: full, kb, quotes, assumptions, today: "2026-12-07", samples: 20 });
  return {
    id: "w".repeat(22),
    name: "Estate review",
    notes: null,
    createdAt: "2026-12-07T09:30:00.000Z",
    updatedAt: "2026-12-07T09:30:00.000Z",
    kbVersion: 1,
    modelVersion: evaluation.modelVersion,
    answers: full,
    weights: {},
    quotes: quotes ?? {},
    assumptions: assumptions ?? {},
    evaluation,
  };
}

/** Three vSphere clusters moving off today's platform: one-off lines (labour, overlap, an upgrade) and a cash flow. */
const SCENARIOS = {
  "every option priced, over 5 years at the team's 5.5 %": () =>
    snapshotOf(
      { ...THREE_CLUSTERS, years: 5 },
      { quotes: EDGE_QUOTES, assumptions: { discountRate: 0.055, renewalDate: "2027-02-01" } },
    ),
  "options awaiting a quote, with training, at the default rate": () =>
    snapshotOf({ ...THREE_CLUSTERS, budget: "flexible", teamSkills: [] }),
};

describe.each(Object.entries(SCENARIOS))("%s", (_, build) => {
  const snapshot = build();
  const book = readWorkbook(costsWorkbook(snapshot));
  const options = snapshot.evaluation.ranking.filter((entry) => entry.cost);

  test("each line's amount, and each option's yearly and one-off subtotal, is the engine's to the cent", () => {
    expect(options.length).toBe(4);
    for (const { rank, cost } of options) {
      const lines = book.rows("Cost lines").filter((row) => row.value("Rank") === rank);
      const [subtotal] = lines.filter((row) => row.value("Item") === "Per year");
      const priced = lines.filter((row) => row.value("Basis") !== "quote required" && row !== subtotal);
      expect(priced.map((row) => book.evaluate(row.cell("Amount (USD)")))).toEqual(cost!.lines.map((l) => l.amount));
      if (cost!.perYear === null) {
        expect(cost!.quotesNeeded.length).toBeGreaterThan(0);
        expect(subtotal!.cell("Amount (USD)")).toBeUndefined();
        expect(subtotal!.value("Basis")).toBe("quote required");
      } else expect(book.evaluate(subtotal!.cell("Amount (USD)"))).toBe(cost!.perYear);

      const oneOff = book.rows("One-off lines").filter((row) => row.value("Rank") === rank);
      const total = oneOff.find((row) => row.value("Item") === "One-off total")!;
      expect(oneOff.length).toBe(cost!.oneOff!.lines.length + 1);
      expect(book.evaluate(total.cell("Amount (USD)"))).toBe(cost!.oneOff!.amount);
    }
    // The scenarios reach what a finance team must be able to follow: unrounded unit prices, one-off lines.
    const unrounded = options.flatMap((e) => e.cost!.lines).some((l) => cents(l.unitPrice) !== l.unitPrice);
    expect(unrounded).toBe(true);
  });

  test("the cash flow and net present value of each priced option are the engine's to the cent", () => {
    const priced = options.filter((entry) => entry.cost!.npv !== null);
    expect(priced.length).toBeGreaterThan(1);
    for (const { rank, cost } of priced) {
      const rows = book.rows("Cash flow").filter((row) => row.value("Rank") === rank);
      const years = rows.filter((row) => typeof row.value("Year") === "number");
      const figure = (row: WorkbookRow, header: string) => book.evaluate(row.cell(header));
      expect(
        years.map((row) => [
          row.value("Year"),
          ...["Recurring (USD)", "One-off (USD)", "Total (USD)"].map((h) => figure(row, h)),
        ]),
      ).toEqual(cost!.cashFlow.map((y) => [y.year, y.recurring, y.oneOff, y.total]));
      const overYears = rows.find((row) => row.value("Line") === `Total over ${cost!.years} years`)!;
      expect(figure(overYears, "Total (USD)")).toBe(cents(cost!.cashFlow.reduce((sum, y) => sum + y.total, 0)));
      const npv = rows.find((row) => row.value("Line") === "Net present value")!;
      expect(figure(npv, "Present value (USD)")).toBe(cost!.npv);
    }
    const unpriced = options.filter((entry) => entry.cost!.perYear === null);
    for (const { rank } of unpriced)
      expect(
        book
          .rows("Cash flow")
          .filter((row) => row.value("Rank") === rank)
          .map((row) => row.value("Line")),
      ).toEqual(["Quote required"]);
  });

  test("every cached figure is what the formula gives, so a previewer that does not calculate shows the same", () => {
    for (const [sheet, cells] of book.sheets)
      for (const [ref, cell] of cells)
        if (cell.formula !== undefined)
          expect([sheet, ref, book.evaluate(cell)]).toEqual([sheet, ref, expect.closeTo(cell.value as number, 6)]);
  });
});

test("changing a unit price or the discount rate moves the subtotal, the cash flow and the NPV", () => {
  const snapshot = SCENARIOS["every option priced, over 5 years at the team's 5.5 %"]();
  const book = readWorkbook(costsWorkbook(snapshot));
  const { rank, cost } = snapshot.evaluation.ranking.find((entry) => entry.cost?.npv != null)!;
  const lines = book.rows("Cost lines").filter((row) => row.value("Rank") === rank);
  const flows = book.rows("Cash flow").filter((row) => row.value("Rank") === rank);
  const perYear = () => book.evaluate(lines.find((row) => row.value("Item") === "Per year")!.cell("Amount (USD)"));
  const yearOne = () => book.evaluate(flows.find((row) => row.value("Year") === 1)!.cell("Total (USD)"));
  const npv = () =>
    book.evaluate(flows.find((row) => row.value("Line") === "Net present value")!.cell("Present value (USD)"));
  const oneOff = cost!.oneOff!.amount;

  const [line] = cost!.lines.filter((l) => l.quantity > 0);
  const price = lines.find((row) => row.value("Item") === line!.item)!.cell("Unit price (USD)")!;
  price.value = line!.unitPrice + 10;
  book.recalculate();
  const more = cents(line!.quantity * (line!.unitPrice + 10)) - line!.amount;
  expect(perYear()).toBe(cents(cost!.perYear! + more));
  expect(perYear()).not.toBe(cost!.perYear);
  expect(yearOne()).toBe(cents(cost!.perYear! + more + oneOff));
  const newPerYear = cents(cost!.perYear! + more);
  expect(npv()).toBe(engineNpv(oneOff, newPerYear, cost!.years, 0.055));

  // At a rate of 0 nothing is discounted: the NPV is the one-off cost plus every year's.
  book
    .rows("Assumptions")
    .find((row) => row.value("Field") === "discountRate")!
    .cell("Value")!.value = 0;
  book.recalculate();
  expect(npv()).toBe(cents(oneOff + cost!.years * newPerYear));
});

test("the assumptions are listed as given or defaulted, the discount rate a number formatted as a percentage", () => {
  const snapshot = SCENARIOS["every option priced, over 5 years at the team's 5.5 %"]();
  const book = readWorkbook(costsWorkbook(snapshot));
  const rows = book.rows("Assumptions");
  expect(rows.map((row) => [row.value("Field"), row.value("Given by")])).toEqual(
    snapshot.evaluation.plan!.assumptions.map((a) => [
      a.field,
      a.assumption ? "Default (an assumption)" : "Given by the team",
    ]),
  );
  const rate = rows.find((row) => row.value("Field") === "discountRate")!.cell("Value")!;
  expect([rate.value, rate.style]).toEqual([0.055, book.percentStyle]);
  // The cash flow reads the rate from this cell, by an absolute reference.
  const formulas = [...book.sheets.get("Cash flow")!.values()].map((cell) => cell.formula ?? "");
  expect(formulas.filter((f) => f.includes(`Assumptions!$C$${rate.row}`)).length).toBeGreaterThan(0);
});

describe("text anyone typed", () => {
  const HOSTILE = [
    '=HYPERLINK("http://x","y")',
    "+1",
    "-1",
    "@SUM(A1)",
    "\t=1",
    "<script>&amp;",
    "invoice\u202Efdp.exe",
    "zero\u200Bwidth",
    "nul\u0000char",
    "x".repeat(40_000),
  ];
  /** The test's name: characters that do not print spelled out, a long text cut. */
  const label = (text: string) =>
    JSON.stringify(text.length > 40 ? `${text.slice(0, 12)}… (${text.length} characters)` : text).replace(
      /[\u200b\u202e]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16)}`,
    );
  /** What a reader must see: invisible and forbidden characters out, cut at Excel's 32,767 characters. */
  const shown = (text: string) => text.replace(/[\u202E\u200B\u0000]/g, "").slice(0, 32_767);
  const base = SCENARIOS["every option priced, over 5 years at the team's 5.5 %"]();

  test.each(HOSTILE.map((text) => [label(text), text]))("%s stays text", (_, text) => {
    const evaluation: Evaluation = structuredClone(base.evaluation);
    evaluation.plan!.clusters![0]!.name = text;
    evaluation.ranking[0]!.cost!.lines[0]!.item = text;
    const book = readWorkbook(costsWorkbook({ ...base, name: text, evaluation }));

    const holding = [...book.sheets].flatMap(([sheet, cells]) =>
      [...cells.values()].filter((cell) => cell.text === shown(text)).map((cell) => ({ sheet, cell })),
    );
    expect(holding.map((h) => h.sheet).sort()).toEqual(["Clusters", "Cost lines"]);
    for (const { cell } of holding) expect([cell.formula, cell.type]).toEqual([undefined, "inlineStr"]);
    expect(book.title).toBe(shown(`Costs — ${text}`));
    // No formula holds anything but references, numbers and the functions this code writes.
    const sheetNames = /'Cost lines'!|'One-off lines'!|Assumptions!/g;
    for (const cells of book.sheets.values())
      for (const cell of cells.values())
        if (cell.formula !== undefined) expect(cell.formula.replace(sheetNames, "")).toMatch(/^[A-Z0-9$()+*/^,.:]+$/);
    for (const [part, xml] of book.parts) expect([part, wellFormed(xml)]).toEqual([part, true]);
  });
});

/** Saved before costs existed: no cost on any option, no plan. */
function savedBeforeCosts(): RecommendationSnapshot {
  const snapshot = SCENARIOS["every option priced, over 5 years at the team's 5.5 %"]();
  const ranking = snapshot.evaluation.ranking.map((entry) => ({ ...entry, cost: null }));
  return { ...snapshot, evaluation: { ...snapshot.evaluation, ranking, plan: null } };
}

test.each([
  ["without an estate", () => snapshotOf({})],
  ["saved before costs existed", savedBeforeCosts],
])("a recommendation %s still opens, with each sheet's headers and nothing else", (_, build) => {
  const book = readWorkbook(costsWorkbook(build()));
  expect([...book.sheets.keys()]).toEqual(["Cost lines", "One-off lines", "Cash flow", "Assumptions"]);
  for (const [sheet, cells] of book.sheets) {
    expect([sheet, new Set([...cells.values()].map((cell) => cell.row))]).toEqual([sheet, new Set([1])]);
    // Headers are bold and frozen in place.
    expect([...cells.values()].every((cell) => cell.style === book.boldStyle)).toBe(true);
    expect(book.parts.get(book.sheetParts.get(sheet)!)).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
  }
  expect(book.rows("Cost lines").length).toBe(0);
  expect(book.headers("Cost lines")).toEqual([
    "Rank",
    "Hypervisor",
    "Product",
    "Item",
    "Quantity",
    "Unit",
    "Unit price (USD)",
    "Amount (USD)",
    "Basis",
    "Assumption",
    "Source",
    "Source URL",
    "As of",
    "Arithmetic",
  ]);
});

test("the package names its parts, recalculates on open, and adds the clusters sheet for an estate of clusters", () => {
  expect(XLSX_WORKBOOK_TYPE).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const snapshot = SCENARIOS["every option priced, over 5 years at the team's 5.5 %"]();
  const book = readWorkbook(costsWorkbook(snapshot));
  expect([...book.sheets.keys()]).toEqual(["Cost lines", "One-off lines", "Cash flow", "Assumptions", "Clusters"]);
  expect(book.parts.get("xl/workbook.xml")).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
  const types = book.parts.get("[Content_Types].xml")!;
  expect(types).toContain(
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
  );
  for (const part of book.sheetParts.values())
    expect(types).toContain(
      `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
  const figures = ["Cluster", "Per year (USD)", "NPV (USD)", "Move order"];
  const flat = readWorkbook(
    costsWorkbook(
      snapshotOf({
        currentPlatform: "esxi",
        estate: { hosts: 6, socketsPerHost: 2, coresPerSocket: 16, vms: 150, windowsVms: 40 },
      }),
    ),
  );
  expect([...flat.sheets.keys()]).toEqual(["Cost lines", "One-off lines", "Cash flow", "Assumptions"]);
  expect(flat.rows("Cash flow").length).toBeGreaterThan(0);
  expect(book.rows("Clusters").map((row) => figures.map((header) => row.value(header)))).toEqual(
    snapshot.evaluation.plan!.clusters!.map((c) => [c.name, c.perYear ?? undefined, c.npv ?? undefined, c.move?.order]),
  );
});

// ---------------------------------------------------------------------------------------------------------
// A small reader of the workbook, independent of the writer, and the second formula engine.

interface ReadCell {
  sheet: string;
  row: number;
  col: number;
  type: string | undefined;
  style: number;
  formula?: string;
  /** The cached or constant value; a test may rewrite it, then recalculate. */
  value?: number;
  text?: string;
}

interface WorkbookRow {
  cell(header: string): ReadCell | undefined;
  value(header: string): number | string | undefined;
}

interface CellRef {
  sheet: string;
  row: number;
  col: number;
}
type FormulaParserClass = new (config: {
  onCell: (ref: CellRef) => unknown;
  onRange: (ref: { sheet: string; from: CellRef; to: CellRef }) => unknown[][];
}) => { parse(formula: string, position: CellRef): unknown };

/** XML's five named references and numeric ones, as the writer escapes text. */
function decode(xml: string): string {
  const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
  return xml.replace(/&(#\d+|lt|gt|quot|apos|amp);/g, (_, name: string) =>
    name.startsWith("#") ? String.fromCharCode(Number(name.slice(1))) : named[name]!,
  );
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** The sheets have fewer than 27 columns. */
function letters(col: number): string {
  return String.fromCharCode(64 + col);
}

/** The parts, each sheet's cells by reference, and the rows under each sheet's headers. */
function readWorkbook(bytes: Uint8Array) {
  const parts = new Map(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
  const targets = new Map(
    [...parts.get("xl/_rels/workbook.xml.rels")!.matchAll(/<Relationship [^>]*>/g)].map(([tag]) => [
      attribute(tag, "Id"),
      `xl/${attribute(tag, "Target")}`,
    ]),
  );
  const sheetParts = new Map(
    [...parts.get("xl/workbook.xml")!.matchAll(/<sheet [^>]*>/g)].map(([tag]) => [
      decode(attribute(tag, "name")!),
      targets.get(attribute(tag, "r:id"))!,
    ]),
  );
  const sheets = new Map([...sheetParts].map(([name, part]) => [name, readCells(name, parts.get(part)!)]));
  const styles = [
    ...parts
      .get("xl/styles.xml")!
      .split("<cellXfs")[1]!
      .matchAll(/<xf [^>]*>/g),
  ].map(([tag]) => tag);

  // A parser cannot be re-entered while it evaluates: one per depth of references being followed.
  const FormulaParser = jest.requireActual<FormulaParserClass>("fast-formula-parser");
  const parsers: InstanceType<FormulaParserClass>[] = [];
  let depth = 0;
  let values = new Map<string, unknown>();
  const valueAt = ({ sheet, row, col }: CellRef): unknown => {
    const cell = sheets.get(sheet)?.get(`${letters(col)}${row}`);
    if (cell?.formula === undefined) return cell?.value ?? cell?.text ?? null;
    const key = `${sheet}!${letters(col)}${row}`;
    if (!values.has(key)) {
      const parser = (parsers[depth] ??= new FormulaParser({
        onCell: valueAt,
        onRange: ({ sheet, from, to }) =>
          Array.from({ length: to.row - from.row + 1 }, (_, r) =>
            Array.from({ length: to.col - from.col + 1 }, (_, c) =>
              valueAt({ sheet, row: from.row + r, col: from.col + c }),
            ),
          ),
      }));
      depth++;
      try {
        values.set(key, parser.parse(cell.formula, { sheet, row, col }));
      } finally {
        depth--;
      }
    }
    return values.get(key);
  };
  const headers = (sheet: string) =>
    [...sheets.get(sheet)!.entries()].filter(([, cell]) => cell.row === 1).map(([, cell]) => cell.text!);

  return {
    parts,
    sheets,
    sheetParts,
    title: decode(/<dc:title>(.*?)<\/dc:title>/s.exec(parts.get("docProps/core.xml")!)![1]!),
    boldStyle: styles.findIndex((tag) => attribute(tag, "fontId") === "1" && attribute(tag, "numFmtId") === "0"),
    percentStyle: styles.findIndex((tag) => attribute(tag, "numFmtId") === "10"),
    headers,
    /** The rows under the headers, read by header. */
    rows(sheet: string): WorkbookRow[] {
      const cells = sheets.get(sheet)!;
      const columns = new Map(headers(sheet).map((header, i) => [header, letters(i + 1)]));
      const count = Math.max(1, ...[...cells.values()].map((cell) => cell.row));
      return Array.from({ length: count - 1 }, (_, i) => {
        const cell = (header: string) => cells.get(`${columns.get(header)}${i + 2}`);
        return { cell, value: (header: string) => cell(header)?.value ?? cell(header)?.text };
      });
    },
    /** A cell's figure as the second engine computes it. */
    evaluate: (cell: ReadCell | undefined): unknown => cell && valueAt(cell),
    recalculate: () => (values = new Map()),
  };
}

function readCells(sheet: string, xml: string): Map<string, ReadCell> {
  const cells = new Map<string, ReadCell>();
  for (const [, tag, inner] of xml.matchAll(/<c( [^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
    const ref = attribute(tag!, "r")!;
    const formula = /<f>(.*?)<\/f>/s.exec(inner ?? "")?.[1];
    const value = /<v>(.*?)<\/v>/s.exec(inner ?? "")?.[1];
    const text = /<t[^>]*>(.*?)<\/t>/s.exec(inner ?? "")?.[1];
    const [, column, row] = /^([A-Z])(\d+)$/.exec(ref)!;
    cells.set(ref, {
      sheet,
      row: Number(row),
      col: column!.charCodeAt(0) - 64,
      type: attribute(tag!, "t"),
      style: Number(attribute(tag!, "s") ?? 0),
      formula: formula === undefined ? undefined : decode(formula),
      value: value === undefined ? undefined : Number(value),
      text: text === undefined ? undefined : decode(text),
    });
  }
  return cells;
}

/**
 * Enough of XML's rules to catch text that escaped its cleaning or escaping: no character XML 1.0
 * forbids, tags balance, & starts a reference.
 */
function wellFormed(xml: string): boolean {
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(xml)) return false;
  const open: string[] = [];
  for (const [token] of xml.replace(/^<\?xml[^>]*\?>\s*/, "").matchAll(/<[^>]*>|[^<]+/g)) {
    if (!token.startsWith("<")) {
      if (/&(?!(#\d+|lt|gt|quot|apos|amp);)/.test(token)) return false;
      continue;
    }
    const name = /^<\/?([\w:.-]+)/.exec(token)?.[1];
    if (!name || /[<&](?!(#\d+|lt|gt|quot|apos|amp);)/.test(token.slice(1))) return false;
    if (token.startsWith("</")) {
      if (open.pop() !== name) return false;
    } else if (!token.endsWith("/>")) open.push(name);
  }
  return open.length === 0;
}
