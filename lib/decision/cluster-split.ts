// What the split (every cluster on its own product) costs: the sums of the clusters' own figures, next
// to staying put and to one platform for everything (both the whole estate's, as the cost table shows
// them), and the one sentence that says which clusters go where and what it saves.
import type { HypervisorId } from "@/lib/questionnaire/options";
import { cents, yearsText } from "./money-format";
import { about } from "./plan-summary";
import type { ClusterPlan, ClusterProduct, RankingEntry, SplitCost, SplitFigures } from "./types";

/** The sum of every part's figures, or null when any part is missing or unpriced. */
function sumOf(parts: readonly ({ perYear: number | null; oneOff: number | null; npv: number | null } | null)[]) {
  let perYear = 0;
  let oneOff = 0;
  let npv = 0;
  for (const part of parts) {
    if (!part || part.perYear === null || part.oneOff === null || part.npv === null) return null;
    perYear += part.perYear;
    oneOff += part.oneOff;
    npv += part.npv;
  }
  return { perYear: cents(perYear), oneOff: cents(oneOff), npv: cents(npv) };
}

const diff = (a: number | undefined, b: number) => (a === undefined ? null : cents(a - b));

/** "SQL", "SQL and VDI", "SQL, VDI and EDGE"; more than three: "the rest" when last, else "5 clusters". */
function namesText(names: readonly string[], last: boolean): string {
  if (names.length > 3) return last ? "the rest" : `${names.length} clusters`;
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** Groups apart: "SQL to X, and VDI and EDGE to Y" (a comma before the last, as each part may hold an "and"). */
const listText = (parts: readonly string[]) =>
  parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")}, and ${parts.at(-1)}`;

/** A whole plan's figures, when priced. */
function figuresOf(entry: RankingEntry | null | undefined): SplitFigures | null {
  const cost = entry?.cost;
  if (!cost || cost.perYear === null || cost.npv === null) return null;
  return { perYear: cost.perYear, oneOff: cost.oneOff?.amount ?? 0, npv: cost.npv };
}

/**
 * "Keep VDI on XenServer 8.4 Premium; move SQL to Windows Server 2025 Datacenter with Failover
 * Clustering, and EDGE to XCP-ng …": clusters on the same product named together, those staying on
 * today's family first ("run … on" when nothing runs today).
 */
function whereText(plans: readonly ClusterPlan[], current: HypervisorId | null): string {
  const groups = new Map<string, { product: ClusterProduct; names: string[]; keep: boolean }>();
  for (const { name, product } of plans) {
    if (!product) continue;
    const group = groups.get(product.id) ?? { product, names: [], keep: product.family === current };
    group.names.push(name);
    groups.set(product.id, group);
  }
  const all = [...groups.values()];
  const keep = all.filter((g) => g.keep);
  const move = all.filter((g) => !g.keep);
  const last = [...keep, ...move].at(-1);
  const text = (g: (typeof all)[number], preposition: string) =>
    all.length === 1
      ? `every cluster ${preposition} ${g.product.name}`
      : `${namesText(g.names, g === last)} ${preposition} ${g.product.name}`;
  const clauses: string[] = [];
  if (keep.length > 0) clauses.push(`keep ${listText(keep.map((g) => text(g, "on")))}`);
  if (move.length > 0)
    clauses.push(
      current === null
        ? `run ${listText(move.map((g) => text(g, "on")))}`
        : `move ${listText(move.map((g) => text(g, "to")))}`,
    );
  const where = clauses.join("; ");
  return `${where[0]!.toUpperCase()}${where.slice(1)}`;
}

/**
 * "about US$60,200 a year less than staying put, about US$1,130 a year less than one platform (… for
 * every cluster); in net present value over 3 years, one-off costs included, about US$26,500 more than
 * one platform": each comparison a year, and in net present value where one-off costs turn it round.
 */
function moneyText(split: Omit<SplitCost, "explanation">, current: HypervisorId | null, years: number): string {
  const { stay, onePlatform } = split;
  const sameAsStay =
    stay !== null &&
    onePlatform !== null &&
    onePlatform.product.family === current &&
    onePlatform.perYear === stay.perYear &&
    onePlatform.npv === stay.npv;
  const comparisons: { what: string; short: string; perYear: number; npv: number | null }[] = [];
  if (split.savingPerYear !== null)
    comparisons.push({
      what: sameAsStay ? "staying put (also the one-platform plan)" : "staying put",
      short: "staying put",
      perYear: split.savingPerYear,
      npv: split.npvSaving,
    });
  if (onePlatform && split.onePlatformSavingPerYear !== null && !sameAsStay)
    comparisons.push({
      what: `one platform (${onePlatform.product.name} for every cluster)`,
      short: "one platform",
      perYear: split.onePlatformSavingPerYear,
      npv: split.onePlatformNpvSaving,
    });
  if (comparisons.length === 0) return `about ${about(split.perYear)} a year`;
  const direction = (amount: number) => (about(Math.abs(amount)) === about(0) ? 0 : Math.sign(amount));
  const than = (amount: number, what: string, unit = "") =>
    `about ${about(Math.abs(amount))}${unit} ${amount > 0 ? "less" : "more"} than ${what}`;
  const yearly = comparisons.map((c) =>
    direction(c.perYear) === 0 ? `the same yearly cost as ${c.what}` : than(c.perYear, c.what, " a year"),
  );
  const turned = comparisons.filter((c) => c.npv !== null && direction(c.npv) !== direction(c.perYear));
  if (turned.length === 0) return yearly.join(", ");
  const npv = turned.map((c) => (direction(c.npv!) === 0 ? `the same as ${c.short}` : than(c.npv!, c.short)));
  return `${yearly.join(", ")}; in net present value over ${yearsText(years)}, one-off costs included, ${npv.join(" and ")}`;
}

/**
 * The split's cost, or null while any cluster has no product or no price. Its perYear, oneOff and npv
 * are the sums of the clusters' (in cents), so the plan's figures always add up; staying put and one
 * platform are the whole estate's figures (`ranking`: the estate's own, best first), as the cost table
 * shows them, so staying's one-off (a forced upgrade) counts once.
 */
export function priceSplit(
  plans: readonly ClusterPlan[],
  ranking: readonly RankingEntry[],
  current: HypervisorId | null,
  years: number,
): SplitCost | null {
  const own = sumOf(plans.map((p) => (p.product ? p : null)));
  if (!own) return null;
  const stay = current ? figuresOf(ranking.find((e) => e.hypervisor === current)) : null;
  const whole = ranking[0]?.eligible ? ranking[0] : null;
  const wholeFigures = figuresOf(whole);
  const onePlatform =
    whole?.product && wholeFigures
      ? { product: { id: whole.product.id, name: whole.product.name, family: whole.hypervisor }, ...wholeFigures }
      : null;
  const split: Omit<SplitCost, "explanation"> = {
    ...own,
    stay,
    onePlatform,
    savingPerYear: diff(stay?.perYear, own.perYear),
    npvSaving: diff(stay?.npv, own.npv),
    onePlatformSavingPerYear: diff(onePlatform?.perYear, own.perYear),
    onePlatformNpvSaving: diff(onePlatform?.npv, own.npv),
  };
  return { ...split, explanation: `${whereText(plans, current)}: ${moneyText(split, current, years)}.` };
}
