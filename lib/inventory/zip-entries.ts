// The parts of a zip archive (an .xlsx is one), read from its central directory, and each part
// inflated in bounded steps: declared sizes can lie, so bytes are counted as they come out and the
// reading stops at the limit, whatever the archive claims. Stored and deflated parts only.
import { Inflate } from "fflate";
import { InventoryError } from "./inventory-error";
import { MAX_ENTRY_INFLATED_BYTES, MAX_TOTAL_INFLATED_BYTES } from "./limits";

export interface ZipEntry {
  name: string;
  method: number;
  /** What the archive says the part inflates to: refused at once when over the limit, never trusted below it. */
  declaredSize: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
/** Compressed bytes handed to the inflater at a time: at most ~1,032× that (33 MiB) comes out of one step. */
const STEP_BYTES = 32 * 1024;

const notXlsx = (why: string) => new InventoryError("wrong_type", `The file is not an .xlsx workbook: ${why}.`);

/** The archive's parts by name; refuses what is not a zip, or a zip this reader cannot open safely. */
export function listEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  try {
    return readDirectory(bytes);
  } catch (error) {
    // A field that points past the end of the file: the directory is damaged, whatever it claims.
    if (error instanceof RangeError) throw notXlsx("its zip directory is damaged");
    throw error;
  }
}

function readDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== LOCAL_HEADER) throw notXlsx(describeStart(bytes));
  const end = findEndOfDirectory(view);
  if (end < 0) throw notXlsx("its zip directory is missing (the file may be cut short)");
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_HEADER) {
      throw notXlsx("its zip directory is damaged");
    }
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    let compressedSize = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    let localHeaderOffset = view.getUint32(offset + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    if (compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      const sizes = { uncompressed: view.getUint32(offset + 24, true), compressedSize, localHeaderOffset };
      ({ compressedSize, localHeaderOffset } = readZip64Extra(view, offset + 46 + nameLength, extraLength, sizes));
    }
    if (flags & 1) throw notXlsx("it is encrypted (password-protected); export it again without a password");
    const declared = view.getUint32(offset + 24, true);
    const declaredSize = declared === 0xffffffff ? 0 : declared; // ZIP64: in the extra field, and not trusted anyway
    entries.set(name.replace(/^\/+/, ""), { name, method, declaredSize, compressedSize, localHeaderOffset });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Spends inflated bytes against the limits of one part and of the whole file. */
export class InflateBudget {
  private total = 0;
  spend(bytes: number, entryBytes: number, part: string): void {
    this.total += bytes;
    if (entryBytes > MAX_ENTRY_INFLATED_BYTES) {
      throw new InventoryError(
        "too_large",
        `The part ${part} inflates beyond the ${MAX_ENTRY_INFLATED_BYTES / 1024 / 1024} MiB limit for one part of a workbook.`,
      );
    }
    if (this.total > MAX_TOTAL_INFLATED_BYTES) {
      throw new InventoryError(
        "too_large",
        `The workbook inflates beyond the ${MAX_TOTAL_INFLATED_BYTES / 1024 / 1024} MiB limit for the sheets read.`,
      );
    }
  }
}

/**
 * Inflates one part, handing each piece to `onData` as it comes out; `onData` returns false to stop
 * early (e.g. once a sheet's header row is read). Throws when the part is over its limits.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  onData: (piece: Uint8Array) => boolean | void,
): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER)
    throw notXlsx(`its part ${entry.name} is damaged`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw notXlsx("it is cut short");
  if (entry.declaredSize > MAX_ENTRY_INFLATED_BYTES) budget.spend(0, entry.declaredSize, entry.name);
  let produced = 0;
  let stopped = false;
  const take = (piece: Uint8Array) => {
    if (stopped || piece.length === 0) return;
    produced += piece.length;
    budget.spend(piece.length, produced, entry.name);
    if (onData(piece) === false) stopped = true;
  };
  if (entry.method === 0) {
    for (let from = start; from < end && !stopped; from += STEP_BYTES)
      take(bytes.subarray(from, Math.min(end, from + STEP_BYTES)));
    return;
  }
  if (entry.method !== 8) throw notXlsx(`its part ${entry.name} uses a compression method other than deflate`);
  const inflater = new Inflate((piece) => take(piece));
  try {
    for (let from = start; from < end && !stopped; from += STEP_BYTES) {
      const to = Math.min(end, from + STEP_BYTES);
      inflater.push(bytes.subarray(from, to), to === end);
    }
  } catch (error) {
    if (error instanceof InventoryError) throw error;
    throw notXlsx(`its part ${entry.name} does not inflate (the file is damaged)`);
  }
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

/** ZIP64 keeps, in order, only the sizes and offset its 32-bit fields could not hold (APPNOTE 4.5.3). */
function readZip64Extra(
  view: DataView,
  from: number,
  length: number,
  sizes: { uncompressed: number; compressedSize: number; localHeaderOffset: number },
) {
  const MAX = 0xffffffff;
  let { compressedSize, localHeaderOffset } = sizes;
  for (let at = from; at + 4 <= from + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      const next = () => {
        const value = field + 8 <= at + 4 + size ? Number(view.getBigUint64(field, true)) : MAX;
        field += 8;
        return value;
      };
      if (sizes.uncompressed === MAX) next();
      if (compressedSize === MAX) compressedSize = next();
      if (localHeaderOffset === MAX) localHeaderOffset = next();
      break;
    }
    at += 4 + size;
  }
  return { compressedSize, localHeaderOffset };
}

/** What the file looks like instead, for the message: a user who picked the wrong file learns which. */
function describeStart(bytes: Uint8Array): string {
  const hex = Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, "0")).join("");
  if (hex === "d0cf11e0")
    return "it is an older .xls workbook or a password-protected one; save it as .xlsx without a password";
  if (hex === "89504e47") return "it is a PNG image";
  if (hex === "25504446") return "it is a PDF document";
  if (bytes.length === 0) return "it is empty";
  return "it does not start as a zip archive (is it a CSV or text file renamed?)";
}
