// The "Assumptions" sheet: every assumption of the cost model as the evaluation used it, the team's
// own figure or this tool's documented default. The discount rate is a number cell the cash flow's
// present values read, so changing it here moves every net present value.
import type { AssumptionUsed } from "@/lib/decision";
import { ASSUMPTION_WORDS, WINDOWS_OWNED_LABELS } from "@/lib/questionnaire/assumption-words";
import type { WindowsOwned } from "@/lib/questionnaire/assumptions";
import { number, text, type Cell } from "./workbook/cells";
import { SheetWriter, type Column } from "./workbook/sheet";

const ASSUMPTION_COLUMNS = [
  { key: "assumption", header: "Assumption", width: 30 },
  { key: "field", header: "Field", width: 18 },
  { key: "value", header: "Value", width: 16 },
  { key: "givenBy", header: "Given by", width: 24 },
  { key: "note", header: "Note", width: 90 },
  { key: "source", header: "Source", width: 40 },
  { key: "sourceUrl", header: "Source URL", width: 40 },
] as const satisfies readonly Column<string>[];

type AssumptionColumn = (typeof ASSUMPTION_COLUMNS)[number]["key"];

export interface AssumptionsSheet {
  sheet: SheetWriter<AssumptionColumn>;
  /** The discount rate's cell and figure (null when the recommendation was saved without it). */
  discountRate: { ref: string; rate: number } | null;
}

/** Numbers as numbers (the rate as a percentage, the day rate as money), words as text. */
function valueCell({ field, value }: AssumptionUsed): Cell | null {
  if (typeof value === "number")
    return number(value, field === "discountRate" ? "percent" : field === "migrationDayRate" ? "money" : "plain");
  if (field === "windowsOwned" && value !== null) return text(WINDOWS_OWNED_LABELS[value as WindowsOwned] ?? value);
  return text(value);
}

export function assumptionsSheet(assumptions: readonly AssumptionUsed[]): AssumptionsSheet {
  const sheet = new SheetWriter("Assumptions", ASSUMPTION_COLUMNS);
  let discountRate: AssumptionsSheet["discountRate"] = null;
  for (const used of assumptions) {
    const row = sheet.add({
      assumption: text(ASSUMPTION_WORDS[used.field]?.label ?? used.field),
      field: text(used.field),
      value: valueCell(used),
      givenBy: text(used.assumption ? "Default (an assumption)" : "Given by the team"),
      note: text(used.note),
      source: text(used.source.title),
      sourceUrl: text(used.source.url),
    });
    if (used.field === "discountRate" && typeof used.value === "number")
      discountRate = { ref: sheet.absolute("value", row), rate: used.value };
  }
  return { sheet, discountRate };
}
