// Where a workbook keeps its sheets and shared strings: the package relationships name the
// workbook part, the workbook names its sheets, and its relationships say which part holds each.
import { InventoryError } from "./inventory-error";
import { attribute, decodeXmlText } from "./xml-elements";
import { inflateEntry, type InflateBudget, type ZipEntry } from "./zip-entries";

/** The small parts (workbook, relationships) are read whole; they are a few KB in any real export. */
const MAX_SMALL_PART_BYTES = 4 * 1024 * 1024;

export interface WorkbookParts {
  /** Sheet part names by sheet name, lower-cased ("vinfo" → "xl/worksheets/sheet1.xml"). */
  sheets: Map<string, string>;
  sharedStrings: string | null;
}

export function findWorkbookParts(
  bytes: Uint8Array,
  entries: Map<string, ZipEntry>,
  budget: InflateBudget,
): WorkbookParts {
  const packageRels = readSmallPart(bytes, entries, "_rels/.rels", budget);
  const workbookTarget = packageRels
    ? relationships(packageRels).find((r) => r.type.endsWith("/officeDocument"))?.target
    : undefined;
  const workbookPath = resolvePath("", workbookTarget ?? "xl/workbook.xml");
  const workbook = readSmallPart(bytes, entries, workbookPath, budget);
  if (workbook === null) {
    throw new InventoryError(
      "wrong_type",
      "The file is a zip archive but not an Excel workbook (it has no workbook part).",
    );
  }
  const folder = workbookPath.includes("/") ? workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1) : "";
  const relsPath = `${folder}_rels/${workbookPath.slice(folder.length)}.rels`;
  const links = relationships(readSmallPart(bytes, entries, relsPath, budget) ?? "");
  const byId = new Map(links.map((r) => [r.id, resolvePath(folder, r.target)]));
  const sheets = new Map<string, string>();
  for (const match of workbook.matchAll(/<(?:[\w.-]+:)?sheet\s([^>]*?)\/?>/g)) {
    const attributes = ` ${match[1]}`;
    const name = attribute(attributes, "name");
    const id = /\s[\w.-]+:id=["']([^"']*)["']/.exec(attributes)?.[1];
    const part = id === undefined ? undefined : byId.get(id);
    if (name !== undefined && part !== undefined) sheets.set(decodeXmlText(name).trim().toLowerCase(), part);
  }
  const shared = links.find((r) => r.type.endsWith("/sharedStrings"));
  const sharedPath = shared ? resolvePath(folder, shared.target) : `${folder}sharedStrings.xml`;
  return { sheets, sharedStrings: entries.has(sharedPath) ? sharedPath : null };
}

function readSmallPart(
  bytes: Uint8Array,
  entries: Map<string, ZipEntry>,
  name: string,
  budget: InflateBudget,
): string | null {
  const entry = entries.get(name);
  if (!entry) return null;
  const pieces: Uint8Array[] = [];
  let size = 0;
  inflateEntry(bytes, entry, budget, (piece) => {
    size += piece.length;
    if (size > MAX_SMALL_PART_BYTES) {
      throw new InventoryError("too_large", `The part ${name} is larger than a workbook's index can be.`);
    }
    pieces.push(piece.slice());
  });
  const joined = new Uint8Array(size);
  let at = 0;
  for (const piece of pieces) {
    joined.set(piece, at);
    at += piece.length;
  }
  return new TextDecoder().decode(joined);
}

function relationships(xml: string): { id: string; type: string; target: string }[] {
  const found: { id: string; type: string; target: string }[] = [];
  for (const match of xml.matchAll(/<(?:[\w.-]+:)?Relationship\s([^>]*?)\/?>/g)) {
    const attributes = ` ${match[1]}`;
    const id = attribute(attributes, "Id");
    const type = attribute(attributes, "Type");
    const target = attribute(attributes, "Target");
    if (id && type && target) found.push({ id, type, target: decodeXmlText(target) });
  }
  return found;
}

/** A relationship's target as a part name: absolute ("/xl/x.xml") or relative to the source's folder. */
function resolvePath(folder: string, target: string): string {
  const joined = target.startsWith("/") ? target.slice(1) : `${folder}${target}`;
  const parts: string[] = [];
  for (const segment of joined.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}
