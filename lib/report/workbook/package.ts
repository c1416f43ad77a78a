// The .xlsx around the sheets: an Office Open XML package (a zip) of content types, relationships,
// the workbook part, styles and document properties. Only what Excel, LibreOffice and the previewers
// need to open it, and to recalculate every formula as it opens.
import { strToU8, zipSync, type Zippable } from "fflate";
import { NS_MAIN, NS_PACKAGE_REL, NS_REL, XML_DECLARATION } from "./namespaces";
import { STYLES_XML } from "./styles";
import { xmlText } from "./xml";

export interface WorksheetPart {
  name: string;
  xml(): string;
}

export interface DocumentProperties {
  /** May hold anyone's text (a recommendation's name): escaped like a cell's. */
  title: string;
  /** ISO 8601; also the parts' zip dates, so the same recommendation gives the same bytes. */
  created: string | null;
  modified: string | null;
}

const CONTENT_TYPE = "application/vnd.openxmlformats-officedocument";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** W3CDTF as Office writes it: whole seconds, UTC. */
const w3cdtf = (iso: string | null) => {
  const time = iso === null ? NaN : Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
};

function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CONTENT_TYPE}.spreadsheetml.worksheet+xml"/>`,
  );
  return [
    XML_DECLARATION,
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
    `<Default Extension="rels" ContentType="${CONTENT_TYPE}.package.relationships+xml"/>`,
    '<Default Extension="xml" ContentType="application/xml"/>',
    `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT_TYPE}.spreadsheetml.sheet.main+xml"/>`,
    ...sheets,
    `<Override PartName="/xl/styles.xml" ContentType="${CONTENT_TYPE}.spreadsheetml.styles+xml"/>`,
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    "</Types>",
  ].join("");
}

function coreProperties({ title, created, modified }: DocumentProperties): string {
  const date = (element: string, iso: string | null) =>
    iso === null ? "" : `<dcterms:${element} xsi:type="dcterms:W3CDTF">${iso}</dcterms:${element}>`;
  return [
    XML_DECLARATION,
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${xmlText(title)}</dc:title>`,
    "<dc:creator>Hypervisor Advisor</dc:creator>",
    date("created", w3cdtf(created)),
    date("modified", w3cdtf(modified)),
    "</cp:coreProperties>",
  ].join("");
}

function workbook(sheets: readonly WorksheetPart[]): string {
  const entries = sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  return [
    XML_DECLARATION,
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`,
    '<bookViews><workbookView activeTab="0"/></bookViews>',
    `<sheets>${entries.join("")}</sheets>`,
    // The cached values are ours; the spreadsheet's own figures replace them as it opens.
    '<calcPr calcId="191029" fullCalcOnLoad="1"/>',
    "</workbook>",
  ].join("");
}

function workbookRelationships(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_TYPE}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  return [
    XML_DECLARATION,
    `<Relationships xmlns="${NS_PACKAGE_REL}">`,
    ...sheets,
    `<Relationship Id="rId${sheetCount + 1}" Type="${REL_TYPE}/styles" Target="styles.xml"/>`,
    "</Relationships>",
  ].join("");
}

const PACKAGE_RELATIONSHIPS = [
  XML_DECLARATION,
  `<Relationships xmlns="${NS_PACKAGE_REL}">`,
  `<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.xml"/>`,
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>',
  "</Relationships>",
].join("");

/** The zip's dates: the recommendation's, or a fixed one (zip dates start in 1980). */
const zipDate = (iso: string | null) => new Date(w3cdtf(iso) ?? "1980-01-01T00:00:00Z");

/** The whole .xlsx, sheets in tab order. */
export function packageWorkbook(sheets: readonly WorksheetPart[], properties: DocumentProperties): Uint8Array {
  const parts: Zippable = {
    "[Content_Types].xml": strToU8(contentTypes(sheets.length)),
    "_rels/.rels": strToU8(PACKAGE_RELATIONSHIPS),
    "docProps/core.xml": strToU8(coreProperties(properties)),
    "xl/workbook.xml": strToU8(workbook(sheets)),
    "xl/_rels/workbook.xml.rels": strToU8(workbookRelationships(sheets.length)),
    "xl/styles.xml": strToU8(STYLES_XML),
  };
  sheets.forEach((sheet, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheet.xml())));
  return zipSync(parts, { level: 6, mtime: zipDate(properties.modified ?? properties.created) });
}
