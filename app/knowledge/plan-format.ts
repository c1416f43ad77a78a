// Plain words for the knowledge base's plan data (products, prices, rates, migration paths) as the
// knowledge page shows it: units, bases, minimums and amounts, written the way a buyer reads a quote.
import type { ExchangeRate, MigrationPath, Price } from "@/lib/knowledge/plan-schema";
import type { KnowledgeBase } from "@/lib/knowledge/schema";

export const DOWNTIME_WORDS: Record<MigrationPath["downtime"], string> = {
  cold: "Cold: each VM is off while it is copied",
  warm: "Warm: copied while running, short cutover",
};

const SIGNS: Record<string, string> = { USD: "US$", EUR: "€" };

export function money(amount: number, currency: string): string {
  return `${SIGNS[currency] ?? `${currency} `}${amount.toLocaleString("en-US", { maximumFractionDigits: 2 })}`;
}

/** "€550 (about US$646.86)": the amount in its own currency, with the dollar figure the engine uses. */
export function priceAmount(price: Price, rates: readonly ExchangeRate[]): { text: string; usd: string | null } | null {
  if (price.amount === null) return null;
  const rate = price.currency === "USD" ? null : rates.find((r) => r.currency === price.currency);
  return {
    text: money(price.amount, price.currency),
    usd: rate ? `about ${money(price.amount * rate.usd, "USD")}` : null,
  };
}

export function minimumText(minimum: Price["minimums"][number]): string {
  const per = { cpu: "per CPU", host: "per host", order: "per order" }[minimum.per];
  return `${minimum.cores} cores ${per}`;
}

export function range({ low, high }: { low: number; high: number }, unit: string): string {
  const n = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 2 });
  return low === high ? `${n(low)} ${unit}` : `${n(low)}–${n(high)} ${unit}`;
}

export function familyName(kb: KnowledgeBase, id: string): string {
  return kb.hypervisors.find((h) => h.id === id)?.name ?? id;
}

export function productName(kb: KnowledgeBase, id: string): string {
  return (kb.products ?? []).find((p) => p.id === id)?.name ?? id;
}
