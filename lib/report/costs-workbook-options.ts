// The options a cost workbook lists: every ranked option with a cost, best first.
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
