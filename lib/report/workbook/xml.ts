// Text on its way into a workbook part. Much of it was typed by someone (a recommendation's name, a
// cluster's, a quote's item), so it is cleaned here, in one place, before any part holds it.
import { withoutInvisibleControls } from "@/lib/validation/visible-text";

/** Excel keeps at most this many characters in a cell; a longer text makes it refuse the file. */
export const MAX_CELL_CHARS = 32_767;

/**
 * What XML 1.0 cannot carry at all (C0 controls other than tab, LF and CR; U+FFFE and U+FFFF) and
 * UTF-16 halves without their other half: one of them makes the whole part unreadable.
 */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // A parser turns a raw CR (or CR LF) into LF; the reference keeps it.
  "\r": "&#13;",
};

export const escapeXml = (text: string): string => text.replace(/[&<>"'\r]/g, (c) => ENTITIES[c]!);

/**
 * Text as a reader should see it: no characters that hide or reorder what is around them (as on the
 * site: lib/validation/visible-text.ts), none XML forbids, and no longer than a cell holds (never
 * cutting a character in two).
 */
export function cleanText(text: string): string {
  const clean = withoutInvisibleControls(text).replace(NOT_XML, "");
  if (clean.length <= MAX_CELL_CHARS) return clean;
  const last = MAX_CELL_CHARS - 1;
  return clean.slice(0, /[\ud800-\udbff]/.test(clean.charAt(last)) ? last : MAX_CELL_CHARS);
}

/** Cleaned, then escaped: the only way text of ours or anyone's gets into a part. */
export const xmlText = (text: string): string => escapeXml(cleanText(text));
