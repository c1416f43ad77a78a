// The compact form of an evaluation: what the API answers and what a saved recommendation stores.
// The engine's Evaluation repeats itself for the components that read it (every contribution carries
// its criterion's name and weight, its rationale and its sources in full; a source cited by ten
// ratings appears ten times). The compact form says each thing once: contributions keep the rating and
// the points, names and weights stay in `weights`, every cited source sits once in `sources` and is
// referred to by its index, and the rationales (the evidence) are a separate table, sent when asked for
// and always stored. `expandEvaluation` rebuilds the engine's Evaluation exactly.
import type { Source } from "@/lib/knowledge/schema";
import type { HypervisorId } from "@/lib/questionnaire/options";
import type {
  Contribution,
  CriterionKey,
  Evaluation,
  Knockout,
  MigrationPlan,
  MustHaveCheck,
  ProductEntry,
  RankingEntry,
} from "./types";

type WithSourceRefs<T extends { sources: Source[] }> = Omit<T, "sources"> & {
  /** Indexes into the answer's top-level `sources`. */
  sourceRefs: number[];
};

export type CompactContribution = Pick<Contribution, "criterion" | "rating" | "points" | "asOf">;

/** Why a rating is what it is, and its sources. */
export type RatingEvidence = WithSourceRefs<Pick<Contribution, "rationale" | "sources">>;

/** The evidence of every contribution, by hypervisor and criterion. */
export type CompactEvidence = Record<string, Record<CriterionKey, RatingEvidence>>;

export interface CompactRankingEntry extends Omit<
  RankingEntry,
  "contributions" | "knockouts" | "mustHaves" | "migration"
> {
  contributions: CompactContribution[];
  knockouts: WithSourceRefs<Knockout>[];
  mustHaves: WithSourceRefs<MustHaveCheck>[];
  migration: WithSourceRefs<MigrationPlan> | null;
}

export interface CompactProductEntry extends Omit<ProductEntry, "knockouts"> {
  knockouts: WithSourceRefs<Knockout>[];
}

export interface CompactEvaluation extends Omit<Evaluation, "ranking" | "products"> {
  ranking: CompactRankingEntry[];
  /** Absent from evaluations saved before products were candidates (December 2026). */
  products?: CompactProductEntry[];
  /** Every source the answer cites, once. */
  sources: Source[];
  /** The rationale, sources and date behind each contribution (present when asked for; always when stored). */
  evidence?: CompactEvidence;
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
    ({ contributions, knockouts, mustHaves, migration, ...entry }): CompactRankingEntry => ({
      ...entry,
      contributions: contributions.map(({ criterion, rating, points, asOf }) => ({ criterion, rating, points, asOf })),
      knockouts: knockouts.map((knockout) => withRefs(knockout, refs)),
      mustHaves: mustHaves.map((check) => withRefs(check, refs)),
      migration: migration && withRefs(migration, refs),
    }),
  );
  const products = evaluation.products.map(({ knockouts, ...product }): CompactProductEntry => ({
    ...product,
    knockouts: knockouts.map((knockout) => withRefs(knockout, refs)),
  }));
  const compact: CompactEvaluation = { ...evaluation, ranking, products, sources };
  if (evidence) {
    compact.evidence = Object.fromEntries(
      evaluation.ranking.map((entry) => [
        entry.hypervisor,
        Object.fromEntries(
          entry.contributions.map((c) => [c.criterion, { rationale: c.rationale, sourceRefs: refs(c.sources) }]),
        ),
      ]),
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
  const { sources, evidence, ranking, products = [], ...rest } = compact;
  if (!evidence) throw new Error("Expanding a compact evaluation needs its evidence");
  const cited = (sourceRefs: number[]) => citedSources({ sources }, sourceRefs);
  const expand = <T extends { sourceRefs: number[] }>({ sourceRefs, ...value }: T) => ({
    ...value,
    sources: cited(sourceRefs),
  });
  const weights = new Map(rest.weights.map((w) => [w.key, w]));
  return {
    ...rest,
    products: products.map(({ knockouts, ...product }) => ({ ...product, knockouts: knockouts.map(expand) })),
    ranking: ranking.map(({ contributions, knockouts, mustHaves, migration, ...entry }): RankingEntry => {
      const hypervisor: HypervisorId = entry.hypervisor;
      return {
        ...entry,
        knockouts: knockouts.map(expand),
        mustHaves: mustHaves.map(expand),
        migration: migration && expand(migration),
        contributions: contributions.map(({ criterion, rating, points, asOf }): Contribution => {
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
            asOf,
          };
        }),
      };
    }),
  };
}
