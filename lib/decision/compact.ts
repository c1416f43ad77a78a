// The compact form of an evaluation: what the API answers and what a saved recommendation stores.
// The engine's Evaluation repeats itself for the components that read it (every contribution carries
// its criterion's name and weight, its rationale and its sources in full; a source cited by ten
// ratings appears ten times). The compact form says each thing once: contributions keep the rating and
// the points, names and weights stay in `weights`, every cited source sits once in `sources` and is
// referred to by its index, and the rationales and dates (the evidence) are a separate table, sent when
// asked for and always stored. Sensitivity rows name their criterion by key (name and weight are in
// `weights`); a family's alternative products are their id and why (name and vendor are in
// `products`). `expandEvaluation` rebuilds the engine's Evaluation exactly.
import type { Source } from "@/lib/knowledge/schema";
import type { HypervisorId } from "@/lib/questionnaire/options";
import type {
  Contribution,
  CriterionKey,
  Evaluation,
  Knockout,
  MigrationPlan,
  MustHaveCheck,
  ProductChoice,
  ProductEntry,
  RankingEntry,
  Sensitivity,
} from "./types";

type WithSourceRefs<T extends { sources: Source[] }> = Omit<T, "sources"> & {
  /** Indexes into the answer's top-level `sources`. */
  sourceRefs: number[];
};

/** `asOf` only in evaluations saved before December 2026's products; since, it is evidence. */
export type CompactContribution = Pick<Contribution, "criterion" | "rating" | "points" | "basis"> & {
  asOf?: string | null;
};

/** Why a rating is what it is, its sources and its date (`asOf` absent in evaluations saved before it moved here). */
export type RatingEvidence = WithSourceRefs<Pick<Contribution, "rationale" | "sources">> & { asOf?: string | null };

/** A family's product: its alternatives by id (name and vendor present only in evaluations saved before `products`). */
export type CompactProductChoice = Omit<ProductChoice, "alternatives"> & {
  alternatives: (Pick<ProductChoice["alternatives"][number], "id" | "why"> & { name?: string; vendor?: string })[];
};

/** Sensitivity rows by criterion key; `name` and `weight` present only in evaluations saved before they moved. */
export type CompactSensitivity = Omit<Sensitivity, "criteria"> & {
  criteria: (Omit<Sensitivity["criteria"][number], "name" | "weight"> & { name?: string; weight?: number })[];
};

/** The evidence of every contribution, by hypervisor and criterion. */
export type CompactEvidence = Record<string, Record<CriterionKey, RatingEvidence>>;

export interface CompactRankingEntry extends Omit<
  RankingEntry,
  "contributions" | "knockouts" | "mustHaves" | "migration" | "product"
> {
  product: CompactProductChoice | null;
  contributions: CompactContribution[];
  knockouts: WithSourceRefs<Knockout>[];
  mustHaves: WithSourceRefs<MustHaveCheck>[];
  migration: WithSourceRefs<MigrationPlan> | null;
}

/**
 * A product's knockouts as the contract shows them (`mustHave`, `reason`); their sources are in
 * `productEvidence`, sent with the evidence (`sourceRefs` here only in evaluations saved before that).
 */
export interface CompactProductEntry extends Omit<ProductEntry, "knockouts"> {
  knockouts: (Omit<Knockout, "sources"> & { sourceRefs?: number[] })[];
}

export interface CompactEvaluation extends Omit<Evaluation, "ranking" | "products" | "sensitivity"> {
  ranking: CompactRankingEntry[];
  sensitivity: CompactSensitivity | null;
  /** Absent from evaluations saved before products were candidates (December 2026). */
  products?: CompactProductEntry[];
  /** Every source the answer cites, once. */
  sources: Source[];
  /** The rationale, sources and date behind each contribution (present when asked for; always when stored). */
  evidence?: CompactEvidence;
  /** With the evidence: by product id, each knockout's sources, in the order of its `knockouts`. */
  productEvidence?: Record<string, number[][]>;
}

/** Collects sources in first-cited order and hands out their indexes. */
function sourceTable() {
  const sources: Source[] = [];
  const indexes = new Map<string, number>();
  // Most citations are the very object the knowledge base holds, cited again and again: looking the
  // object up first spells each one out as JSON only once (that spelling was a sixth of a save).
  const byObject = new Map<Source, number>();
  const refs = (list: Source[]) =>
    list.map((source) => {
      let index = byObject.get(source);
      if (index !== undefined) return index;
      const key = JSON.stringify(source);
      index = indexes.get(key);
      if (index === undefined) {
        index = sources.length;
        indexes.set(key, index);
        sources.push(source);
      }
      byObject.set(source, index);
      return index;
    });
  return { sources, refs };
}

function withRefs<T extends { sources: Source[] }>(value: T, refs: (list: Source[]) => number[]): WithSourceRefs<T> {
  const { sources, ...rest } = value;
  return { ...rest, sourceRefs: refs(sources) };
}

