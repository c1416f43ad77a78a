// The sheets of cost lines, yearly and one-off: one row a line whose amount is a formula of its
// quantity and unit price, and under each option's lines a subtotal that sums them, so a finance
// team can change a price and see every figure built on it move.
import type { CostLine, QuoteNeeded } from "@/lib/decision";
import type { CostedOption } from "./costs-workbook-options";
import { formula, number, text } from "./workbook/cells";
import { SheetWriter, type Column } from "./workbook/sheet";

const LINE_COLUMNS = [
  { key: "rank", header: "Rank", width: 6 },
  { key: "hypervisor", header: "Hypervisor", width: 22 },
  { key: "product", header: "Product", width: 40 },
  { key: "item", header: "Item", width: 50 },
  { key: "quantity", header: "Quantity", width: 10 },
  { key: "unit", header: "Unit", width: 36 },
  { key: "unitPrice", header: "Unit price (USD)", width: 16, style: "price" },
  { key: "amount", header: "Amount (USD)", width: 16, style: "money" },
  { key: "basis", header: "Basis", width: 15 },
  { key: "assumption", header: "Assumption", width: 12 },
  { key: "source", header: "Source", width: 40 },
  { key: "sourceUrl", header: "Source URL", width: 40 },
  { key: "asOf", header: "As of", width: 12 },
  { key: "arithmetic", header: "Arithmetic", width: 90 },
] as const satisfies readonly Column<string>[];

type LineColumn = (typeof LINE_COLUMNS)[number]["key"];
type LineSheet = SheetWriter<LineColumn>;
type ProductName = (id: string) => string;

/** One option's part of a sheet: its lines, prices awaiting a quote, and the engine's sum of them. */
interface Part {
  lines: readonly CostLine[];
  quotes: readonly QuoteNeeded[];
  /** null while a price needs a quote: the subtotal then says so instead of a figure. */
  total: number | null;
  label: string;
}

export interface LinesSheet {
  sheet: LineSheet;
  /** Each priced option's subtotal cell, as the cash flow's formulas name it. */
  subtotals: Map<CostedOption, string>;
}

const familyCells = (option: CostedOption) => ({ rank: number(option.rank), hypervisor: text(option.family) });

/** A priced line: its amount is a formula of its own quantity and unit price. */
function addLine(sheet: LineSheet, option: CostedOption, line: CostLine, productName: ProductName): void {
  const row = sheet.nextRow;
  sheet.add({
    ...familyCells(option),
    product: text(productName(line.product)),
    item: text(line.item),
    quantity: number(line.quantity),
    unit: text(line.unit),
    unitPrice: number(line.unitPrice),
    // Unit prices may be unrounded (a month of a yearly price); the engine rounds each amount to cents.
    amount: formula(`ROUND(${sheet.ref("quantity", row)}*${sheet.ref("unitPrice", row)},2)`, line.amount),
    basis: text(line.basis),
    assumption: text(line.assumption === true ? "yes" : "no"),
    source: text(line.source.title),
    sourceUrl: text(line.source.url),
    asOf: text(line.asOf),
    arithmetic: text(line.arithmetic),
  });
}

/** A product with no public price: named, with no amount, where the team's quote belongs. */
function addQuote(sheet: LineSheet, option: CostedOption, quote: QuoteNeeded, productName: ProductName): void {
  sheet.add({
    ...familyCells(option),
    product: text(productName(quote.product)),
    item: text(quote.item),
    basis: text("quote required"),
    source: text(quote.source.title),
    sourceUrl: text(quote.source.url),
    arithmetic: text(quote.note),
  });
}

/** The option's subtotal under its rows from `first` on; returns its cell, or null while a quote is needed. */
function addSubtotal(sheet: LineSheet, option: CostedOption, part: Part, first: number): string | null {
  const last = sheet.nextRow - 1;
  const subtotal = { ...familyCells(option), product: text(option.product), item: text(part.label) };
  if (part.total === null) {
    sheet.add({ ...subtotal, basis: text("quote required") }, { bold: true });
    return null;
  }
  const amount =
    last < first ? number(part.total) : formula(`ROUND(SUM(${sheet.range("amount", first, last)}),2)`, part.total);
  const row = sheet.add(
    { ...subtotal, amount, arithmetic: text("The sum of the amounts above, to the cent.") },
    { bold: true },
  );
  return sheet.absolute("amount", row);
}

function linesSheet(
  name: string,
  options: readonly CostedOption[],
  partOf: (option: CostedOption) => Part | null,
  productName: ProductName,
): LinesSheet {
  const sheet = new SheetWriter(name, LINE_COLUMNS);
  const subtotals = new Map<CostedOption, string>();
  for (const option of options) {
    const part = partOf(option);
    if (!part) continue;
    const first = sheet.nextRow;
    for (const line of part.lines) addLine(sheet, option, line, productName);
    for (const quote of part.quotes) addQuote(sheet, option, quote, productName);
    const subtotal = addSubtotal(sheet, option, part, first);
    if (subtotal) subtotals.set(option, subtotal);
  }
  return { sheet, subtotals };
}

/** "Cost lines": what each option costs a year, line by line, and its yearly total. */
export const costLinesSheet = (options: readonly CostedOption[], productName: ProductName) =>
  linesSheet(
    "Cost lines",
    options,
    ({ cost }) => ({
      lines: cost.lines ?? [],
      quotes: cost.quotesNeeded ?? [],
      total: cost.perYear,
      label: "Per year",
    }),
    productName,
  );

/** "One-off lines": what choosing each option costs once, at the start. Saved before the whole cost: none. */
export const oneOffLinesSheet = (options: readonly CostedOption[], productName: ProductName) =>
  linesSheet(
    "One-off lines",
    options,
    ({ cost }) =>
      cost.oneOff ? { lines: cost.oneOff.lines, quotes: [], total: cost.oneOff.amount, label: "One-off total" } : null,
    productName,
  );
