// Whether a product can be bought and supported for one set of answers: its recorded lifecycle read
// against the answers' horizon (support ending within it) and against the team's platform (a product
// not offered there is not sold there). Both are knowledge-base facts; this file only reads them.
import type { Product, ProductPlatform } from "@/lib/knowledge/plan-schema";
import type { Answers } from "@/lib/questionnaire/answers";
import { DEFAULT_YEARS } from "@/lib/questionnaire/horizon";
import type { CloudPlatform } from "@/lib/questionnaire/options";
import { firstSentence } from "./knockouts";
import type { ProductSupport } from "./types";

/** `date` (YYYY-MM-DD) plus whole years; 29 February lands on 1 March in a common year. */
export function addYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

/** Today's date in UTC, the day every support status is read on unless a caller names another. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export type PlatformAvailability =
  | { offered: true; natural: ProductPlatform | null }
  | { offered: false; fact: ProductPlatform; only: ProductPlatform[] };

/**
 * Whether the product is offered on `platform`: not where a fact excludes it, and, when it lists the
 * platforms it requires, only on those. `natural` is the fact that makes it the platform's own product.
 */
export function availabilityOn(product: Product, platform: CloudPlatform): PlatformAvailability {
  const fact = product.platforms.find((f) => f.platform === platform);
  if (fact?.relation === "excludes") return { offered: false, fact, only: [] };
  const only = product.platforms.filter((f) => f.relation === "requires");
  if (only.length > 0 && !only.some((f) => f.platform === platform)) return { offered: false, fact: only[0]!, only };
  return { offered: true, natural: fact?.relation === "natural" ? fact : null };
}

/**
 * The product's support status for these answers, read on `today`, with a note of a sentence or two
 * (the knowledge base's whole note, with its sources, is on the knowledge page). Not offered on the
 * platform: not-sold. Withdrawn or out of support: as recorded, or end-of-support once `until` has
 * passed. General support ending within the answers' horizon: ending, with the date. Otherwise as
 * recorded.
 */
export function supportFor(
  product: Product,
  answers: Answers,
  today: string,
  platformName: (id: CloudPlatform) => string,
): ProductSupport {
  const availability = availabilityOn(product, answers.cloudPlatform);
  if (!availability.offered) {
    const note =
      availability.fact.relation === "excludes"
        ? `Not offered on ${platformName(answers.cloudPlatform)}.`
        : `Offered only on ${availability.only.map((f) => platformName(f.platform)).join(" or ")}.`;
    return { status: "not-sold", until: null, note };
  }
  const { status, until } = product.lifecycle;
  const community = status === "community" ? " No vendor support is offered." : "";
  if (status === "not-sold")
    return { status, until, note: `Withdrawn from sale: ${firstSentence(product.lifecycle.note)}` };
  if (status === "end-of-support" || (until !== null && until < today))
    return { status: "end-of-support", until, note: `General support ended on ${until}.` };
  const years = answers.years ?? DEFAULT_YEARS;
  if (until !== null && until <= addYears(today, years))
    return {
      status: "ending",
      until,
      note: `General support ends on ${until}, within your ${years}-year horizon.${community}`,
    };
  if (status === "community") return { status, until, note: "No vendor support is offered: community help only." };
  return {
    status,
    until,
    note: until ? `General support until ${until}.` : "No end of support announced.",
  };
}
