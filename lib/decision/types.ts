// The decision engine's public data shapes: what evaluateAnswers returns and the API sends as is.
import type { Source } from "@/lib/knowledge/schema";
import type { MustHaveCheck } from "./must-haves";
import type {
  Budget,
  CloudPlatform,
  CurrentPlatform,
  GuestOs,
  HypervisorId,
  Licensing,
  MustHave,
  Scale,
  TeamSkill,
  Workload,
} from "@/lib/questionnaire/options";

export type CriterionKey = string;

/**
 * What removed an option: the licensing answer, one must-have, the chosen cloud platform (the family,
 * or the product, is not offered there), the VDI broker, the product's support status (out of
 * support or withdrawn), or the team ruling the family out (`answers.ruledOut`).
 */
export type KnockoutCause = "licensing" | MustHave | "cloudPlatform" | "vdiBroker" | "support" | "ruledOut";

/** All conditions must hold for a rule to fire; list fields match when the list contains the value. */
export interface RuleCondition {
  guestOs?: GuestOs;
  licensing?: Licensing;
  cloudPlatform?: CloudPlatform;
  currentPlatform?: CurrentPlatform;
  /** true: any hypervisor runs today (currentPlatform is not "none"). */
  currentPlatformSet?: boolean;
  scale?: Scale;
  budget?: Budget;
  workload?: Workload;
  mustHave?: MustHave;
  teamSkill?: TeamSkill;
}

export interface WeightRule {
  id: string;
  /** Plain words shown next to the weight, e.g. "Mostly Windows guests: Windows-guest quality matters more". */
  label: string;
  when: RuleCondition;
  /** Multiplicative factors per criterion key. */
  effects: Readonly<Record<CriterionKey, number>>;
}

export interface RuleRef {
  id: string;
  label: string;
}

export interface CriterionWeight {
  key: CriterionKey;
  name: string;
  kind: "rated" | "derived";
  defaultWeight: number;
  /** Relative importance after rules and overrides, before normalisation. */
  raw: number;
  /** Normalised: all weights sum to 1. */
  weight: number;
  /** Rules that changed this criterion's weight (not listed when an override replaced it). */
  rules: RuleRef[];
  overridden: boolean;
}

export interface Knockout {
  mustHave: KnockoutCause;
  reason: string;
  sources: Source[];
  /** Present when a fact of the team's platform decided it, not the family's own capability. */
  platform?: CloudPlatform;
}

/** One of the team's must-haves as a family meets it on the team's platform (see must-haves.ts). */
export type { MustHaveCheck } from "./must-haves";

export interface Contribution {
  criterion: CriterionKey;
  name: string;
  kind: "rated" | "derived";
  /** 0–10 on the one fixed scale. */
  rating: number;
  weight: number;
  /** 10 × weight × rating; the contributions of one option add up to its score. */
  points: number;
  rationale: string;
  sources: Source[];
  asOf: string | null;
  /**
   * How a rating came about when it is not the knowledge base's own: `estate-cost`, computed from what
   * this estate would pay; `no-price`, the knowledge base's rating kept because the option has no
   * public price for this estate. Absent otherwise.
   */
  basis?: RatingBasis;
}

export type RatingBasis = "estate-cost" | "no-price";

/** A product of the family, as the plan names it. */
export interface ProductRef {
  id: string;
  name: string;
  vendor: string;
}

/**
 * A product's support for one set of answers (lib/decision/product-support.ts): as the knowledge base
 * records it, ending when general support ends within the horizon, not-sold off its platforms.
 */
export const SUPPORT_STATUSES = ["supported", "community", "ending", "end-of-support", "not-sold"] as const;
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];

export interface ProductSupport {
  status: SupportStatus;
  /** End of general support (the date it ended, for end-of-support), or null when none is announced. */
  until: string | null;
  note: string;
}

