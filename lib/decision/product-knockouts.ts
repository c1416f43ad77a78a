// What removes one product: its family's knockouts (a product cannot do what its family cannot, except
// where its own licence differs), then what is the product's own: not offered on the team's platform,
// out of support or withdrawn, no vendor support where it is a must-have, a gap on a must-have, a VDI
// broker that supports other products of the family, a proprietary licence where open source is required.
import type { Product } from "@/lib/knowledge/plan-schema";
import type { Answers } from "@/lib/questionnaire/answers";
import type { KnownVdiBroker } from "@/lib/questionnaire/options";
import { firstSentence } from "./knockouts";
import { BROKER_NAMES } from "./vdi-broker";
import { availabilityOn } from "./product-support";
import type { Knockout, ProductSupport } from "./types";

export interface ProductKnockoutContext {
  answers: Answers;
  /** The family's knockouts for these answers (lib/decision/knockouts.ts). */
  family: readonly Knockout[];
  familyOpenSource: boolean;
  /** The products of the family the team's VDI broker supports, when it limits them. */
  broker: { products: readonly string[]; note: string; broker: KnownVdiBroker } | null;
  support: ProductSupport;
}

/** A product-level knockout cites the product's first source: its page, which says what it is. */
const sourcesOf = (product: Product) => product.sources.slice(0, 1);

export function productKnockouts(product: Product, context: ProductKnockoutContext): Knockout[] {
  const { answers, support, broker } = context;
  const openSource = product.openSource ?? context.familyOpenSource;
  // A family's licence knockout does not hold for an open-source product of a proprietary family.
  const knockouts = context.family.filter((k) => k.mustHave !== "licensing" || !openSource);
  /** One knockout per cause: where the family already has one, it says it. */
  const add = (knockout: Knockout) => {
    if (!knockouts.some((k) => k.mustHave === knockout.mustHave)) knockouts.push(knockout);
  };

  if (answers.licensing === "open-source-required" && !openSource)
    add({
      mustHave: "licensing",
      reason: "Proprietary software, and open source is required.",
      sources: sourcesOf(product),
    });
  // Reasons in a few words (the support note's); the facts' own notes and sources are the knowledge base's.
  const availability = availabilityOn(product, answers.cloudPlatform);
  if (!availability.offered)
    add({ mustHave: "cloudPlatform", reason: support.note, sources: availability.fact.sources });
  else if (support.status === "end-of-support" || support.status === "not-sold")
    add({
      mustHave: "support",
      reason:
        support.status === "end-of-support" ? `General support ended on ${support.until}.` : "Withdrawn from sale.",
      sources: product.lifecycle.sources,
    });
  if (product.lifecycle.status === "community" && answers.mustHaves.includes("vendor-support"))
    add({ mustHave: "vendor-support", reason: "No vendor support is offered.", sources: product.lifecycle.sources });
  for (const gap of product.gaps)
    if (answers.mustHaves.includes(gap.mustHave))
      add({ mustHave: gap.mustHave, reason: firstSentence(gap.note), sources: sourcesOf(product) });
  if (broker && !broker.products.includes(product.id))
    add({
      mustHave: "vdiBroker",
      reason: `Not a hosting platform of ${BROKER_NAMES[broker.broker]}.`,
      sources: sourcesOf(product),
    });
  return knockouts;
}
