// The "Cash flow" sheet: each option year by year, built from the subtotals on the cost lines sheets,
// with its total over the horizon and its net present value at the discount rate on "Assumptions".
// The engine's definition (lib/decision/whole-cost.ts): the one-off cost is paid at the start and not
// discounted, each year's recurring cost at the end of year t is divided by (1 + rate)^t, and the sum
// is rounded to cents. The formulas here redo exactly that, so they give the engine's figures.
import { cents, yearsText } from "@/lib/decision/money-format";
import type { AssumptionsSheet } from "./costs-workbook-assumptions";
import type { LinesSheet } from "./costs-workbook-lines";
import type { CostedOption } from "./costs-workbook-options";
import { formula, number, text } from "./workbook/cells";
import { SheetWriter, type Column } from "./workbook/sheet";

const FLOW_COLUMNS = [
  { key: "rank", header: "Rank", width: 6 },
  { key: "hypervisor", header: "Hypervisor", width: 22 },
  { key: "product", header: "Product", width: 40 },
  { key: "line", header: "Line", width: 20 },
  { key: "year", header: "Year", width: 6 },
  { key: "recurring", header: "Recurring (USD)", width: 16, style: "money" },
  { key: "oneOff", header: "One-off (USD)", width: 16, style: "money" },
  { key: "total", header: "Total (USD)", width: 16, style: "money" },
  { key: "presentValue", header: "Present value (USD)", width: 19, style: "money" },
  { key: "note", header: "Note", width: 90 },
] as const satisfies readonly Column<string>[];

type FlowColumn = (typeof FLOW_COLUMNS)[number]["key"];

type FlowSheet = SheetWriter<FlowColumn>;
const familyCells = (option: CostedOption) => ({
  rank: number(option.rank),
  hypervisor: text(option.family),
  product: text(option.product),
});

/** Where an option's figures come from: its subtotals on the lines sheets, the rate on Assumptions. */
interface Sources {
  perYear: string;
  /** null when the option was saved before one-off costs. */
  oneOff: string | null;
  discountRate: AssumptionsSheet["discountRate"];
}

/** A row a year, the total over the horizon, and the net present value. */
function addYears(sheet: FlowSheet, option: CostedOption, { perYear, oneOff, discountRate }: Sources): void {
  const { cost } = option;
  // Saved before the whole cost: no cash flow to show.
  const years = cost.cashFlow ?? [];
  if (years.length === 0) return;
  const family = familyCells(option);
  const first = sheet.nextRow;
  for (const year of years) {
    const row = sheet.nextRow;
    const paidOnce = year.year === 1 && oneOff !== null;
    const [recurringRef, oneOffRef] = [sheet.ref("recurring", row), sheet.ref("oneOff", row)];
    sheet.add({
      ...family,
      line: text(`Year ${year.year}`),
      year: number(year.year),
      recurring: formula(perYear, year.recurring),
      oneOff: paidOnce ? formula(oneOff, year.oneOff) : number(year.oneOff),
      total: formula(`ROUND(${recurringRef}+${oneOffRef},2)`, year.total),
      presentValue: discountRate
        ? formula(
            `${recurringRef}/(1+${discountRate.ref})^${sheet.ref("year", row)}+${oneOffRef}`,
            year.recurring / (1 + discountRate.rate) ** year.year + year.oneOff,
          )
        : null,
      note: text(paidOnce ? "One-off costs are paid in year 1, at the start: not discounted." : null),
    });
  }
  const last = sheet.nextRow - 1;
  const overYears = (key: "recurring" | "oneOff" | "total") =>
    formula(`ROUND(SUM(${sheet.range(key, first, last)}),2)`, cents(years.reduce((sum, year) => sum + year[key], 0)));
  sheet.add(
    {
      ...family,
      line: text(`Total over ${yearsText(years.length)}`),
      recurring: overYears("recurring"),
      oneOff: overYears("oneOff"),
      total: overYears("total"),
    },
    { bold: true },
  );
  if (cost.npv == null) return;
  sheet.add(
    {
      ...family,
      line: text("Net present value"),
      presentValue: discountRate
        ? formula(`ROUND(SUM(${sheet.range("presentValue", first, last)}),2)`, cost.npv)
        : number(cost.npv),
      note: text(
        discountRate
          ? "The one-off cost plus each year's recurring cost ÷ (1 + the discount rate on Assumptions)^year, to the cent."
          : "The net present value as saved; this recommendation was saved without its discount rate.",
      ),
    },
    { bold: true },
  );
}

export function cashFlowSheet(
  options: readonly CostedOption[],
  recurring: LinesSheet,
  oneOff: LinesSheet,
  discountRate: AssumptionsSheet["discountRate"],
): FlowSheet {
  const sheet = new SheetWriter("Cash flow", FLOW_COLUMNS);
  for (const option of options) {
    const perYear = recurring.subtotals.get(option);
    if (option.cost.perYear !== null && perYear) {
      addYears(sheet, option, { perYear, oneOff: oneOff.subtotals.get(option) ?? null, discountRate });
      continue;
    }
    sheet.add({
      ...familyCells(option),
      line: text("Quote required"),
      note: text("A price needs a quote (see Cost lines): no cash flow or net present value until it is entered."),
    });
  }
  return sheet;
}
