// Spreadsheet XML read as a stream of one repeated element (a sheet's <row>, the shared strings'
// <si>): text arrives in pieces, each complete element is handed on, and only the unfinished tail
// is kept. No DOM and no entity expansion beyond XML's five names and character references, so a
// part holds no more in memory than its largest element, and that is bounded too.
import { InventoryError } from "./inventory-error";

/** One element as written: its start tag's attributes and its content ("" when it closes itself). */
export interface XmlElement {
  attributes: string;
  content: string;
}

/** Longer than any sane row or string: a sheet of 100 columns of 80 characters is ~20 KB a row. */
const MAX_ELEMENT_CHARS = 4 * 1024 * 1024;

export class ElementStream {
  private readonly decoder = new TextDecoder("utf-8");
  private buffer = "";
  private open = "";
  private close = "";
  /** The namespace prefix the part's elements carry ("" or e.g. "x:"), once known. */
  prefix = "";
  private stopped = false;

  /** `local`: the element's name without a namespace prefix; `part`: the part as messages name it; `onElement` returns false to stop. */
  constructor(
    private readonly local: string,
    private readonly part: string,
    private readonly onElement: (element: XmlElement) => boolean | void,
  ) {}

  /** Takes the next piece of the part; returns false once the reader wants no more. */
  push(piece: Uint8Array): boolean {
    if (this.stopped) return false;
    this.buffer += this.decoder.decode(piece, { stream: true });
    if (!this.open && !this.findPrefix()) return true;
    this.drain();
    return !this.stopped;
  }

  /** The part ended: a cut-off element means the file is damaged. */
  end(): void {
    this.buffer += this.decoder.decode();
    if (!this.stopped && this.open) this.drain();
    if (!this.stopped && this.open && this.buffer.includes(this.open)) {
      throw new InventoryError("not_rvtools", `${capital(this.part)} ends in the middle of a <${this.local}>.`);
    }
  }

  /** Writers may prefix every element (`<x:row>`): learn the prefix from the first element seen. */
  private findPrefix(): boolean {
    const match = /<([A-Za-z_][\w.-]*:)?(worksheet|sst)[\s>]/.exec(this.buffer);
    if (!match) {
      if (this.buffer.length > MAX_ELEMENT_CHARS)
        throw new InventoryError("not_rvtools", `${capital(this.part)} is not spreadsheet XML.`);
      return false;
    }
    const prefix = (this.prefix = match[1] ?? "");
    this.open = `<${prefix}${this.local}`;
    this.close = `</${prefix}${this.local}>`;
    return true;
  }

  private drain(): void {
    const { open, close } = this;
    let buffer = this.buffer;
    let from = 0;
    for (;;) {
      let start = buffer.indexOf(open, from);
      // `<row` also begins `<rowBreaks`: an element of this name has a space, `>` or `/` next.
      while (start >= 0 && !isNameEnd(buffer.charCodeAt(start + open.length))) start = buffer.indexOf(open, start + 1);
      if (start < 0) {
        from = Math.max(from, buffer.length - open.length);
        break;
      }
      const tagEnd = buffer.indexOf(">", start);
      if (tagEnd < 0) {
        from = start;
        break;
      }
      const selfClosing = buffer.charCodeAt(tagEnd - 1) === 47; /* "/" */
      const attributes = buffer.slice(start + open.length, selfClosing ? tagEnd - 1 : tagEnd);
      let next: number;
      let content = "";
      if (selfClosing) {
        next = tagEnd + 1;
      } else {
        const end = buffer.indexOf(close, tagEnd);
        if (end < 0) {
          from = start;
          break;
        }
        content = buffer.slice(tagEnd + 1, end);
        next = end + close.length;
      }
      from = next;
      if (this.onElement({ attributes, content }) === false) {
        this.stopped = true;
        break;
      }
    }
    buffer = buffer.slice(from);
    if (buffer.length > MAX_ELEMENT_CHARS) {
      throw new InventoryError(
        "too_large",
        `${capital(this.part)} holds over ${MAX_ELEMENT_CHARS / 1024 / 1024} MiB of text in one <${this.local}> or between two: no export is written so.`,
      );
    }
    this.buffer = buffer;
  }
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 62 || code === 47 || code === 9 || code === 10 || code === 13 || Number.isNaN(code);
}

const OTHER_SPACE = /[\t\n\r]/;
const SPACED_NAME = new Map<string, RegExp>();

/** An attribute's value from a start tag's attributes (either quote), or undefined. */
export function attribute(attributes: string, name: string): string | undefined {
  let at = attributes.indexOf(` ${name}=`);
  if (at < 0 && OTHER_SPACE.test(attributes)) {
    let spaced = SPACED_NAME.get(name);
    if (!spaced) SPACED_NAME.set(name, (spaced = new RegExp(`\\s${name}=`)));
    at = attributes.search(spaced);
  }
  if (at < 0) return undefined;
  const quote = attributes[at + name.length + 2];
  if (quote !== '"' && quote !== "'") return undefined;
  const end = attributes.indexOf(quote, at + name.length + 3);
  return end < 0 ? undefined : attributes.slice(at + name.length + 3, end);
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML's five named entities and character references; anything else is left as written. */
export function decodeXmlText(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
    if (name[0] !== "#") return NAMED[name] ?? whole;
    const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    // Not a character: beyond Unicode, a surrogate half, or NUL, which no database here stores.
    return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? whole : String.fromCodePoint(code);
  });
}

/** The text of `<t>` elements in a string or an inline cell, leaving out phonetic runs (`<rPh>`). */
export function textOf(content: string, prefix = ""): string {
  let source = content;
  if (source.includes(`<${prefix}rPh`))
    source = source.replace(new RegExp(`<${prefix}rPh[\\s\\S]*?</${prefix}rPh>`, "g"), "");
  const open = `<${prefix}t`;
  const close = `</${prefix}t>`;
  let text = "";
  for (let at = source.indexOf(open); at >= 0; at = source.indexOf(open, at + 1)) {
    const next = source.charCodeAt(at + open.length);
    if (next !== 62 && next !== 32) continue; // <t> or <t xml:space=…>, not <tab…>
    const tagEnd = source.indexOf(">", at);
    if (tagEnd < 0) break;
    if (source.charCodeAt(tagEnd - 1) === 47) continue; // <t/>
    const end = source.indexOf(close, tagEnd);
    if (end < 0) break;
    text += source.slice(tagEnd + 1, end);
    at = end;
  }
  return decodeXmlText(text);
}
