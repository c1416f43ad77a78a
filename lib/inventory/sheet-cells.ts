// The cells of one <row>, as a reader of RVTools needs them: by column, as a number, a text or a
// reference into the shared strings. Formulas are never evaluated: a cell's cached value (<v>) is
// all that is read, so a formula written into an export computes nothing here.
import { attribute, decodeXmlText, textOf } from "./xml-elements";

/** A cell's value: a shared string's index ({ s }), a text, a number, or a boolean as 1/0. */
export type CellValue = { s: number } | string | number;

/** Cells of one row by zero-based column; empty cells are absent. */
export type RowCells = Map<number, CellValue>;

/** `wanted`: the columns to read (others are only stepped over); all when absent. */
export function readRowCells(content: string, prefix: string, wanted?: Set<number>): RowCells {
  const cells: RowCells = new Map();
  const open = `<${prefix}c`;
  const close = `</${prefix}c>`;
  const valueOpen = `<${prefix}v>`;
  const valueClose = `</${prefix}v>`;
  let column = -1;
  for (let at = content.indexOf(open); at >= 0; at = content.indexOf(open, at + 1)) {
    const next = content.charCodeAt(at + open.length);
    if (next !== 32 && next !== 62 && next !== 47) continue;
    const tagEnd = content.indexOf(">", at);
    if (tagEnd < 0) break;
    const selfClosing = content.charCodeAt(tagEnd - 1) === 47;
    const attributes = content.slice(at + open.length, selfClosing ? tagEnd - 1 : tagEnd);
    const reference = attribute(attributes, "r");
    column = reference ? columnIndex(reference) : column + 1;
    if (selfClosing || (wanted !== undefined && !wanted.has(column))) {
      at = tagEnd;
      continue;
    }
    const end = content.indexOf(close, tagEnd);
    if (end < 0) break;
    const inner = content.slice(tagEnd + 1, end);
    at = end;
    const type = attribute(attributes, "t") ?? "n";
    if (type === "inlineStr") {
      const text = textOf(inner, prefix);
      if (text !== "") cells.set(column, text);
      continue;
    }
    const from = inner.indexOf(valueOpen);
    if (from < 0) continue;
    const to = inner.indexOf(valueClose, from);
    if (to < 0) continue;
    const raw = inner.slice(from + valueOpen.length, to);
    if (raw === "") continue;
    if (type === "s") cells.set(column, { s: Number(raw) });
    else if (type === "str") cells.set(column, decodeXmlText(raw));
    else if (type === "e") continue;
    else {
      const number = Number(raw);
      if (Number.isFinite(number)) cells.set(column, number);
    }
  }
  return cells;
}

/** "A1" → 0, "AB12" → 27: the letters of a cell reference. */
export function columnIndex(reference: string): number {
  let index = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code >= 65 && code <= 90) index = index * 26 + (code - 64);
    else if (code >= 97 && code <= 122) index = index * 26 + (code - 96);
    else break;
  }
  return index - 1;
}
