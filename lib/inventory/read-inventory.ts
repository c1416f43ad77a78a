// Reads an RVTools export (.xlsx bytes) into an estate of clusters, its counts and its warnings
// (contract "Additions, part 2", "Reading an inventory"). Pure and synchronous: the same code runs
// in the browser's worker (./inventory.worker.ts) and behind POST /api/v1/inventory.
import { fileTooLarge, InventoryError } from "./inventory-error";
import { MAX_FILE_BYTES } from "./limits";
import {
  locateColumns,
  VDISK_COLUMNS,
  VHOST_COLUMNS,
  VINFO_COLUMNS,
  VPARTITION_COLUMNS,
  type ColumnSpec,
  type Columns,
} from "./rvtools-columns";
import type { CellValue } from "./sheet-cells";
import { readColumns, readHeaderRow, resolveSharedStrings, type Workbook } from "./sheet-reader";
import { buildEstate, type DiskRow, type HostRow, type VmRow } from "./estate-builder";
import type { InventoryReading } from "./types";
import { findWorkbookParts } from "./workbook-parts";
import { InflateBudget, listEntries } from "./zip-entries";

const SHEETS = { vInfo: VINFO_COLUMNS, vHost: VHOST_COLUMNS, vDisk: VDISK_COLUMNS, vPartition: VPARTITION_COLUMNS };
type SheetName = keyof typeof SHEETS;
const REQUIRED: SheetName[] = ["vInfo", "vHost"];