/** One product in `products[]`: every product of the knowledge base is a candidate, best first. */
export interface ProductEntry {
  id: string;
  name: string;
  family: HypervisorId;
  vendor: string;
  /** 0–100 on the same scale as the ranking, unrounded. */
  score: number;
  eligible: boolean;
  knockouts: Knockout[];
  support: ProductSupport;
}

/** The concrete product to buy within a family, why it fits, and why the others fit less. */
export interface ProductChoice extends ProductRef {
  support: ProductSupport;
  reasons: string[];
  /** What counts against it for these answers, though it still fits best (e.g. a platform to learn). */
  cautions: string[];
  alternatives: (ProductRef & { why: string[] })[];
}

/** One yearly line of a cost table: amount = quantity × unitPrice, in USD. */
export interface CostLine {
  item: string;
  product: string;
  /** The price entry the line comes from (`quote` when it is the user's own quote). */
  priceKey: string;
  quantity: number;
  /** What one unit is, in words: "physical core per year (16 per CPU minimum applied)". */
  unit: string;
  /** USD per unit per year, after any currency conversion, monthly × 12 or perpetual ÷ years. */
  unitPrice: number;
  amount: number;
  /** The arithmetic in words, e.g. "4 hosts × 2 CPUs × 16 cores (minimum 16 per CPU) = 128 cores; 128 × US$135 = US$17,280". */
  arithmetic: string;
  basis: "list" | "typical" | "reported" | "quote" | "assumption";
  source: { title: string; url: string | null };
  asOf: string | null;
  /** true when a default assumption of this tool, not a source, sets a figure in it (docs/method.md). */
  assumption?: boolean;
}

/** One year of an option's cash flow: one-off costs fall in year 1. */
export interface CashFlowYear {
  year: number;
  recurring: number;
  oneOff: number;
  total: number;
}

/** A product with no public price: the cost says so instead of inventing a figure. */
export interface QuoteNeeded {
  product: string;
  item: string;
  note: string;
  source: { title: string; url: string | null };
}

export interface Cost {
  currency: "USD";
  /** Sum of the lines, or null when a price needs a quote. */
  perYear: number | null;
  years: number;
  total: number | null;
  quoteRequired: boolean;
  quotesNeeded: QuoteNeeded[];
  lines: CostLine[];
  /** The part of the lines that licenses Windows Server guests: needed whatever the hypervisor (0 without Windows VMs). */
  windowsGuests: number;
  /** What the figure leaves out or assumes: disputed minimums, conversions, Windows licensing, risks. */
  notes: string[];
  /** One-off costs of choosing this option (migration labour, training, overlap, a forced upgrade). */
  oneOff: { amount: number; lines: CostLine[] } | null;
  /** Years 1..years; empty while a price needs a quote. */
  cashFlow: CashFlowYear[];
  /** oneOff + Σ perYear ÷ (1 + discountRate)^t; null while a price needs a quote. */
  npv: number | null;
}

export interface MigrationPlan {
  from: HypervisorId;
  to: HypervisorId;
  product: string;
  tools: { name: string; url: string }[];
  effortDays: { low: number; high: number };
  downtime: "cold" | "warm";
  steps: string[];
  risks: string[];
  /** The inputs behind effortDays, so a person can redo it. */
  assumptions: {
    vms: number;
    vmsAssumed: boolean;
    fixedDays: { low: number; high: number };
    hoursPerVm: { low: number; high: number };
  };
  sources: Source[];
  asOf: string;
}

export interface RankingEntry {
  hypervisor: HypervisorId;
  name: string;
  /** 1 = best. */
  rank: number;
  /** 0–100, unrounded. */
  score: number;
  eligible: boolean;
  knockouts: Knockout[];
  /** The team's must-haves, met or not, each with the fact it rests on (platform or family). */
  mustHaves: MustHaveCheck[];
  contributions: Contribution[];
  /** The family's product that fits these answers best (null when the knowledge base lists none). */
  product: ProductChoice | null;
  /** The product's cost for the estate (null without an estate). */
  cost: Cost | null;
  /** The move from the current platform (null when staying, or with no current platform). */
  migration: MigrationPlan | null;
}

