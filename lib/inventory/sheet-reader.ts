// Reads the sheets an import needs in two passes that keep memory bounded by what is used: the
// header rows first (stopping after them), then every row's wanted cells only; shared strings are
// resolved for just the cells kept, so a workbook's many other texts (paths, notes, addresses) are
// never held. A VM's name is read only where disks must be told apart per VM, and never kept past it.
import { InventoryError } from "./inventory-error";
import { MAX_ROWS_PER_SHEET, MAX_SHARED_STRINGS } from "./limits";
import { readRowCells, type CellValue, type RowCells } from "./sheet-cells";
import { ElementStream, textOf } from "./xml-elements";
import { inflateEntry, type InflateBudget, type ZipEntry } from "./zip-entries";

export interface Workbook {
  bytes: Uint8Array;
  entries: Map<string, ZipEntry>;
  budget: InflateBudget;
  sharedStrings: string | null;
}

/** The first row with content: the headers (RVTools writes them in row 1). */
export function readHeaderRow(book: Workbook, part: string, sheet: string): RowCells {
  let header: RowCells | null = null;
  streamPart(book, part, `the ${sheet} sheet`, "row", (element, prefix) => {
    const cells = readRowCells(element.content, prefix);
    if (cells.size === 0) return true;
    header = cells;
    return false;
  });
  if (!header) throw new InventoryError("not_rvtools", `The ${sheet} sheet is empty: it has no header row.`);
  return header;
}

/** Every data row's cells at `columns` (in that order), skipping the header and rows without any. */
export function readColumns(
  book: Workbook,
  part: string,
  sheet: string,
  columns: (number | undefined)[],
): (CellValue | undefined)[][] {
  const rows: (CellValue | undefined)[][] = [];
  const wanted = new Set(columns.filter((c) => c !== undefined));
  let headerSeen = false;
  let counted = 0;
  streamPart(book, part, `the ${sheet} sheet`, "row", (element, prefix) => {
    const cells = readRowCells(element.content, prefix, headerSeen ? wanted : undefined);
    if (!headerSeen) {
      headerSeen = cells.size > 0;
      return true;
    }
    // Every row with a value counts toward the limit, whether or not its cells are kept.
    const valued =
      cells.size > 0 || element.content.includes(`<${prefix}v>`) || element.content.includes(`<${prefix}is>`);
    if (!valued) return true;
    if (++counted > MAX_ROWS_PER_SHEET) {
      throw new InventoryError(
        "too_large",
        `The ${sheet} sheet has more than ${MAX_ROWS_PER_SHEET.toLocaleString("en-US")} rows, the limit for one import.`,
      );
    }
    const picked = columns.map((c) => (c === undefined ? undefined : cells.get(c)));
    if (picked.some((v) => v !== undefined)) rows.push(picked);
    return true;
  });
  return rows;
}

/** The texts of the shared strings at `wanted` indices; other strings are skipped, not kept. */
export function resolveSharedStrings(book: Workbook, wanted: Set<number>): Map<number, string> {
  const texts = new Map<number, string>();
  if (wanted.size === 0) return texts;
  if (!book.sharedStrings)
    throw new InventoryError("not_rvtools", "The workbook refers to shared strings it does not hold.");
  let index = 0;
  streamPart(book, book.sharedStrings, "the shared strings", "si", (element, prefix) => {
    if (wanted.has(index)) texts.set(index, textOf(element.content, prefix));
    index++;
    if (index > MAX_SHARED_STRINGS) {
      throw new InventoryError(
        "too_large",
        `The workbook holds more than ${MAX_SHARED_STRINGS.toLocaleString("en-US")} distinct texts.`,
      );
    }
    return texts.size < wanted.size;
  });
  return texts;
}

/** `label`: the part as messages name it ("the vInfo sheet"). */
function streamPart(
  book: Workbook,
  part: string,
  label: string,
  element: string,
  onElement: (element: { content: string }, prefix: string) => boolean,
): void {
  const entry = book.entries.get(part);
  if (!entry) throw new InventoryError("not_rvtools", `The workbook lists the part ${part} but does not hold it.`);
  const stream: ElementStream = new ElementStream(element, label, (found) => onElement(found, stream.prefix));
  inflateEntry(book.bytes, entry, book.budget, (piece) => stream.push(piece));
  stream.end();
}
