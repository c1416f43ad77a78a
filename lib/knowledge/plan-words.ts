// The plan's vocabulary in words, written once for the knowledge page, the quote form and the cost
// lines. Types only from the schema module, so pages that show a result ship no zod.
import type { PRICE_BASES, PriceUnit } from "./plan-schema";

/** How a price is counted, the way a buyer reads it on a quote. */
export const UNIT_WORDS: Record<PriceUnit, string> = {
  "core-year": "per physical core per year",
  "core-month": "per physical core per month",
  "core-perpetual": "per physical core, one-off licence",
  "socket-year": "per CPU socket per year",
  "host-year": "per host per year",
  "flat-year": "for the whole estate, per year",
};

/** How sure a price is: published, what buyers pay, a secondary report, or the user's own quote. */
export const BASIS_WORDS: Record<(typeof PRICE_BASES)[number] | "quote" | "assumption", string> = {
  list: "List price",
  typical: "Typical (what buyers report paying)",
  reported: "Reported (secondary, unconfirmed)",
  quote: "Your quote",
  assumption: "Assumption (replace with your own figure)",
};
