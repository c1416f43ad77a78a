// The "why" pages: the ranking, every criterion's weight and each family's rating with its sources,
// the criteria that decide between the first two, what was ruled out and why, and how sensitive the
// answer is (the weight changes that flip it, the share of plausible weightings each option wins).
import type { Evaluation, RankingEntry } from "@/lib/decision";
import { decidingCriteria } from "@/lib/presentation/deciding-criteria";
import { QUESTIONS } from "@/lib/questionnaire/questions";
import { familyNames } from "./evaluation-names";
import { percent, score } from "./report-format";
import { wholePercentages } from "@/lib/presentation/whole-percentages";
import { citation, type SourceRegistry } from "./report-sources";

/** Products ruled out are many (cloud services, withdrawn products): the report lists this many. */
export const REPORT_MAX_KNOCKOUTS = 40;

export interface RankRow {
  rank: number;
  family: string;
  product: string;
  score: string;
  status: string;
}

export interface RatingRow {
  criterion: string;
  weight: string;
  /** One rating per family, in ranking order. */
  ratings: string[];
  cite: string;
}

export interface MustHaveRow {
  mustHave: string;
  /** "met" or "not met" per family, in ranking order. */
  met: string[];
  cite: string;
}

export interface DecidingRow {
  criterion: string;
  weight: string;
  first: string;
  rival: string;
  gap: string;
}

export interface SensitivityRow {
  criterion: string;
  weight: string;
  holds: string;
  otherwise: string;
}

export interface WhySection {
  ranking: RankRow[];
  families: string[];
  ratings: RatingRow[];
  mustHaves: MustHaveRow[];
  deciding: { first: string; rival: string; rows: DecidingRow[] } | null;
  knockouts: { option: string; reason: string; cite: string }[];
  moreKnockouts: number;
  sensitivity: SensitivityRow[];
  shares: { family: string; share: number }[];
  samples: number | null;
  counterfactuals: string[];
}

export function buildWhySection(evaluation: Evaluation, sources: SourceRegistry): WhySection {
  const { ranking } = evaluation;
  const family = familyNames(evaluation);
  const name = (id: string | null) => (id === null ? "—" : family(id));
  const knockouts = knockoutRows(evaluation, sources);
  const robustness = evaluation.robustness;
  const eligible = ranking.filter((entry) => entry.eligible);
  const shares = robustness ? wholePercentages(eligible.map((entry) => robustness.shares[entry.hypervisor] ?? 0)) : [];
  return {
    ranking: ranking.map((entry) => ({
      rank: entry.rank,
      family: entry.name,
      product: entry.product?.name ?? "—",
      score: score(entry.score),
      status: entry.eligible ? "eligible" : `ruled out: ${entry.knockouts.map((k) => k.reason).join("; ")}`,
    })),
    families: ranking.map((entry) => entry.name),
    ratings: ratingRows(ranking, sources),
    mustHaves: mustHaveRows(ranking, sources),
    deciding: decidingRows(evaluation),
    knockouts: knockouts.slice(0, REPORT_MAX_KNOCKOUTS),
    moreKnockouts: Math.max(0, knockouts.length - REPORT_MAX_KNOCKOUTS),
    sensitivity: (evaluation.sensitivity?.criteria ?? []).map((c) => ({
      criterion: c.name,
      weight: percent(c.weight),
      holds: `${percent(c.stableFrom)} to ${percent(c.stableTo)}`,
      otherwise:
        [
          c.belowTakenBy ? `below: ${name(c.belowTakenBy)}` : null,
          c.aboveTakenBy ? `above: ${name(c.aboveTakenBy)}` : null,
        ]
          .filter(Boolean)
          .join("; ") || "never flips",
    })),
    shares: eligible.map((entry, i) => ({ family: entry.name, share: shares[i]! })),
    samples: robustness?.samples ?? null,
    counterfactuals: evaluation.counterfactuals.map((c) => c.explanation),
  };
}

/** Criteria in the weights' order; each family's rating, and the sources of every rating in the row. */
function ratingRows(ranking: RankingEntry[], sources: SourceRegistry): RatingRow[] {
  const first = ranking[0];
  if (!first) return [];
  return first.contributions.map((contribution) => {
    const cells = ranking.map((entry) => entry.contributions.find((c) => c.criterion === contribution.criterion));
    const numbers = cells.flatMap((cell) => (cell ? sources.citeAll(cell.sources, cell.asOf) : []));
    return {
      criterion: contribution.name,
      weight: percent(contribution.weight),
      ratings: cells.map((cell) => (cell ? score(cell.rating) : "—")),
      cite: citation([...new Set(numbers)].sort((a, b) => a - b)),
    };
  });
}

const MUST_HAVE_LABELS = new Map(
  QUESTIONS.flatMap((q) => (q.id === "mustHaves" ? q.options.map((o) => [o.value as string, o.label] as const) : [])),
);

/** The team's must-haves, each family meeting it or not, with the facts' sources. */
function mustHaveRows(ranking: RankingEntry[], sources: SourceRegistry): MustHaveRow[] {
  const kinds = [...new Set(ranking.flatMap((entry) => (entry.mustHaves ?? []).map((check) => check.mustHave)))];
  return kinds.map((kind) => {
    const checks = ranking.map((entry) => (entry.mustHaves ?? []).find((check) => check.mustHave === kind));
    const numbers = checks.flatMap((check) => (check ? sources.citeAll(check.sources, check.asOf) : []));
    return {
      mustHave: MUST_HAVE_LABELS.get(kind) ?? kind,
      met: checks.map((check) => (check === undefined ? "not recorded" : check.met ? "met" : "not met")),
      cite: citation([...new Set(numbers)].sort((a, b) => a - b)),
    };
  });
}

function decidingRows(evaluation: Evaluation): WhySection["deciding"] {
  const { first, rival, colors } = decidingCriteria(evaluation, 5);
  if (!first || !rival) return null;
  const rows = [...colors.keys()].map((key): DecidingRow => {
    const a = first.contributions.find((c) => c.criterion === key)!;
    const b = rival.contributions.find((c) => c.criterion === key);
    const gap = a.points - (b?.points ?? 0);
    return {
      criterion: a.name,
      weight: percent(a.weight),
      first: `${score(a.rating)}/10`,
      rival: b ? `${score(b.rating)}/10` : "—",
      gap: `${gap >= 0 ? "+" : "−"}${score(Math.abs(gap))}`,
    };
  });
  return { first: first.name, rival: rival.name, rows };
}

/** Families ruled out, then products ruled out within families that stay eligible. */
function knockoutRows(evaluation: Evaluation, sources: SourceRegistry) {
  const rows: WhySection["knockouts"] = [];
  for (const entry of evaluation.ranking)
    for (const knockout of entry.knockouts)
      rows.push({ option: entry.name, reason: knockout.reason, cite: citation(sources.citeAll(knockout.sources)) });
  const ruledFamilies = new Set(evaluation.ranking.filter((e) => !e.eligible).map((e) => e.hypervisor));
  for (const product of evaluation.products ?? []) {
    if (product.eligible || ruledFamilies.has(product.family)) continue;
    if (product.knockouts.length === 0) continue;
    rows.push({
      option: product.name,
      reason: product.knockouts.map((k) => k.reason).join(" "),
      cite: citation(sources.citeAll(product.knockouts.flatMap((k) => k.sources))),
    });
  }
  return rows;
}
