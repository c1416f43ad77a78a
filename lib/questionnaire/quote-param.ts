// A quote as a results-URL value, `<amount>:<unit>[:<currency>]`, without zod: the what-if hook
// writes it in the browser on pages that ship no schema code (see estate.ts).
import type { Quote } from "@/lib/questionnaire/quotes";

export function formatQuote(quote: Quote): string {
  return quote.currency === "USD" ? `${quote.amount}:${quote.unit}` : `${quote.amount}:${quote.unit}:${quote.currency}`;
}
