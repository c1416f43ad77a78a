// Part of the answers contract (docs/api.md): the user's own quotes, keyed by product id.
import { z } from "zod";
import { CURRENCIES, PRICE_UNITS, productIdSchema } from "@/lib/knowledge/plan-schema";

/**
 * A user's own quote for a product: a price per unit that replaces the product's published prices
 * in their evaluation (and is saved with it, marked as theirs). Keyed by product id in requests.
 */
export const quoteSchema = z.strictObject({
  unit: z.enum(PRICE_UNITS, { message: `must be one of ${PRICE_UNITS.join(", ")}` }),
  amount: z
    .number({ message: "must be a number" })
    .finite()
    .min(0, { message: "must be 0 or more" })
    .max(10_000_000, { message: "must be at most 10,000,000" }),
  currency: z.enum(CURRENCIES, { message: `must be one of ${CURRENCIES.join(", ")}` }).default("USD"),
});
export type Quote = z.infer<typeof quoteSchema>;

export const MAX_QUOTES = 30;
export const quotesSchema = z
  .record(productIdSchema, quoteSchema)
  .refine((quotes) => Object.keys(quotes).length <= MAX_QUOTES, { message: `holds at most ${MAX_QUOTES} quotes` });
export type Quotes = z.infer<typeof quotesSchema>;