export function compactEvaluation(evaluation: Evaluation, { evidence }: { evidence: boolean }): CompactEvaluation {
  const { sources, refs } = sourceTable();
  const ranking = evaluation.ranking.map(
    ({ contributions, knockouts, mustHaves, migration, product, ...entry }): CompactRankingEntry => ({
      ...entry,
      product: product && {
        ...product,
        alternatives: product.alternatives.map(({ id, why }) => ({ id, why })),
      },
      contributions: contributions.map(({ criterion, rating, points, basis }) =>
        basis ? { criterion, rating, points, basis } : { criterion, rating, points },
      ),
      knockouts: knockouts.map((knockout) => withRefs(knockout, refs)),
      mustHaves: mustHaves.map((check) => withRefs(check, refs)),
      migration: migration && withRefs(migration, refs),
    }),
  );
  const products = evaluation.products.map(({ knockouts, ...product }): CompactProductEntry => ({
    ...product,
    knockouts: knockouts.map(({ mustHave, reason, platform }) =>
      platform ? { mustHave, reason, platform } : { mustHave, reason },
    ),
  }));
  const sensitivity = evaluation.sensitivity && {
    ...evaluation.sensitivity,
    criteria: evaluation.sensitivity.criteria.map(
      ({ criterion, stableFrom, stableTo, belowTakenBy, aboveTakenBy }) => ({
        criterion,
        stableFrom,
        stableTo,
        belowTakenBy,
        aboveTakenBy,
      }),
    ),
  };
  const compact: CompactEvaluation = { ...evaluation, ranking, products, sensitivity, sources };
  if (evidence) {
    compact.evidence = Object.fromEntries(
      evaluation.ranking.map((entry) => [
        entry.hypervisor,
        Object.fromEntries(
          entry.contributions.map((c) => [
            c.criterion,
            { rationale: c.rationale, sourceRefs: refs(c.sources), asOf: c.asOf },
          ]),
        ),
      ]),
    );
    compact.productEvidence = Object.fromEntries(
      evaluation.products.map((p) => [p.id, p.knockouts.map((k) => refs(k.sources))]),
    );
  }
  return compact;
}

/** Is this stored evaluation in the compact form (saved from December 2026) or the engine's own? */
export function isCompactEvaluation(value: Evaluation | CompactEvaluation): value is CompactEvaluation {
  return Array.isArray((value as CompactEvaluation).sources);
}

/** The sources a list of references points to. */
export function citedSources(compact: Pick<CompactEvaluation, "sources">, sourceRefs: number[]): Source[] {
  return sourceRefs.map((index) => {
    const source = compact.sources[index];
    if (!source) throw new Error(`A compact evaluation refers to source ${index}, which it does not hold`);
    return source;
  });
}

/** The engine's Evaluation again, from a compact one that carries its evidence. */
export function expandEvaluation(compact: CompactEvaluation): Evaluation {
  const { sources, evidence, productEvidence, ranking, products = [], sensitivity, ...rest } = compact;
  if (!evidence) throw new Error("Expanding a compact evaluation needs its evidence");
  const cited = (sourceRefs: number[]) => citedSources({ sources }, sourceRefs);
  const expand = <T extends { sourceRefs: number[] }>({ sourceRefs, ...value }: T) => ({
    ...value,
    sources: cited(sourceRefs),
  });
  const weights = new Map(rest.weights.map((w) => [w.key, w]));
  const named = new Map(products.map((p) => [p.id, p]));
  return {
    ...rest,
    products: products.map(({ knockouts, ...product }) => ({
      ...product,
      knockouts: knockouts.map(({ sourceRefs, ...knockout }, i) => ({
        ...knockout,
        sources: cited(productEvidence?.[product.id]?.[i] ?? sourceRefs ?? []),
      })),
    })),
    sensitivity: sensitivity && {
      ...sensitivity,
      criteria: sensitivity.criteria.map((row) => ({
        ...row,
        name: row.name ?? weights.get(row.criterion)?.name ?? row.criterion,
        weight: row.weight ?? weights.get(row.criterion)?.weight ?? 0,
      })),
    },
    ranking: ranking.map(({ contributions, knockouts, mustHaves, migration, product, ...entry }): RankingEntry => {
      const hypervisor: HypervisorId = entry.hypervisor;
      return {
        ...entry,
        product: product && {
          ...product,
          alternatives: product.alternatives.map((alt) => ({
            id: alt.id,
            name: alt.name ?? named.get(alt.id)?.name ?? alt.id,
            vendor: alt.vendor ?? named.get(alt.id)?.vendor ?? "",
            why: alt.why,
          })),
        },
        knockouts: knockouts.map(expand),
        mustHaves: mustHaves.map(expand),
        migration: migration && expand(migration),
        contributions: contributions.map(({ criterion, rating, points, asOf, basis }): Contribution => {
          const weight = weights.get(criterion);
          const facts = evidence[hypervisor]?.[criterion];
          if (!weight || !facts) throw new Error(`A compact evaluation lacks the weight or evidence of ${criterion}`);
          return {
            criterion,
            name: weight.name,
            kind: weight.kind,
            rating,
            weight: weight.weight,
            points,
            rationale: facts.rationale,
            sources: cited(facts.sourceRefs),
            asOf: facts.asOf !== undefined ? facts.asOf : (asOf ?? null),
            ...(basis ? { basis } : {}),
          };
        }),
      };
    }),
  };
}
