// The costs CSV's rows for an estate of clusters: the plan per cluster and the split beside one
// platform and staying put, figures as the engine holds them (docs/api.md, "The costs CSV").
import type { ClusterPlan, PlanSummary, SplitCost, SplitFigures } from "@/lib/decision";
import { cents } from "@/lib/decision/money-format";
import { exact, type Row } from "./costs-csv-columns";

/** A cluster or split saved before the plan per cluster had more than its first fields. */
type SavedCluster = Pick<ClusterPlan, "name" | "product" | "perYear" | "reason"> & Partial<ClusterPlan>;
type SavedSplit = SplitFigures & Partial<SplitCost>;

/**
 * With an estate of clusters, one "cluster" row each (its product, yearly, one-off and net present cost,
 * staying put's yearly cost with it alone, the saving, the effort and its place in the move order),
 * then "split" rows: the split (the sums of the clusters'), one platform for all, and staying put.
 */
export function clusterRows(plan: PlanSummary, rate: number | null): Row[] {
  const clusters = (plan.clusters ?? []) as SavedCluster[];
  const years = plan.years;
  const rows: Row[] = clusters.map((c) => ({
    hypervisor: c.product?.family ?? null,
    product: c.product?.id ?? null,
    item: c.product ? `${c.name} on ${c.product.name}` : c.name,
    amount_usd: exact(c.perYear),
    per_year_usd: exact(c.perYear),
    total_usd: c.perYear === null ? null : cents(c.perYear * years),
    years,
    arithmetic: c.move ? `${c.reason} ${c.move.reason}` : c.reason,
    product_name: c.product?.name ?? null,
    kind: "cluster",
    one_off_usd: exact(c.oneOff),
    discount_rate: c.npv == null ? null : rate,
    cluster: c.name,
    npv_usd: exact(c.npv),
    stay_per_year_usd: exact(c.stay?.perYear),
    saving_per_year_usd: exact(c.savingPerYear),
    effort_days_low: c.effortDays?.low ?? null,
    effort_days_high: c.effortDays?.high ?? null,
    move_order: c.move?.order ?? null,
  }));
  const split = (plan.split ?? null) as SavedSplit | null;
  if (!split) return rows;
  const whole = (item: string, figures: SplitFigures, more: Row): Row => ({
    item,
    amount_usd: exact(figures.perYear),
    per_year_usd: exact(figures.perYear),
    total_usd: cents(figures.perYear * years),
    years,
    kind: "split",
    one_off_usd: exact(figures.oneOff),
    discount_rate: rate,
    npv_usd: exact(figures.npv),
    ...more,
  });
  rows.push(
    whole("Split: every cluster on its own product", split, {
      arithmetic: split.explanation ?? null,
      saving_per_year_usd: exact(split.savingPerYear),
    }),
  );
  const one = split.onePlatform;
  if (one)
    rows.push(
      whole(`One platform: ${one.product.name} for every cluster`, one, {
        hypervisor: one.product.family,
        product: one.product.id,
        product_name: one.product.name,
      }),
    );
  if (split.stay)
    rows.push(
      whole("Staying put", split.stay, {
        hypervisor: plan.stay?.hypervisor ?? null,
        product: plan.stay?.id ?? null,
        product_name: plan.stay?.name ?? null,
      }),
    );
  return rows;
}
