// One CSV cell, safe to open in a spreadsheet: shared by the ranking and costs exports.

/**
 * Text a spreadsheet would read as a formula: one starting with =, +, - or @, also after leading
 * whitespace or line breaks (which Excel and LibreOffice skip), or starting with a tab or CR.
 */
const FORMULA_START = /^(\s*[=+\-@]|[\t\r])/;

/** RFC 4180 quoting; text that would start a formula gets a leading ' so spreadsheets never run it. */
export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? "" : String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
