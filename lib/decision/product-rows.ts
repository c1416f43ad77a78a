// Every product scored as a candidate: its family's ratings where the evidence is the same, its own
// where it differs (the knowledge base's product ratings, the licence cost of this estate with this
// product, 10/10 platform fit where it is the platform's own product), its family's knockouts and its
// own, its support status, cost and migration. lib/decision/score.ts ranks the rows.
import type { Product } from "@/lib/knowledge/plan-schema";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import type { EstateCluster } from "@/lib/questionnaire/estate";
import { DEFAULT_YEARS } from "@/lib/questionnaire/horizon";
import type { HypervisorId } from "@/lib/questionnaire/options";
import type { Quotes } from "@/lib/questionnaire/quotes";
import { buildContributions, type ProductContext } from "./contributions";
import type { DerivedRating, TeamFitPath } from "./derived-ratings";
import type { ResolvedAssumptions } from "./cost-rules";
import { priceEstate } from "./estate-cost";
import { ratingKey, type KnowledgeIndex } from "./knowledge-index";
import { findMigrationPath, planMigration } from "./migration-plan";
import { LICENCE_COST_CRITERION, productRatings, rateCost } from "./plan-ratings";
import { assessFit, type Fit } from "./product-fit";
import { productKnockouts } from "./product-knockouts";
import { availabilityOn, supportFor } from "./product-support";
import type { Contribution, Cost, Knockout, MigrationPlan, ProductRef, ProductSupport } from "./types";
import { brokerProducts } from "./vdi-broker";
import { completeCost, type WholeCostInput } from "./whole-cost";

const PLATFORM_FIT_CRITERION = "platform-fit";

/** One candidate: a product of a family (or the family itself, where the knowledge base lists no product). */
export interface ProductRow {
  family: HypervisorId;
  product: Product | null;
  ref: ProductRef;
  /** Position in the knowledge base's product list: the last tie-break. */
  order: number;
  score: number;
  eligible: boolean;
  knockouts: Knockout[];
  contributions: Contribution[];
  /** The contributions' ratings, in criterion order, for sensitivity and robustness. */
  ratings: Float64Array;
  support: ProductSupport;
  fit: Fit;
  cost: Cost | null;
  migration: MigrationPlan | null;
}

export interface FamilyFacts {
  family: HypervisorId;
  knockouts: readonly Knockout[];
  openSource: boolean;
}

export interface RowInput {
  kb: KnowledgeBase;
  index: KnowledgeIndex;
  answers: Answers;
  weights: Float64Array;
  quotes: Quotes | undefined;
  today: string;
  /** The estate as clusters, or null when its size is not given (no costs). */
  clusters: EstateCluster[] | null;
  assumptions: ResolvedAssumptions;
  /** Whether the day rate is the documented default. */
  defaultDayRate: boolean;
  /** Today's platform's yearly cost less its Windows Server guest licences, once its rows are priced. */
  stay: WholeCostInput["stay"];
}

const NO_FIT: Fit = { points: 0, pros: [], cons: [] };
const FAMILY_SUPPORT: ProductSupport = {
  status: "supported",
  until: null,
  note: "The knowledge base lists no product of this family: the family's own facts apply.",
};

