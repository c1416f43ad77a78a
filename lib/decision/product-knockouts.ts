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
  const { answers, support } = context;
  const openSourceRequired = answers.licensing === "open-source-required";
  const openSource = product.openSource ?? context.familyOpenSource;
  // A family's licence knockout does not hold for an open-source product of a proprietary family.
  const knockouts = context.family.filter((k) => k.mustHave !== "licensing" || !openSource);
  if (openSourceRequired && !openSource && !knockouts.some((k) => k.mustHave === "licensing"))
    knockouts.push({
      mustHave: "licensing",
      reason: "Proprietary software, and open source is required.",
      sources: sourcesOf(product),
    });
  const availability = availabilityOn(product, answers.cloudPlatform);
  // The reason is the support note's few words; the fact's own note and sources are the knowledge base's.
  if (!availability.offered) {
    if (!knockouts.some((k) => k.mustHave === "cloudPlatform"))
      knockouts.push({ mustHave: "cloudPlatform", reason: support.note, sources: availability.fact.sources });
  } else if (support.status === "end-of-support" || support.status === "not-sold")
    knockouts.push({
      mustHave: "support",
      reason:
        support.status === "end-of-support" ? `General support ended on ${support.until}.` : "Withdrawn from sale.",
      sources: product.lifecycle.sources,
    });
  if (product.lifecycle.status === "community" && answers.mustHaves.includes("vendor-support"))
    knockouts.push({
      mustHave: "vendor-support",
      reason: "No vendor support is offered.",
      sources: product.lifecycle.sources,
    });
  for (const gap of product.gaps)
    if (answers.mustHaves.includes(gap.mustHave) && !knockouts.some((k) => k.mustHave === gap.mustHave))
      knockouts.push({ mustHave: gap.mustHave, reason: firstSentence(gap.note), sources: sourcesOf(product) });
  if (
    context.broker &&
    !context.broker.products.includes(product.id) &&
    !knockouts.some((k) => k.mustHave === "vdiBroker")
  )
    // A few words here; the broker's note (which products it supports, and why) is the family's fact.
    knockouts.push({
      mustHave: "vdiBroker",
      reason: `Not a hosting platform of ${BROKER_NAMES[context.broker.broker]}.`,
      sources: sourcesOf(product),
    });
  return knockouts;
}