/** "Your plan": the product to pick, what staying put costs by comparison, and the sentence to paste. */
export interface PlanSummary {
  recommended: (ProductRef & { hypervisor: HypervisorId }) | null;
  stay: (ProductRef & { hypervisor: HypervisorId }) | null;
  /** Staying put's cost minus the recommendation's, per year and over the horizon (null when either is unpriced). */
  savingPerYear: number | null;
  savingTotal: number | null;
  years: number;
  /** Months until the recommendation's cumulative cost falls below staying put's (0: cheaper from the start; null: never within the horizon, or no move). */
  paybackMonths: number | null;
  /** Staying put's npv minus the recommendation's (null when either is unpriced, or no move). */
  npvSaving: number | null;
  /** The discount on staying put's own subscription that would make staying cost no more (null when not a move or unpriced). */
  breakEven: BreakEven | null;
  /**
   * The cheapest eligible option over the horizon, when it is not the recommendation, with the
   * sentence saying what the dearer recommendation buys and costs (the one the summary ends with).
   */
  cheapest: (ProductRef & { hypervisor: HypervisorId; perYear: number; npv: number; explanation: string }) | null;
  /** Every priced option's benefit (score without money) against its net present value, for the chart. */
  options: PlanOption[];
  /** The cost model's assumptions as used, each given or defaulted with where the default comes from. */
  assumptions: AssumptionUsed[];
  /** With an estate of clusters: each cluster's own best product, cost, staying put, effort and move order (null for a flat estate). */
  clusters: ClusterPlan[] | null;
  /** What planning every cluster on its own product costs, next to one platform for all (null when unpriced or flat). */
  split: SplitCost | null;
  summary: string;
}

/** A cluster's product, as the plan per cluster names it. */
export interface ClusterProduct {
  id: string;
  name: string;
  family: HypervisorId;
}

/**
 * One cluster planned alone (lib/decision/cluster-plan.ts): its own best product for its own workloads,
 * priced host by host, next to staying put on today's platform, with the move's effort and place.
 */
export interface ClusterPlan {
  name: string;
  product: ClusterProduct | null;
  /** The product's yearly cost for this cluster (null when it needs a quote or no option qualifies). */
  perYear: number | null;
  reason: string;
  hosts: number;
  /** Physical cores. */
  cores: number;
  /** Cores the product's per-core price bills, each CPU's and host's minimum applied host by host (null: not priced per core). */
  billedCores: number | null;
  /** The product's one-off cost for this cluster: migration labour, training, months of paying both (null without a product). */
  oneOff: number | null;
  /** The product's net present value for this cluster (null while a price needs a quote). */
  npv: number | null;
  /** Staying on today's platform with this cluster alone (null when nothing runs today, or it is not priced). */
  stay: CostFigures | null;
  /** stay.perYear − perYear: positive when the cluster's product costs less (null when either is unpriced). */
  savingPerYear: number | null;
  /** Person-days to move it (the migration model's range): 0–0 when it stays on today's family or nothing runs today; null when no migration path is recorded. */
  effortDays: { low: number; high: number } | null;
  /** Its place in the order to move the clusters in (null when it does not move). */
  move: ClusterMove | null;
}

/** A yearly cost, its one-off cost and its net present value (null while a price needs a quote). */
export interface CostFigures {
  perYear: number | null;
  oneOff: number;
  npv: number | null;
}

export type MoveRisk = "low" | "medium" | "high";

/** Least risk first, then most yearly saving, then least effort (docs/method.md, "The estate as clusters"). */
export interface ClusterMove {
  /** 1 = move first. */
  order: number;
  risk: MoveRisk;
  reason: string;
}

/** Priced figures of a whole plan (every part priced). */
export interface SplitFigures {
  perYear: number;
  oneOff: number;
  npv: number;
}

