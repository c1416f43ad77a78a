// Page 1, for the approver: the decision in one sentence, four figures (cost a year, over the
// horizon, payback, confidence) each next to staying put where that is priced, the three reasons,
// the main risk and what would change the answer.
import type { Evaluation, RankingEntry } from "@/lib/decision";
import { costCitations, wholeCost } from "./cost-section";
import { familyNames } from "./evaluation-names";
import { months, percent, rate as rateText, usdWhole } from "./report-format";
import { citation, type SourceRegistry } from "./report-sources";

export interface KeyFigure {
  label: string;
  value: string;
  /** The comparison or the words the value needs, with its citations. */
  detail: string;
}

export interface Reason {
  /** "Licence and subscription cost: KVM 8.1/10 vs VMware ESXi (vSphere) 1.9/10". */
  headline: string;
  because: string;
  cite: string;
}

export interface Decision {
  headline: string;
  /** The recommended product, its family and its support status in words. */
  product: string | null;
  figures: KeyFigure[];
  reasons: Reason[];
  risk: { label: string; text: string; cite: string } | null;
  /** The smallest weight change that hands the answer to another option, in words. */
  change: string | null;
  /** The engine's own summary of the plan (the sentence the results page offers to paste). */
  summary: string | null;
}

export function buildDecision(evaluation: Evaluation, sources: SourceRegistry): Decision {
  const winner = evaluation.ranking.find((entry) => entry.hypervisor === evaluation.winner) ?? null;
  const plan = evaluation.plan;
  const stay = plan?.stay ? (evaluation.ranking.find((e) => e.hypervisor === plan.stay!.hypervisor) ?? null) : null;
  if (!winner)
    return {
      headline: "No product meets every requirement: the knockouts below say which answer rules each out.",
      product: null,
      figures: [],
      reasons: [],
      risk: null,
      change: null,
      summary: plan?.summary ?? null,
    };
  const productName = winner.product?.name ?? winner.name;
  return {
    headline: headline(winner, stay, productName, plan?.stay?.name ?? null),
    // Recommendations saved before support statuses have a product without one.
    product: winner.product
      ? `${winner.product.name} (${winner.name}, ${winner.product.vendor}): ${winner.product.support?.note ?? "support status not recorded"}`
      : null,
    figures: figures(evaluation, winner, stay === winner ? null : stay, sources),
    reasons: reasons(evaluation, winner, sources),
    risk: mainRisk(winner, sources),
    change: changeWords(evaluation),
    summary: plan?.summary ?? null,
  };
}

function headline(winner: RankingEntry, stay: RankingEntry | null, product: string, stayName: string | null): string {
  if (stay && stay.hypervisor === winner.hypervisor) return `Stay on ${stayName ?? product} (${winner.name}).`;
  if (stay && stayName) return `Move from ${stayName} to ${product} (${winner.name}).`;
  return `Choose ${product} (${winner.name}).`;
}

function figures(evaluation: Evaluation, winner: RankingEntry, stay: RankingEntry | null, sources: SourceRegistry) {
  const out: KeyFigure[] = [];
  const cost = winner.cost;
  const plan = evaluation.plan;
  if (cost && cost.perYear !== null) {
    const cite = citation(costCitations(cost, sources));
    const stayYear = stay?.cost?.perYear ?? null;
    out.push({
      label: "Cost a year",
      value: usdWhole(cost.perYear),
      detail:
        stayYear === null
          ? `Licences and subscriptions for the estate ${cite}`
          : `This plan ${cite}; staying put: ${usdWhole(stayYear)} ${citation(costCitations(stay!.cost!, sources))}`,
    });
    const whole = wholeCost(cost)!;
    const stayWhole = stay?.cost ? wholeCost(stay.cost) : null;
    const oneOff = cost.oneOff?.amount ?? 0;
    out.push({
      label: `Over ${cost.years} year${cost.years === 1 ? "" : "s"}`,
      value: usdWhole(whole),
      detail: `${oneOff > 0 ? `including ${usdWhole(oneOff)} one-off; ` : ""}${
        stayWhole === null ? "staying put unpriced" : `staying put: ${usdWhole(stayWhole)}`
      }`,
    });
  } else if (cost?.quoteRequired) {
    out.push({
      label: "Cost a year",
      value: "Quote needed",
      detail: "A price has no public figure: enter the vendor's quote.",
    });
  }
  if (plan && stay) {
    const rate = plan.assumptions.find((a) => a.field === "discountRate")?.value;
    out.push({
      label: "Payback",
      value:
        plan.paybackMonths === null
          ? `Not within ${plan.years} years`
          : plan.paybackMonths === 0
            ? "From the start"
            : months(plan.paybackMonths),
      detail:
        plan.npvSaving === null
          ? "Net present value not priced"
          : `Net present value ${plan.npvSaving >= 0 ? "saving" : "extra cost"} ${usdWhole(Math.abs(plan.npvSaving))}${
              typeof rate === "number" ? ` at ${rateText(rate)}` : ""
            }`,
    });
  }
  if (evaluation.confidence) {
    const share = evaluation.confidence.robustnessShare;
    out.push({
      label: "Confidence",
      value: evaluation.confidence.label[0]!.toUpperCase() + evaluation.confidence.label.slice(1),
      detail:
        evaluation.confidence.margin === null
          ? "The only eligible option"
          : `Leads by ${evaluation.confidence.margin.toFixed(1)} points; wins ${Math.round(share * 100)} % of plausible weightings`,
    });
  }
  return out;
}

/** The engine's three reasons, each cited with the sources of the winner's rating on that criterion. */
function reasons(evaluation: Evaluation, winner: RankingEntry, sources: SourceRegistry): Reason[] {
  return evaluation.topReasons.slice(0, 3).map((reason) => {
    const [head, ...rest] = reason.split(" — ");
    const contribution = winner.contributions.find((c) => head!.startsWith(`${c.name}:`));
    const cite = contribution ? citation(sources.citeAll(contribution.sources, contribution.asOf)) : "";
    return { headline: head!, because: rest.join(" — "), cite };
  });
}

/**
 * The risk an approver should weigh first: the product's own caution (community support, a platform
 * to learn), else the move's first risk.
 */
function mainRisk(winner: RankingEntry, sources: SourceRegistry): Decision["risk"] {
  const caution = winner.product?.cautions[0];
  if (caution) return { label: "Main risk", text: caution, cite: "" };
  const migration = winner.migration;
  if (migration && migration.risks.length > 0)
    return {
      label: "Main risk of the move",
      text: migration.risks[0]!,
      cite: citation(sources.citeAll(migration.sources, migration.asOf)),
    };
  return null;
}

function changeWords(evaluation: Evaluation): string | null {
  const change = evaluation.sensitivity?.smallestChange;
  if (!change) return null;
  const name = familyNames(evaluation);
  const verb = change.direction === "increase" ? "Raising" : "Lowering";
  return `${verb} the weight of ${change.name} from ${percent(change.from)} to ${percent(change.to)} hands the first place to ${name(change.newWinner)}; no smaller change of one weight does.`;
}
