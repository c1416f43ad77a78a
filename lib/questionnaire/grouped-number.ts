// Whole numbers with thousands separators written out ("10,000"): toLocaleString starts the browser's
// number formatter (~12 ms here, ~50 ms on a slow phone), which the modules that run while the
// questionnaire starts should not pay for a label or a message. Fractions still go through it.
export function groupedNumber(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString("en-US");
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
