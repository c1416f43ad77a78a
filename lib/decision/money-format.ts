// How money and counts are written everywhere a figure appears: the cost table, the plan's sentence,
// the rating rationale. Formatters are built once: toLocaleString with options builds one per call,
// which dominated the bare score.
const WHOLE = new Intl.NumberFormat("en-US");
const CENTS = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
const PRECISE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

export const formatCount = (n: number) => WHOLE.format(n);

/** Up to four decimals (US$141.0625): rounded to cents, quantity × unit price would not redo the amount. */
export const formatPrecise = (n: number) => PRECISE.format(n);

/** "3 years", "1 year". */
export const yearsText = (years: number) => `${years} year${years === 1 ? "" : "s"}`;

/** "4 hosts", "1 host". */
export const plural = (n: number, word: string) => `${WHOLE.format(n)} ${word}${n === 1 ? "" : "s"}`;

export function formatUsd(amount: number): string {
  return `US$${CENTS.format(amount)}`;
}

const CURRENCY_SIGN: Record<string, string> = { USD: "US$", EUR: "€" };
export const formatMoney = (amount: number, currency: string) =>
  `${CURRENCY_SIGN[currency] ?? `${currency} `}${PRECISE.format(amount)}`;

/** Amounts are kept in cents: what an invoice shows, and no floating-point tails in the API. */
export const cents = (amount: number) => Math.round(amount * 100) / 100;

/** "7 %", "12.5 %". */
export const formatPercent = (fraction: number) => `${CENTS.format(fraction * 100)} %`;
