// One worksheet written row by row: row 1 holds the column headers (bold, frozen so they stay in view),
// and a row added learns its number, so later formulas can point at it.
import { absoluteRef, cellXml, columnName, text, type Cell } from "./cells";
import { NS_MAIN, NS_REL, XML_DECLARATION } from "./namespaces";
import { BOLD, styleIndex, type Style } from "./styles";

export interface Column<K extends string> {
  key: K;
  header: string;
  /** In characters of the default font, as Excel measures a column. */
  width: number;
  /** The format of the column's cells unless a cell names its own. */
  style?: Style;
}

export type RowCells<K extends string> = Partial<Record<K, Cell | null>>;

export class SheetWriter<K extends string> {
  private readonly rows: string[] = [];
  private readonly letters: Map<K, string>;

  /** `name` is a fixed string of this code: sheet names never carry anyone's text. */
  constructor(
    readonly name: string,
    private readonly columns: readonly Column<K>[],
  ) {
    this.letters = new Map(columns.map((c, i) => [c.key, columnName(i)]));
    this.add(Object.fromEntries(columns.map((c) => [c.key, text(c.header, "bold")])) as RowCells<K>);
  }

  /** The number the next row added gets. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  ref(key: K, row: number): string {
    return `${this.letters.get(key)}${row}`;
  }

  /** One column's cells from row `from` to row `to`, for SUM. */
  range(key: K, from: number, to: number): string {
    return `${this.ref(key, from)}:${this.ref(key, to)}`;
  }

  /** The cell as other sheets' formulas name it. */
  absolute(key: K, row: number): string {
    return absoluteRef(this.name, this.letters.get(key)!, row);
  }

  /** Adds a row (`bold` for a subtotal) and returns its number. */
  add(cells: RowCells<K>, { bold = false } = {}): number {
    const row = this.nextRow;
    const xml = this.columns.map((column, i) => {
      const cell = cells[column.key];
      if (!cell) return "";
      const style = cell.style ?? column.style ?? "plain";
      return cellXml(`${columnName(i)}${row}`, cell, styleIndex(bold ? BOLD[style] : style));
    });
    this.rows.push(`<row r="${row}">${xml.join("")}</row>`);
    return row;
  }

  xml(): string {
    const last = `${columnName(this.columns.length - 1)}${this.rows.length}`;
    const cols = this.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`);
    return [
      XML_DECLARATION,
      `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`,
      `<dimension ref="A1:${last}"/>`,
      '<sheetViews><sheetView workbookViewId="0">',
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
      '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>',
      "</sheetView></sheetViews>",
      '<sheetFormatPr defaultRowHeight="15"/>',
      `<cols>${cols.join("")}</cols>`,
      `<sheetData>${this.rows.join("")}</sheetData>`,
      "</worksheet>",
    ].join("");
  }
}
