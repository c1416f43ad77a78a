// Files an inventory reader must refuse, each cheaply and for one stated reason: a zip bomb whose sizes
// lie, a file over the size limit, files of other types, workbooks that are not RVTools exports, broken zips.
import { Deflate, deflateSync, strToU8, zipSync, zlibSync } from "fflate";
import { MAX_ENTRY_INFLATED_BYTES, MAX_FILE_BYTES, MAX_ROWS_PER_SHEET } from "@/lib/inventory/limits";
import { buildRvtoolsParts, THREE_CLUSTERS, writeRvtoolsExport, zipParts, type ExportSpec } from "./rvtools-export";

const MIB = 1024 * 1024;
/** What the bomb's local header and central directory claim vInfo inflates to. */
export const ZIP_BOMB_DECLARED_BYTES = 64 * 1024;
/** What it really inflates to: one MiB past the limit, and then some (the sheet's start). */
export const ZIP_BOMB_INFLATED_MIB = MAX_ENTRY_INFLATED_BYTES / MIB + 1;

// ---------------------------------------------------------------------------------------------------------
// A zip container written by hand, so sizes, CRCs and flags can say what a test needs them to say.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

interface ZipEntry {
  name: string;
  /** Deflated bytes (method 8). */
  data: Uint8Array;
  crc: number;
  /** The uncompressed size written in both headers: the truth, or not. */
  declaredSize: number;
  /** General-purpose bit flag: bit 0 says "encrypted". */
  flags?: number;
}

const deflatedEntry = (name: string, bytes: Uint8Array, flags = 0): ZipEntry => ({
  name,
  data: deflateSync(bytes, { level: 6 }),
  crc: crc32(bytes),
  declaredSize: bytes.length,
  flags,
});

/** 2026-01-05 09:30 as MS-DOS time and date. */
const DOS_TIME = (9 << 11) | (30 << 5);
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 5;

function writeZip(entries: ZipEntry[]): Uint8Array {
  const names = entries.map((e) => strToU8(e.name));
  const localSize = entries.reduce((sum, e, i) => sum + 30 + names[i]!.length + e.data.length, 0);
  const centralSize = names.reduce((sum, name) => sum + 46 + name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, e.flags ?? 0, true);
    view.setUint16(at + 8, 8, true);
    view.setUint16(at + 10, DOS_TIME, true);
    view.setUint16(at + 12, DOS_DATE, true);
    view.setUint32(at + 14, e.crc, true);
    view.setUint32(at + 18, e.data.length, true);
    view.setUint32(at + 22, e.declaredSize, true);
    view.setUint16(at + 26, names[i]!.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(names[i]!, at + 30);
    out.set(e.data, at + 30 + names[i]!.length);
    at += 30 + names[i]!.length + e.data.length;
  });
  const centralStart = at;
  entries.forEach((e, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, e.flags ?? 0, true);
    view.setUint16(at + 10, 8, true);
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    view.setUint32(at + 16, e.crc, true);
    view.setUint32(at + 20, e.data.length, true);
    view.setUint32(at + 24, e.declaredSize, true);
    view.setUint16(at + 28, names[i]!.length, true);
    // extra length, comment length, disk, internal and external attributes: 0
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(names[i]!, at + 46);
    at += 46 + names[i]!.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The zip bomb.

/** A deflate stream that ends on a byte boundary without a final block, so copies of it can be concatenated. */
function syncFlushed(bytes: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  const stream = new Deflate({ level: 9 }, (chunk) => chunks.push(chunk.slice()));
  stream.push(bytes);
  stream.flush(true);
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  chunks.reduce((at, c) => (out.set(c, at), at + c.length), 0);
  return out;
}

/** Bytes as non-final stored blocks (BTYPE=00): byte-aligned by construction. */
function storedBlocks(bytes: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(bytes.length / 65_535));
  const out = new Uint8Array(bytes.length + blocks * 5);
  let at = 0;
  for (let from = 0; from < bytes.length || at === 0; from += 65_535) {
    const piece = bytes.subarray(from, from + 65_535);
    out.set([0x00, piece.length & 0xff, piece.length >> 8, ~piece.length & 0xff, (~piece.length >> 8) & 0xff], at);
    out.set(piece, at + 5);
    at += 5 + piece.length;
  }
  return out;
}

/** A final, empty fixed-Huffman block: BFINAL=1, BTYPE=01, end-of-block. */
const FINAL_EMPTY_BLOCK = Uint8Array.of(0x03, 0x00);

let bombSheet: { data: Uint8Array; inflated: number } | undefined;

