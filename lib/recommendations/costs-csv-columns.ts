// The costs CSV's columns, in order (docs/api.md, "The costs CSV"): new ones are only ever appended,
// so a reader by position keeps working.
export const COLUMNS = [
  "rank",
  "hypervisor",
  "product",
  "item",
  "quantity",
  "unit",
  "unit_price_usd",
  "amount_usd",
  "per_year_usd",
  "total_usd",
  "years",
  "basis",
  "source_title",
  "source_url",
  "as_of",
  "arithmetic",
  "product_name",
  // Added with the whole cost, after the first ones, so a reader by position keeps working.
  "kind",
  "year",
  "recurring_usd",
  "one_off_usd",
  "discount_rate",
  "assumption",
  // Added with the plan per cluster, after the whole cost's.
  "cluster",
  "npv_usd",
  "stay_per_year_usd",
  "saving_per_year_usd",
  "effort_days_low",
  "effort_days_high",
  "move_order",
] as const;

export type Row = Partial<Record<(typeof COLUMNS)[number], string | number | boolean | null>>;

/** A number as the engine holds it (amounts are already in cents): never rounded further. */
export const exact = (value: number | null | undefined): number | null =>
  value === null || value === undefined || !Number.isFinite(value) ? null : value;
