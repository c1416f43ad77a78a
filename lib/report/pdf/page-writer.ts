// The report's page writer over PDFKit: a cursor down the page, paragraphs that continue on the next
// page line by line, headings that never sit alone at a page's foot, and tables whose rows never
// split and whose header repeats on each page they cross. Every string goes through fontRuns, so any
// character prints with a font that has it (fonts.ts) and text stays selectable and searchable.
import "server-only";
import type PDFDocument from "pdfkit";
import { fontRuns, reportFonts, type ReportFonts, type Weight } from "./fonts";
import { wrapText, type TextLine } from "./text-layout";

export const INK = "#1b2128";
export const MUTED = "#56606b";
export const RULE = "#d3d9e0";
export const SHADE = "#f2f4f7";
export const ACCENT = "#1d5a9e";
export const TODAY = "#a34d12";

export interface TextStyle {
  size: number;
  weight?: Weight;
  color?: string;
  /** Extra points between lines. */
  gap?: number;
  align?: "left" | "right";
  maxLines?: number;
}

export interface Column {
  header: string;
  /** Share of the table's width. */
  width: number;
  align?: "left" | "right";
  weight?: Weight;
}

type Doc = InstanceType<typeof PDFDocument>;

const LINE_HEIGHT = 1.32;
/** Tables up to this many points tall are never split across pages. */
const SHORT_TABLE = 200;

/**
 * OpenType features PDFKit's shaper applies by default, all off but kerning in headings: Inter's
 * contextual alternates, ligatures and kerning pairs cost most of a report's drawing time (about a
 * second for twelve pages) and change nothing a reader of tables and prose at 7–10 pt would miss.
 * Measuring and drawing use the same set, so widths stay exact.
 */
const SHAPING = ["calt", "ccmp", "locl", "mark", "mkmk", "rlig", "clig", "liga", "rclt", "curs"];
const features = (kern: boolean) =>
  Object.fromEntries([
    ...SHAPING.map((tag) => [tag, false]),
    ["kern", kern],
  ]) as unknown as PDFKit.Mixins.OpenTypeFeatures[];
const PLAIN = features(false);
const KERNED = features(true);
const KERNED_FROM = 12;
const featuresFor = (size: number) => (size >= KERNED_FROM ? KERNED : PLAIN);

export class PageWriter {
  readonly fonts: ReportFonts = reportFonts();
  y: number;

  constructor(readonly doc: Doc) {
    this.y = doc.page.margins.top;
  }