/**
 * vInfo's real start (declaration, header row) followed by ZIP_BOMB_INFLATED_MIB MiB of spaces, which are
 * whitespace inside <sheetData>: a streaming parser keeps going until the inflate limit stops it. Built as
 * the start in stored blocks, fflate's sync-flushed deflate of one MiB of spaces copied 257 times (each copy
 * refers only to itself), and a final empty block: about 270 KB, built in milliseconds. (fflate 0.8.3's
 * sync flush of the short XML start came out corrupt, hence stored blocks there.)
 */
function bombSheetData(start: Uint8Array): { data: Uint8Array; inflated: number } {
  if (bombSheet) return bombSheet;
  const head = storedBlocks(start);
  const mib = syncFlushed(new Uint8Array(MIB).fill(0x20));
  const data = new Uint8Array(head.length + mib.length * ZIP_BOMB_INFLATED_MIB + FINAL_EMPTY_BLOCK.length);
  data.set(head);
  for (let k = 0; k < ZIP_BOMB_INFLATED_MIB; k++) data.set(mib, head.length + k * mib.length);
  data.set(FINAL_EMPTY_BLOCK, data.length - FINAL_EMPTY_BLOCK.length);
  bombSheet = { data, inflated: start.length + ZIP_BOMB_INFLATED_MIB * MIB };
  return bombSheet;
}

const bombs = new Map<string, Uint8Array>();

/**
 * An export whose vInfo part inflates past MAX_ENTRY_INFLATED_BYTES while its local header and central
 * directory claim ZIP_BOMB_DECLARED_BYTES (its CRC is made up too: the limit must trip first).
 * `honest: true` declares the true inflated size instead, which a reader can refuse before inflating.
 */