/** The split: every cluster on its own product. Its own figures are the sums of the clusters'. */
export interface SplitCost extends SplitFigures {
  /** Staying put: the whole estate on today's platform, as the cost table shows it (null when nothing runs today or it is unpriced). */
  stay: SplitFigures | null;
  /** One platform for everything: the recommended product for the whole estate (null when unpriced). */
  onePlatform: (SplitFigures & { product: ClusterProduct }) | null;
  /** stay − split, a year and in net present value (positive: the split costs less). */
  savingPerYear: number | null;
  npvSaving: number | null;
  /** onePlatform − split, a year and in net present value (positive: the split costs less). */
  onePlatformSavingPerYear: number | null;
  onePlatformNpvSaving: number | null;
  /** One sentence: which clusters go where, and what that saves or costs against staying and one platform. */
  explanation: string;
}

export interface BreakEven {
  /** 0–1: the share off staying put's own subscription at which staying's npv equals the recommendation's. */
  discount: number;
  /** What the discount applies to, e.g. "VCF subscription". */
  on: string;
  explanation: string;
}

export interface PlanOption extends ProductRef {
  hypervisor: HypervisorId;
  eligible: boolean;
  /** 0–100: the score on every criterion but licence cost, renormalised. */
  benefit: number;
  perYear: number | null;
  npv: number | null;
}

export interface AssumptionUsed {
  field: "windowsOwned" | "vmwareTermYears" | "renewalDate" | "migrationDayRate" | "discountRate";
  value: string | number | null;
  /** true: the documented default, not the team's own figure. */
  assumption: boolean;
  note: string;
  source: { title: string; url: string | null };
}

export interface ScoreResult {
  modelVersion: string;
  weights: CriterionWeight[];
  /** One entry per family: its best product's score, eligibility, ratings, cost and move. */
  ranking: RankingEntry[];
  /** Every product, best first: eligible before ineligible, then score (contract "Additions, part 2"). */
  products: ProductEntry[];
  winner: HypervisorId | null;
}

export interface CriterionSensitivity {
  criterion: CriterionKey;
  name: string;
  weight: number;
  /** The winner stays the winner for every weight of this criterion in [stableFrom, stableTo]. */
  stableFrom: number;
  stableTo: number;
  /** Who wins just below stableFrom / just above stableTo (null when the bound is 0 or 1). */
  belowTakenBy: HypervisorId | null;
  aboveTakenBy: HypervisorId | null;
}

export interface SmallestChange {
  criterion: CriterionKey;
  name: string;
  direction: "increase" | "decrease";
  /** Current normalised weight. */
  from: number;
  /** Break-even weight: at this value the new winner ties, beyond it wins. */
  to: number;
  change: number;
  fromWinner: HypervisorId;
  newWinner: HypervisorId;
}

export interface Sensitivity {
  criteria: CriterionSensitivity[];
  smallestChange: SmallestChange | null;
}

export interface Robustness {
  samples: number;
  seed: number;
  sigma: number;
  /** Share of sampled weightings each option wins (eligible options only; sums to 1). */
  shares: Record<HypervisorId, number>;
}

export interface Counterfactual {
  cause: KnockoutCause;
  /** Options this cause removed that score above the actual winner. */
  removed: HypervisorId[];
  wouldWin: HypervisorId | null;
  wouldWinScore: number | null;
  explanation: string;
}

export type ConfidenceLabel = "clear" | "narrow" | "tie";

export interface Confidence {
  label: ConfidenceLabel;
  /** Winner's score minus the eligible runner-up's, in points; null when only one option is eligible. */
  margin: number | null;
  robustnessShare: number;
  explanation: string;
}

export interface Evaluation extends ScoreResult {
  engineVersion: string;
  kbVersion: { number: number; label: string };
  /** The next eligible option after the winner (or null). */
  runnerUp: HypervisorId | null;
  topReasons: string[];
  sensitivity: Sensitivity | null;
  robustness: Robustness | null;
  counterfactuals: Counterfactual[];
  confidence: Confidence | null;
  plan: PlanSummary | null;
}
