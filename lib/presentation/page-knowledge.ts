// What the results page shows of the knowledge base before anyone moves a weight: the criteria,
// platforms and history it names, and the facts and prices of the products its ranking names. The
// whole knowledge base (about 390 KB of JSON, more than half the page) is what re-scoring needs; the
// browser loads it once the page is up (GET /api/v1/model?version=N, components/results/use-rescoring.ts)
// instead of parsing it inside the page's HTML before the first paint.
import type { Evaluation } from "@/lib/decision";
import type { KnowledgeBase } from "@/lib/knowledge/schema";

export type PageKnowledge = Pick<
  KnowledgeBase,
  "version" | "criteria" | "platforms" | "history" | "products" | "prices"
>;

export function knowledgeForPage(kb: KnowledgeBase, evaluation: Evaluation): PageKnowledge {
  const named = new Set(evaluation.ranking.flatMap((entry) => (entry.product ? [entry.product.id] : [])));
  return {
    version: kb.version,
    criteria: kb.criteria,
    platforms: kb.platforms,
    history: kb.history,
    products: kb.products.filter((product) => named.has(product.id)),
    prices: kb.prices.filter((price) => named.has(price.product)),
  };
}