export function readInventory(bytes: Uint8Array): InventoryReading {
  if (bytes.length > MAX_FILE_BYTES) throw fileTooLarge();
  const entries = listEntries(bytes);
  const budget = new InflateBudget();
  const parts = findWorkbookParts(bytes, entries, budget);
  const book: Workbook = { bytes, entries, budget, sharedStrings: parts.sharedStrings };
  for (const sheet of REQUIRED) {
    if (!parts.sheets.has(sheet.toLowerCase())) {
      throw new InventoryError(
        "not_rvtools",
        `The workbook has no ${sheet} sheet, so it is not an RVTools export (export all tabs from RVTools to .xlsx).`,
      );
    }
  }
  const present = (Object.keys(SHEETS) as SheetName[]).filter((s) => parts.sheets.has(s.toLowerCase()));

  // Pass 1: the header rows, and the shared strings they use.
  const headerCells = new Map(present.map((s) => [s, readHeaderRow(book, parts.sheets.get(s.toLowerCase())!, s)]));
  const headerStrings = resolveSharedStrings(
    book,
    sharedIndices([...headerCells.values()].flatMap((r) => [...r.values()])),
  );
  const located = new Map<SheetName, Columns<Record<string, ColumnSpec>>>();
  for (const sheet of present) {
    const headers = new Map<number, string>();
    for (const [column, cell] of headerCells.get(sheet)!) headers.set(column, textValue(cell, headerStrings));
    const found = locateColumns(SHEETS[sheet], headers);
    if ("missing" in found) {
      const others = found.missing.names.filter((n) => n !== found.missing.label.toLowerCase());
      const also = others.length > 0 ? ` (or ${others.map((n) => `"${n}"`).join(", ")})` : "";
      const message = `The ${sheet} sheet has no "${found.missing.label}" column${also}.`;
      // vDisk and vPartition only refine warnings: without their columns they are left out, not refused.
      if (REQUIRED.includes(sheet)) throw new InventoryError("not_rvtools", message);
      continue;
    }
    located.set(sheet, found.columns);
  }
  const vHost = located.get("vHost") as Columns<typeof VHOST_COLUMNS>;
  if (vHost.coresPerCpu === undefined && vHost.cores === undefined) {
    throw new InventoryError("not_rvtools", 'The vHost sheet has neither a "Cores per CPU" nor a "# Cores" column.');
  }
  const vInfo = located.get("vInfo") as Columns<typeof VINFO_COLUMNS>;
  if (vInfo.osConfig === undefined && vInfo.osTools === undefined) {
    throw new InventoryError(
      "not_rvtools",
      'The vInfo sheet has neither "OS according to the configuration file" nor "OS according to the VMware Tools".',
    );
  }

  // Pass 2: the wanted cells of every row, then the shared strings those use.
  const read = <K extends string>(sheet: SheetName, columns: Record<K, number | undefined>, keys: K[]) =>
    readColumns(
      book,
      parts.sheets.get(sheet.toLowerCase())!,
      sheet,
      keys.map((k) => columns[k]),
    );
  const vmKeys = [
    "powerstate",
    "template",
    "srmPlaceholder",
    "datacenter",
    "cluster",
    "host",
    "osConfig",
    "osTools",
    "inUse",
    "provisioned",
  ] as const;
  const hostKeys = ["host", "datacenter", "cluster", "sockets", "coresPerCpu", "cores"] as const;
  const vmCells = read("vInfo", vInfo, [...vmKeys]);
  const hostCells = read("vHost", vHost, [...hostKeys]);
  const vDisk = located.get("vDisk") as Columns<typeof VDISK_COLUMNS> | undefined;
  const diskCells = vDisk ? read("vDisk", vDisk, ["vm", "raw", "sharing"]) : null;
  const vPartition = located.get("vPartition") as Columns<typeof VPARTITION_COLUMNS> | undefined;
  const partitionCells = vPartition ? read("vPartition", vPartition, ["consumed"]) : null;
  // A disk's VM is told apart by its cell (a shared string's index, or the text), never resolved.
  const strings = resolveSharedStrings(
    book,
    sharedIndices([...vmCells.flat(), ...hostCells.flat(), ...(diskCells ?? []).flatMap((r) => r.slice(1))]),
  );
  const text = (cell: CellValue | undefined) => (cell === undefined ? "" : textValue(cell, strings));
  const number = (cell: CellValue | undefined) => numberValue(cell, strings);

  const vms: VmRow[] = vmCells.map((r) => ({
    poweredOn: text(r[0]).toLowerCase() === "poweredon",
    template: isTrue(r[1], strings),
    srmPlaceholder: isTrue(r[2], strings),
    datacenter: text(r[3]),
    cluster: text(r[4]),
    host: text(r[5]),
    os: text(r[7]) || text(r[6]),
    inUseMiB: number(r[8]) ?? number(r[9]),
  }));
  const hosts: HostRow[] = hostCells.map((r) => ({
    host: text(r[0]),
    datacenter: text(r[1]),
    cluster: text(r[2]),
    sockets: number(r[3]),
    coresPerCpu: number(r[4]) ?? divide(number(r[5]), number(r[3])),
  }));
  const disks: DiskRow[] | null = diskCells
    ? diskCells.map((r) => ({
        vm: cellKey(r[0]),
        raw: isTrue(r[1], strings),
        shared: text(r[2]).toLowerCase().includes("multiwriter"),
      }))
    : null;
  const consumedMiB = partitionCells ? partitionCells.reduce((sum, r) => sum + (number(r[0]) ?? 0), 0) : null;
  return buildEstate({ vms, hosts, disks, consumedMiB });
}

function sharedIndices(cells: (CellValue | undefined)[]): Set<number> {
  const wanted = new Set<number>();
  for (const cell of cells) if (typeof cell === "object") wanted.add(cell.s);
  return wanted;
}

function textValue(cell: CellValue, strings: Map<number, string>): string {
  if (typeof cell === "object") return strings.get(cell.s) ?? "";
  return String(cell);
}

function numberValue(cell: CellValue | undefined, strings: Map<number, string>): number | undefined {
  if (cell === undefined) return undefined;
  if (typeof cell === "number") return cell;
  const text = textValue(cell, strings).replace(/[,\s]/g, "");
  const value = Number(text);
  return text !== "" && Number.isFinite(value) ? value : undefined;
}

function isTrue(cell: CellValue | undefined, strings: Map<number, string>): boolean {
  if (cell === undefined) return false;
  if (typeof cell === "number") return cell === 1;
  return ["true", "yes", "1"].includes(textValue(cell, strings).trim().toLowerCase());
}

function divide(total: number | undefined, by: number | undefined): number | undefined {
  return total !== undefined && by ? total / by : undefined;
}

/** Tells cells apart without reading them: a shared string by index, anything else as written. */
function cellKey(cell: CellValue | undefined): string {
  if (cell === undefined) return "";
  return typeof cell === "object" ? `s${cell.s}` : `v${String(cell)}`;
}
