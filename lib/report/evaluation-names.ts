// The names the report and the workbook print for the ids an evaluation uses: a family's as the
// ranking shows it, a product's as the evaluation names it.
import type { Evaluation } from "@/lib/decision";
import { productNames as namedProducts } from "@/lib/recommendations/costs-csv";

/**
 * A product id's name, as the costs CSV names it (lib/recommendations/costs-csv.ts); the id itself for
 * a line of something else (the Windows Server guest licences, an upgrade), so no line goes without one.
 */
export function productNames(evaluation: Evaluation): (id: string) => string {
  const named = namedProducts(evaluation);
  return (id) => named(id) ?? id;
}

/** A family id's name ("kvm" → "KVM"), as the ranking shows it. */
export function familyNames(evaluation: Evaluation): (id: string) => string {
  const names = new Map((evaluation.ranking ?? []).map((entry) => [entry.hypervisor as string, entry.name]));
  return (id) => names.get(id) ?? id;
}
