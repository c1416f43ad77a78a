// A cell as the sheets are built from it, the A1 names of cells, and a cell's XML. Text is always an
// inline string: whatever it starts with (=, +, -, @, a tab), a reader shows it and never runs it.
// Formulas come from this code alone, never from text anyone typed.
import type { Style } from "./styles";
import { escapeXml, xmlText } from "./xml";

export type Cell =
  | { kind: "text"; text: string; style?: Style }
  | { kind: "number"; value: number; style?: Style }
  /** `value` is the figure cached beside the formula, for previewers that do not calculate. */
  | { kind: "formula"; formula: string; value: number; style?: Style };

/** A text cell, or none for no text. */
export const text = (value: string | null | undefined, style?: Style): Cell | null =>
  value == null || value === "" ? null : { kind: "text", text: value, style };

/** A number cell, or none for a missing figure (a price that needs a quote). */
export const number = (value: number | null | undefined, style?: Style): Cell | null =>
  value == null || !Number.isFinite(value) ? null : { kind: "number", value, style };

export const formula = (expression: string, value: number, style?: Style): Cell => ({
  kind: "formula",
  formula: expression,
  value,
  style,
});

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A sheet name as a formula names it: quoted when it holds more than letters, digits and _. */
const sheetPrefix = (sheet: string) =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;

/** A cell on another sheet that stays put when formulas are copied ('Cost lines'!$H$5). */
export const absoluteRef = (sheet: string, column: string, row: number): string =>
  `${sheetPrefix(sheet)}!$${column}$${row}`;

/** The cell's XML at `ref`; "" when there is nothing to write (text that cleaned to nothing). */
export function cellXml(ref: string, cell: Cell, styleIndex: number): string {
  const style = styleIndex > 0 ? ` s="${styleIndex}"` : "";
  switch (cell.kind) {
    case "text": {
      const content = xmlText(cell.text);
      return content === ""
        ? ""
        : `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${content}</t></is></c>`;
    }
    case "number":
      return `<c r="${ref}"${style}><v>${cell.value}</v></c>`;
    case "formula":
      return `<c r="${ref}"${style}><f>${escapeXml(cell.formula)}</f><v>${cell.value}</v></c>`;
  }
}