  get left() {
    return this.doc.page.margins.left;
  }
  get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.doc.page.margins.top;
  }

  /** A new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  space(points: number): void {
    this.y = Math.min(this.y + points, this.bottom);
  }

  /** Widths by font, size and text: tables measure the same words many times. */
  private readonly widths = new Map<string, number>();

  measure(text: string, style: TextStyle): number {
    const key = `${style.weight ?? "regular"}|${style.size}|${text}`;
    const known = this.widths.get(key);
    if (known !== undefined) return known;
    let width = 0;
    for (const run of fontRuns(this.fonts, text, style.weight ?? "regular")) {
      if (style.size >= KERNED_FROM)
        width += this.doc.font(run.font).fontSize(style.size).widthOfString(run.text, { features: KERNED });
      // Unkerned and unshaped, a run is as wide as its glyphs' advances: no need to ask the shaper.
      else for (const char of run.text) width += this.fonts.advance(run.font, char) * style.size;
    }
    this.widths.set(key, width);
    return width;
  }

  lineHeight(style: TextStyle): number {
    return style.size * LINE_HEIGHT + (style.gap ?? 0);
  }

  lines(text: string, width: number, style: TextStyle): TextLine[] {
    return wrapText(text, width, (t) => this.measure(t, style), style.maxLines);
  }

  /** Draws one laid-out line with its top at y. */
  drawLine(line: TextLine, x: number, y: number, width: number, style: TextStyle, link?: string): void {
    let at = style.align === "right" ? x + width - line.width : x;
    this.doc.fillColor(style.color ?? INK);
    for (const run of fontRuns(this.fonts, line.text, style.weight ?? "regular")) {
      this.doc
        .font(run.font)
        .fontSize(style.size)
        .text(run.text, at, y, { lineBreak: false, features: featuresFor(style.size) });
      at += this.measure(run.text, style);
    }
    if (link) this.doc.link(x, y, line.width, style.size * LINE_HEIGHT, link);
  }

  /** A paragraph at the cursor, continuing on the next page when it reaches the foot. */
  paragraph(text: string, style: TextStyle, options: { indent?: number; after?: number; link?: string } = {}): void {
    const x = this.left + (options.indent ?? 0);
    const width = this.width - (options.indent ?? 0);
    const height = this.lineHeight(style);
    for (const line of this.lines(text, width, style)) {
      this.ensure(height);
      this.drawLine(line, x, this.y, width, style, options.link);
      this.y += height;
    }
    this.space(options.after ?? 6);
  }

  /** Height `text` takes at `width`. */
  heightOf(text: string, width: number, style: TextStyle): number {
    return this.lines(text, width, style).length * this.lineHeight(style);
  }

  /**
   * A major section: on a new page, unless this page holds only the last lines of the one before
   * (a page a quarter full would otherwise be left almost empty).
   */
  section(title: string): void {
    const used = this.y - this.doc.page.margins.top;
    if (used > (this.bottom - this.doc.page.margins.top) / 4) this.newPage();
    else if (used > 0) this.space(18);
    this.heading(title, 1);
  }

  /** A section heading kept with at least `keep` points of what follows it. */
  heading(text: string, level: 1 | 2 | 3, keep = 72): void {
    const style: TextStyle =
      level === 1
        ? { size: 15, weight: "bold" }
        : level === 2
          ? { size: 11.5, weight: "bold" }
          : { size: 9.5, weight: "bold" };
    const before = level === 1 ? 16 : level === 2 ? 10 : 6;
    const height = this.heightOf(text, this.width, style);
    if (this.y + before + height + keep > this.bottom) this.newPage();
    else if (this.y > this.doc.page.margins.top) this.space(before);
    this.paragraph(text, style, { after: level === 1 ? 8 : 4 });
  }

  rule(color = RULE): void {
    this.doc
      .moveTo(this.left, this.y)
      .lineTo(this.left + this.width, this.y)
      .lineWidth(0.6)
      .strokeColor(color)
      .stroke();
    this.space(8);
  }

  /** A table whose rows never split; the header repeats at the top of each page the table crosses. */
  table(
    columns: Column[],
    rows: string[][],
    options: {
      size?: number;
      links?: (string | null)[][];
      /** Last rows that are totals, in bold. */ totals?: number;
    } = {},
  ): void {
    const size = options.size ?? 8;
    const pad = 3;
    const widths = columns.map((c) => c.width * this.width);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const firstTotal = rows.length - (options.totals ?? 0);
    const cellStyle = (c: Column, header = false, total = false): TextStyle => ({
      size: header ? size - 0.5 : size,
      weight: header || total ? "bold" : (c.weight ?? "regular"),
      color: header ? MUTED : INK,
      align: c.align,
    });
    const layout = (cells: string[], header = false, total = false) => {
      const styles = columns.map((c) => cellStyle(c, header, total));
      const laid = cells.map((cell, i) => this.lines(cell, widths[i]! - 2 * pad, styles[i]!));
      const height = Math.max(...laid.map((l, i) => l.length * this.lineHeight(styles[i]!))) + 2 * pad;
      return { laid, height, styles };
    };
    const header = layout(
      columns.map((c) => c.header),
      true,
    );
    const drawRow = (row: ReturnType<typeof layout>, isHeader: boolean, shade: boolean, links?: (string | null)[]) => {
      if (shade) this.doc.rect(this.left, this.y, this.width, row.height).fill(SHADE);
      row.laid.forEach((lines, i) => {
        const style = row.styles[i]!;
        lines.forEach((line, n) =>
          this.drawLine(
            line,
            xs[i]! + pad,
            this.y + pad + n * this.lineHeight(style),
            widths[i]! - 2 * pad,
            style,
            links?.[i] ?? undefined,
          ),
        );
      });
      this.y += row.height;
      if (isHeader) {
        this.doc
          .moveTo(this.left, this.y)
          .lineTo(this.left + this.width, this.y)
          .lineWidth(0.6)
          .strokeColor(RULE)
          .stroke();
      }
    };
    const laidRows = rows.map((cells, index) => layout(cells, false, index >= firstTotal));
    // A short table moves whole to the next page rather than leave its last rows (or its total) alone.
    const whole = header.height + laidRows.reduce((sum, row) => sum + row.height, 0);
    this.ensure(whole <= SHORT_TABLE ? whole : header.height + (laidRows[0]?.height ?? 0));
    drawRow(header, true, false);
    laidRows.forEach((row, index) => {
      if (this.y + row.height > this.bottom) {
        this.newPage();
        drawRow(header, true, false);
      }
      drawRow(row, false, index % 2 === 1, options.links?.[index]);
    });
    this.space(8);
  }

  /** Footers on every page: the title and "page n of N" (needs bufferPages). */
  footers(left: string): void {
    const range = this.doc.bufferedPageRange();
    const style: TextStyle = { size: 7.5, color: MUTED };
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const bottom = this.doc.page.margins.bottom;
      // Text below the bottom margin would make PDFKit start a page: draw the footer inside a zero margin.
      this.doc.page.margins.bottom = 0;
      const y = this.doc.page.height - bottom + 14;
      const right = `Page ${i + 1} of ${range.count}`;
      const rightWidth = this.measure(right, style);
      const [line] = this.lines(left, this.width - rightWidth - 24, { ...style, maxLines: 1 });
      if (line) this.drawLine(line, this.left, y, this.width, style);
      this.drawLine({ text: right, width: rightWidth }, this.left, y, this.width, { ...style, align: "right" });
      this.doc.page.margins.bottom = bottom;
    }
  }
}