export function zipBombXlsx({ honest = false }: { honest?: boolean } = {}): Uint8Array {
  const key = honest ? "honest" : "lying";
  const cached = bombs.get(key);
  if (cached) return cached;
  const { parts, sheetPaths } = buildRvtoolsParts(THREE_CLUSTERS);
  const vInfo = sheetPaths.vInfo!;
  const sheet = parts[vInfo]!;
  const headerEnd = indexOf(sheet, strToU8("</row>")) + "</row>".length;
  const bomb = bombSheetData(sheet.subarray(0, headerEnd));
  const entries = Object.entries(parts).map(([name, bytes]) =>
    name === vInfo
      ? { name, data: bomb.data, crc: 0x0badf00d, declaredSize: honest ? bomb.inflated : ZIP_BOMB_DECLARED_BYTES }
      : deflatedEntry(name, bytes),
  );
  const zip = writeZip(entries);
  bombs.set(key, zip);
  return zip;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------------------
// The others.

/** A real export's bytes at the start (a zip local header), zeros after, one byte over MAX_FILE_BYTES. */
export function oversizedXlsx(): Uint8Array {
  const bytes = new Uint8Array(MAX_FILE_BYTES + 1);
  bytes.set(writeRvtoolsExport(THREE_CLUSTERS));
  return bytes;
}

/** vInfo saved as CSV and renamed .xlsx. */
export function csvRenamedXlsx(): Uint8Array {
  return strToU8(
    [
      "VM,Powerstate,Template,CPUs,Memory,In Use MiB,Cluster,Host,OS according to the configuration file",
      'sql-srv-0001,poweredOn,False,8,32768,200000,SQL,esx-sql-01.corp.example,"Microsoft Windows Server 2019 (64-bit)"',
      "edge-lnx-0001,poweredOff,False,2,8192,30000,EDGE,esx-edge-01.corp.example,Ubuntu Linux (64-bit)",
      "",
    ].join("\r\n"),
  );
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const body = new Uint8Array(4 + data.length);
  body.set(strToU8(type));
  body.set(data, 4);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(body, 4);
  view.setUint32(8 + data.length, crc32(body));
  return chunk;
}

/** A valid 1×1 grey PNG (a screenshot dropped on the import). */
export function pngFile(): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, 1);
  view.setUint32(4, 1);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, deflate, no filter, no interlace
  const parts = [
    Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
    pngChunk("IHDR", header),
    pngChunk("IDAT", zlibSync(Uint8Array.of(0, 0x80))),
    pngChunk("IEND", new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

/**
 * An OLE compound file, which is what a password-protected .xlsx (and an old .xls) is: the signature
 * D0 CF 11 E0 A1 B1 1A E1, a version-3 header, and a directory naming EncryptionInfo and EncryptedPackage.
 */
export function oleCompoundFile(): Uint8Array {
  const out = new Uint8Array(512 * 4);
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(24, 0x003e, true); // minor version
  view.setUint16(26, 0x0003, true); // major version 3: 512-byte sectors
  view.setUint16(28, 0xfffe, true); // byte order mark
  view.setUint16(30, 9, true); // sector shift
  view.setUint16(32, 6, true); // mini sector shift
  view.setUint32(44, 1, true); // FAT sectors
  view.setUint32(48, 1, true); // first directory sector
  view.setUint32(56, 4096, true); // mini stream cutoff
  view.setUint32(60, 0xfffffffe, true); // no mini FAT
  view.setUint32(68, 0xfffffffe, true); // no DIFAT sectors
  out.fill(0xff, 76, 512);
  view.setUint32(76, 0, true); // the FAT is sector 0
  const directory = 512 * 2;
  ["Root Entry", "EncryptionInfo", "EncryptedPackage"].forEach((name, i) => {
    const at = directory + i * 128;
    for (let k = 0; k < name.length; k++) view.setUint16(at + k * 2, name.charCodeAt(k), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    out[at + 66] = i === 0 ? 5 : 2; // root storage, or stream
  });
  return out;
}

/** A zip that holds no workbook (no xl/workbook.xml): an archive of exported CSVs. */
export function zipWithoutWorkbook(): Uint8Array {
  return zipSync({
    "readme.txt": strToU8("RVTools CSV export, one file per tab.\r\n"),
    "csv/vInfo.csv": csvRenamedXlsx(),
  });
}

const tweaked = (spec: ExportSpec, tweaks: Parameters<typeof buildRvtoolsParts>[1]) =>
  zipParts(buildRvtoolsParts(spec, tweaks).parts);

/** A workbook with vHost and the others, but no vInfo tab. */
export const xlsxWithoutVInfo = () => tweaked(THREE_CLUSTERS, { omitSheets: ["vInfo"] });

/** vInfo without its "Cluster" column (every other column there). */
export const xlsxWithoutClusterColumn = () => tweaked(THREE_CLUSTERS, { omitColumns: { vInfo: ["Cluster"] } });

/** vHost without its "# CPU" column (sockets), every other column there. */
export const xlsxWithoutCpuColumn = () => tweaked(THREE_CLUSTERS, { omitColumns: { vHost: ["# CPU"] } });

let tooManyRows: Uint8Array | undefined;

/**
 * vInfo with MAX_ROWS_PER_SHEET + 1 tiny rows (a number in column A) below a small estate's data: about
 * 25 MB inflated, well under MAX_ENTRY_INFLATED_BYTES, and a few MB deflated.
 */
export function xlsxWithTooManyRows(): Uint8Array {
  const spec: ExportSpec = { clusters: [THREE_CLUSTERS.clusters[2]!] };
  tooManyRows ??= tweaked(spec, { fillerRows: MAX_ROWS_PER_SHEET + 1 });
  return tooManyRows;
}

/** A valid export whose every entry has the encrypted flag (general-purpose bit 0) set, in both headers. */
export function zipWithEncryptedEntries(): Uint8Array {
  const { parts } = buildRvtoolsParts(THREE_CLUSTERS);
  return writeZip(Object.entries(parts).map(([name, bytes]) => deflatedEntry(name, bytes, 1)));
}

/** The first half of a valid export: no central directory. */
export function truncatedXlsx(): Uint8Array {
  const whole = writeRvtoolsExport(THREE_CLUSTERS);
  return whole.slice(0, Math.floor(whole.length / 2));
}

/** Every hostile file by name (for scripts/make-rvtools-export.ts), and what is wrong with it. */
export const HOSTILE_FILES: Record<string, { build: () => Uint8Array; problem: string }> = {
  "zip-bomb": { build: () => zipBombXlsx(), problem: "vInfo inflates past the entry limit; its sizes say 64 KiB" },
  "zip-bomb-honest": { build: () => zipBombXlsx({ honest: true }), problem: "vInfo declares a size past the limit" },
  oversized: { build: oversizedXlsx, problem: "one byte over MAX_FILE_BYTES" },
  csv: { build: csvRenamedXlsx, problem: "CSV text renamed .xlsx" },
  png: { build: pngFile, problem: "a PNG image" },
  ole: { build: oleCompoundFile, problem: "an OLE compound file (encrypted .xlsx or old .xls)" },
  "not-a-workbook": { build: zipWithoutWorkbook, problem: "a zip without xl/workbook.xml" },
  "no-vinfo": { build: xlsxWithoutVInfo, problem: "no vInfo sheet" },
  "no-cluster-column": { build: xlsxWithoutClusterColumn, problem: 'vInfo has no "Cluster" column' },
  "no-cpu-column": { build: xlsxWithoutCpuColumn, problem: 'vHost has no "# CPU" column' },
  "too-many-rows": { build: xlsxWithTooManyRows, problem: "vInfo has more rows than MAX_ROWS_PER_SHEET" },
  encrypted: { build: zipWithEncryptedEntries, problem: "zip entries flagged as encrypted" },
  truncated: { build: truncatedXlsx, problem: "the first half of an export" },
};
