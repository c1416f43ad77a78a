// The workbook's few cell formats, by name, and the styles part that defines them. A cell names its
// format; the index into cellXfs is this file's business alone.
import { XML_DECLARATION, NS_MAIN } from "./namespaces";

/** Built-in number formats every reader knows: #,##0.00 and 0.00%. */
const MONEY = 4;
const PERCENT = 10;
/** Unit prices may be unrounded (a month of a yearly price): two to four decimals, so the product shows. */
const PRICE = 164;

/** Order is the cellXfs order: a style's index is its place here. */
const FORMATS = [
  { name: "plain", numFmt: 0, bold: false },
  { name: "bold", numFmt: 0, bold: true },
  { name: "money", numFmt: MONEY, bold: false },
  { name: "moneyBold", numFmt: MONEY, bold: true },
  { name: "price", numFmt: PRICE, bold: false },
  { name: "percent", numFmt: PERCENT, bold: false },
] as const;

export type Style = (typeof FORMATS)[number]["name"];

/** The bold face of a style, for header and subtotal rows. */
export const BOLD: Record<Style, Style> = {
  plain: "bold",
  bold: "bold",
  money: "moneyBold",
  moneyBold: "moneyBold",
  price: "price",
  percent: "percent",
};

export const styleIndex = (style: Style): number => FORMATS.findIndex((f) => f.name === style);

export const STYLES_XML = [
  XML_DECLARATION,
  `<styleSheet xmlns="${NS_MAIN}">`,
  `<numFmts count="1"><numFmt numFmtId="${PRICE}" formatCode="#,##0.00##"/></numFmts>`,
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>',
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
  `<cellXfs count="${FORMATS.length}">`,
  ...FORMATS.map(
    (f) =>
      `<xf numFmtId="${f.numFmt}" fontId="${f.bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"` +
      `${f.numFmt ? ' applyNumberFormat="1"' : ""}${f.bold ? ' applyFont="1"' : ""}/>`,
  ),
  "</cellXfs>",
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
  "</styleSheet>",
].join("");
