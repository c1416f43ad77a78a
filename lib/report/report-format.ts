// How the report writes its figures: money in US dollars to the cent in tables (the engine's own
// amounts, never rounded further) and to the dollar in headline figures, shares that add up to
// 100 %, and dates as ISO days, the form every source's "as of" uses.
const DOLLARS = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const TO_CENT = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const ONE_DECIMAL = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const UP_TO_FOUR = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });
const PRICE = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 4 });
const WHOLE = new Intl.NumberFormat("en-US");

/** "US$38,452.30": a table's amount, exactly as the engine computed it. */
export const usd = (amount: number) => `${amount < 0 ? "−" : ""}US$${TO_CENT.format(Math.abs(amount))}`;

/** "US$38,452": a headline figure; the table beside it has the cents. */
export const usdWhole = (amount: number) => `${amount < 0 ? "−" : ""}US$${DOLLARS.format(Math.abs(amount))}`;

/** "US$141.0625": a unit price, unrounded, so quantity × unit price redoes the amount. */
export const unitUsd = (amount: number) => `US$${PRICE.format(amount)}`;

export const count = (n: number) => WHOLE.format(n);
export const decimal = (n: number) => UP_TO_FOUR.format(n);
export const score = (n: number) => ONE_DECIMAL.format(n);
export const percent = (fraction: number) => `${ONE_DECIMAL.format(fraction * 100)} %`;

/** "7 %", "6.5 %": a rate as the team gave it. */
export const rate = (fraction: number) => `${UP_TO_FOUR.format(fraction * 100)} %`;

/** "6 months", "1 month". */
export const months = (n: number) => `${WHOLE.format(n)} month${n === 1 ? "" : "s"}`;

/** The day of an ISO timestamp: "2026-12-07". */
export const isoDay = (timestamp: string) => timestamp.slice(0, 10);