/** The product's ratings where its evidence, its estate cost or its platform differ from its family's. */
function productContext(input: RowInput, product: Product, cost: Cost | null): ProductContext {
  const { index, answers, kb } = input;
  const ratings = productRatings(product);
  const available = availabilityOn(product, answers.cloudPlatform);
  if (available.offered && available.natural && !ratings.has(PLATFORM_FIT_CRITERION)) {
    const fact = available.natural;
    const platformName = index.platformNames.get(fact.platform) ?? fact.platform;
    ratings.set(PLATFORM_FIT_CRITERION, {
      rating: 10,
      rationale: `${product.name} is ${platformName}'s own product for this family: ${fact.note}`,
      sources: fact.sources,
      asOf: fact.asOf,
    });
  }
  const familyRating = index.ratings.get(ratingKey(product.hypervisor, LICENCE_COST_CRITERION));
  const kbRating: DerivedRating | null =
    ratings.get(LICENCE_COST_CRITERION) ??
    (familyRating
      ? {
          rating: familyRating.score,
          rationale: familyRating.rationale,
          sources: familyRating.sources,
          asOf: familyRating.asOf,
        }
      : null);
  const costRating = cost && input.clusters ? rateCost(cost, input.clusters, product.name, kbRating) : null;
  if (costRating) ratings.set(LICENCE_COST_CRITERION, costRating);
  const current = answers.currentPlatform;
  const path =
    kb.migrationPaths.length > 0 && current !== "none" && current !== product.hypervisor
      ? findMigrationPath(kb, current, product.hypervisor, product.id)
      : undefined;
  // The path itself (a knowledge-base object): products that share it share its team-fit contribution.
  return { ratings, teamFitPath: path };
}

/** One row per product of `family` (in knowledge-base order), or one for the family when it lists none. */
export function scoreFamilyRows(input: RowInput, facts: FamilyFacts): ProductRow[] {
  const { kb, index, answers, weights, today } = input;
  const { family } = facts;
  const score = (contributions: Contribution[]) => contributions.reduce((sum, c) => sum + c.points, 0);
  const products = kb.products.filter((p) => p.hypervisor === family);
  const familyBuilt = {
    ...buildContributions(index, answers, family, weights, { ratings: new Map() }),
    teamFit: new Map<TeamFitPath, Contribution>(),
  };
  if (products.length === 0) {
    return [
      {
        family,
        product: null,
        ref: { id: family, name: index.names[family], vendor: "" },
        order: -1,
        score: score(familyBuilt.contributions),
        eligible: facts.knockouts.length === 0,
        knockouts: [...facts.knockouts],
        contributions: familyBuilt.contributions,
        ratings: familyBuilt.ratings,
        support: FAMILY_SUPPORT,
        fit: NO_FIT,
        cost: null,
        migration: planMigration(kb, answers, family, null),
      },
    ];
  }
  const broker = brokerProducts(index, answers, family);
  const platformName = (id: string) => index.platformNames.get(id) ?? id;
  return products.map((product) => {
    const migration = planMigration(kb, answers, family, product.id);
    const cost = priceRow(input, product, family, migration);
    const built = buildContributions(
      index,
      answers,
      family,
      weights,
      productContext(input, product, cost),
      familyBuilt,
    );
    const support = supportFor(product, answers, today, platformName);
    const knockouts = productKnockouts(product, {
      answers,
      family: facts.knockouts,
      familyOpenSource: facts.openSource,
      broker,
      support,
    });
    const { id, name, vendor } = product;
    return {
      family,
      product,
      ref: { id, name, vendor },
      order: kb.products.indexOf(product),
      score: score(built.contributions),
      eligible: knockouts.length === 0,
      knockouts,
      contributions: built.contributions,
      ratings: built.ratings,
      support,
      fit: assessFit(product.fit, answers),
      cost,
      migration,
    };
  });
}

/** The product's whole cost for the estate: recurring lines, one-off lines, cash flow and NPV. */
function priceRow(
  input: RowInput,
  product: Product,
  family: HypervisorId,
  migration: MigrationPlan | null,
): Cost | null {
  const { kb, answers, clusters, quotes, assumptions, today } = input;
  if (!clusters) return null;
  const years = answers.years ?? DEFAULT_YEARS;
  const staying = answers.currentPlatform === family;
  const cost = priceEstate({ kb, product, clusters, years, quotes, assumptions, staying });
  return completeCost({
    cost,
    family,
    clusters,
    years,
    assumptions,
    defaultDayRate: input.defaultDayRate,
    today,
    migration,
    productName: product.name,
    staying,
    teamSkills: answers.teamSkills,
    stay: staying ? null : input.stay,
  });
}
