// The options a cost workbook lists (every ranked option with a cost, best first) and the names it
// shows for them: the family's, and each product id's as the evaluation names it.
import type { Cost, Evaluation, RankingEntry } from "@/lib/decision";

export interface CostedOption {
  rank: number;
  /** The family's name, as the ranking shows it ("VMware ESXi (vSphere)"). */
  family: string;
  /** The product the option stands for ("" when the knowledge base names none). */
  product: string;
  cost: Cost;
}

export function costedOptions(evaluation: Evaluation): CostedOption[] {
  return [...(evaluation.ranking ?? [])]
    .filter((entry): entry is RankingEntry & { cost: Cost } => Boolean(entry.cost))
    .sort((a, b) => a.rank - b.rank)
    .map((entry) => ({ rank: entry.rank, family: entry.name, product: entry.product?.name ?? "", cost: entry.cost }));
}

/**
 * A product id's name, from the products the evaluation ranked or named; the id itself for a line of
 * something else (the Windows Server guest licences, an upgrade), so no line goes without one.
 */
export function productNames(evaluation: Evaluation): (id: string) => string {
  // Later names win, as in the costs CSV: every product's own entry over a ranking's mention of it.
  const named = [
    ...(evaluation.ranking ?? []).flatMap((entry) =>
      entry.product ? [...(entry.product.alternatives ?? []), entry.product] : [],
    ),
    ...(evaluation.products ?? []),
  ];
  const names = new Map(named.map((product) => [product.id, product.name]));
  return (id) => names.get(id) ?? id;
}

/** A family id's name ("kvm" → "KVM"), as the ranking shows it. */
export function familyNames(evaluation: Evaluation): (id: string) => string {
  const names = new Map((evaluation.ranking ?? []).map((entry) => [entry.hypervisor as string, entry.name]));
  return (id) => names.get(id) ?? id;
}
