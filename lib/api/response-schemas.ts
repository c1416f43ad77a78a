// What the public API answers, as zod schemas: the OpenAPI document (lib/api/openapi.ts) is generated
// from these and from the request schemas the handlers parse with, and a test checks real answers
// against them. Each engine shape is checked against its TypeScript type (`satisfies`), so the
// description cannot drift from what the engine returns without the type check failing.
import { z } from "zod";
import type {
  CompactContribution,
  CompactEvaluation,
  CompactProductChoice,
  CompactProductEntry,
  CompactSensitivity,
  CompactRankingEntry,
} from "@/lib/decision/compact";
import type {
  Confidence,
  Cost,
  CostLine,
  Counterfactual,
  CriterionWeight,
  PlanSummary,
  ProductSupport,
  Robustness,
} from "@/lib/decision";
import { SUPPORT_STATUSES } from "@/lib/decision";
import { knowledgeContentSchema, knowledgeVersionSchema, sourceSchema } from "@/lib/knowledge/schema";
import { assumptionsSchema } from "@/lib/questionnaire/assumptions";
import { quotesSchema } from "@/lib/questionnaire/quotes";
import { answersSchema } from "@/lib/questionnaire/answers";
import { CLOUD_PLATFORMS, HYPERVISOR_IDS, MUST_HAVES } from "@/lib/questionnaire/options";

const hypervisor = z.enum(HYPERVISOR_IDS);
const nullableHypervisor = hypervisor.nullable();
const knockoutCause = z.union([
  z.enum(MUST_HAVES),
  z.enum(["licensing", "cloudPlatform", "vdiBroker", "support", "ruledOut"]),
]);
const link = z.object({ title: z.string(), url: z.string().nullable() });

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string().meta({ description: "A stable machine-readable code, e.g. invalid_input" }),
    message: z.string().meta({ description: "What went wrong, in words a person can act on" }),
    fields: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .meta({ description: "For invalid_input: each field, by its path (answers.estate.hosts), and why" }),
    requestId: z.string().optional().meta({ description: "For internal_error: the id to quote to the operator" }),
  }),
});

const criterionWeight = z.object({
  key: z.string(),
  name: z.string(),
  kind: z.enum(["rated", "derived"]),
  defaultWeight: z.number(),
  raw: z.number(),
  weight: z.number(),
  rules: z.array(z.object({ id: z.string(), label: z.string() })),
  overridden: z.boolean(),
}) satisfies z.ZodType<CriterionWeight>;

const sourceRefs = z
  .array(z.number().int().min(0))
  .meta({ description: "Indexes into the answer's top-level `sources`: each cited source is listed once there" });

const knockout = z.object({
  mustHave: knockoutCause,
  reason: z.string(),
  sourceRefs,
  platform: z.enum(CLOUD_PLATFORMS).optional(),
}) satisfies z.ZodType<CompactRankingEntry["knockouts"][number]>;

const mustHaveCheck = z.object({
  mustHave: z.enum(MUST_HAVES),
  met: z.boolean(),
  note: z.string(),
  sourceRefs,
  asOf: z.string(),
  platform: z.enum(CLOUD_PLATFORMS).nullable(),
}) satisfies z.ZodType<CompactRankingEntry["mustHaves"][number]>;

const contribution = z
  .object({
    criterion: z.string().meta({ description: "A key of `weights`, which names the criterion and holds its weight" }),
    rating: z.number().meta({ description: "0–10 on the one fixed scale" }),
    points: z
      .number()
      .meta({ description: "10 × the criterion's weight × rating; an option's points add up to its score" }),
    basis: z.enum(["estate-cost", "no-price"]).optional().meta({
      description:
        "Licence cost with an estate: `estate-cost` when the rating is computed from what the estate would pay (per physical core per year), `no-price` when the option has no public price and the knowledge base's rating stands; absent when the rating is the knowledge base's own",
    }),
  })
  .meta({
    description:
      "Its rationale, sources and date are in `evidence[hypervisor][criterion]`, with include=evidence (evaluations saved before December 2026 also carry `asOf` here)",
  }) satisfies z.ZodType<CompactContribution>;

const evidence = z
  .record(
    hypervisor,
    z.record(
      z.string(),
      z.object({
        rationale: z.string(),
        sourceRefs,
        asOf: z
          .string()
          .nullable()
          .optional()
          .meta({ description: "When the rating's evidence dates from (null: computed from the answers)" }),
      }),
    ),
  )
  .meta({ description: "By hypervisor, then criterion: why each rating is what it is, its sources and its date" });

const productRef = { id: z.string(), name: z.string(), vendor: z.string() };
const productSupport = z.object({
  status: z.enum(SUPPORT_STATUSES),
  until: z
    .string()
    .nullable()
    .meta({ description: "End of general support (YYYY-MM-DD), or null when none is announced" }),
  note: z.string(),
}) satisfies z.ZodType<ProductSupport>;

const productChoice = z.object({
  ...productRef,
  support: productSupport,
  reasons: z.array(z.string()),
  cautions: z.array(z.string()),
  alternatives: z
    .array(z.object({ id: z.string(), why: z.array(z.string()) }))
    .meta({ description: "The family's other products, by id (their names and vendors are in `products`)" }),
}) satisfies z.ZodType<CompactProductChoice>;

const costLine = z.object({
  item: z.string(),
  product: z.string(),
  priceKey: z.string(),
  quantity: z.number(),
  unit: z.string(),
  unitPrice: z.number(),
  amount: z.number(),
  arithmetic: z.string(),
  basis: z.enum(["list", "typical", "reported", "quote", "assumption"]),
  source: link,
  asOf: z.string().nullable(),
  assumption: z.boolean().optional().meta({ description: "true when a default assumption sets a figure in the line" }),
}) satisfies z.ZodType<CostLine>;

const cost = z.object({
  currency: z.literal("USD"),
  perYear: z.number().nullable(),
  years: z.number(),
  total: z.number().nullable(),
  quoteRequired: z.boolean(),
  quotesNeeded: z.array(z.object({ product: z.string(), item: z.string(), note: z.string(), source: link })),
  lines: z.array(costLine),
  windowsGuests: z.number(),
  notes: z.array(z.string()),
  oneOff: z
    .object({ amount: z.number(), lines: z.array(costLine) })
    .nullable()
    .meta({
      description: "Migration labour, training, overlapping subscriptions, a forced upgrade: one-off, in year 1",
    }),
  cashFlow: z
    .array(z.object({ year: z.number().int(), recurring: z.number(), oneOff: z.number(), total: z.number() }))
    .meta({ description: "Years 1..years; Σ total = perYear × years + oneOff.amount; empty while a quote is needed" }),
  npv: z.number().nullable().meta({ description: "oneOff.amount + Σ perYear ÷ (1 + discountRate)^t, t = 1..years" }),
}) satisfies z.ZodType<Cost>;

const range = z.object({ low: z.number(), high: z.number() });
const migration = z.object({
  from: hypervisor,
  to: hypervisor,
  product: z.string(),
  tools: z.array(z.object({ name: z.string(), url: z.string() })),
  effortDays: range,
  downtime: z.enum(["cold", "warm"]),
  steps: z.array(z.string()),
  risks: z.array(z.string()),
  assumptions: z.object({ vms: z.number(), vmsAssumed: z.boolean(), fixedDays: range, hoursPerVm: range }),
  sourceRefs,
  asOf: z.string(),
}) satisfies z.ZodType<NonNullable<CompactRankingEntry["migration"]>>;

const rankingEntry = z.object({
  hypervisor,
  name: z.string(),
  rank: z.number().int(),
  score: z.number().meta({ description: "0–100, unrounded: the contributions add up to it" }),
  eligible: z.boolean(),
  knockouts: z.array(knockout),
  mustHaves: z.array(mustHaveCheck),
  contributions: z.array(contribution),
  product: productChoice.nullable(),
  cost: cost.nullable(),
  migration: migration.nullable(),
}) satisfies z.ZodType<CompactRankingEntry>;

const productKnockout = z.object({
  mustHave: knockoutCause,
  reason: z.string(),
  platform: z.enum(CLOUD_PLATFORMS).optional(),
}) satisfies z.ZodType<CompactProductEntry["knockouts"][number]>;

const productEntry = z.object({
  ...productRef,
  family: hypervisor,
  score: z.number().meta({ description: "0–100 on the ranking's scale, unrounded" }),
  eligible: z.boolean(),
  knockouts: z
    .array(productKnockout)
    .meta({ description: "Their sources are in `productEvidence`, with include=evidence" }),
  support: productSupport,
}) satisfies z.ZodType<CompactProductEntry>;

const clusterProduct = z.object({ id: z.string(), name: z.string(), family: hypervisor });
const splitFigures = z.object({ perYear: z.number(), oneOff: z.number(), npv: z.number() });

const planSummary = z.object({
  recommended: z.object({ ...productRef, hypervisor }).nullable(),
  stay: z.object({ ...productRef, hypervisor }).nullable(),
  savingPerYear: z.number().nullable(),
  savingTotal: z.number().nullable(),
  years: z.number(),
  paybackMonths: z.number().int().nullable().meta({
    description:
      "Months until the recommendation's cumulative cost falls below staying put's; 0 from the start; null never within the horizon",
  }),
  npvSaving: z.number().nullable().meta({ description: "Staying put's npv minus the recommendation's" }),
  breakEven: z
    .object({ discount: z.number(), on: z.string(), explanation: z.string() })
    .nullable()
    .meta({ description: "The discount off staying put's own subscription at which staying costs no more" }),
  cheapest: z
    .object({ ...productRef, hypervisor, perYear: z.number(), npv: z.number(), explanation: z.string() })
    .nullable()
    .meta({ description: "The cheapest eligible option by npv, when it is not the recommendation" }),
  options: z.array(
    z.object({
      ...productRef,
      hypervisor,
      eligible: z.boolean(),
      benefit: z.number().meta({ description: "0–100: the score on every criterion but licence cost" }),
      perYear: z.number().nullable(),
      npv: z.number().nullable(),
    }),
  ),
  assumptions: z.array(
    z.object({
      field: z.enum(["windowsOwned", "vmwareTermYears", "renewalDate", "migrationDayRate", "discountRate"]),
      value: z.union([z.string(), z.number()]).nullable(),
      assumption: z.boolean(),
      note: z.string(),
      source: link,
    }),
  ),
  clusters: z
    .array(
      z.object({
        name: z.string(),
        product: clusterProduct.nullable(),
        perYear: z.number().nullable(),
        reason: z.string(),
        hosts: z.number().int(),
        cores: z.number().int().meta({ description: "Physical cores" }),
        billedCores: z.number().int().nullable().meta({
          description:
            "Cores the product's per-core price bills, each CPU's and host's minimum applied host by host; null when not priced per core",
        }),
        oneOff: z.number().nullable(),
        npv: z.number().nullable(),
        stay: z
          .object({ perYear: z.number().nullable(), oneOff: z.number(), npv: z.number().nullable() })
          .nullable()
          .meta({ description: "Staying on today's platform with this cluster alone; null when nothing runs today" }),
        savingPerYear: z.number().nullable().meta({ description: "stay.perYear − perYear" }),
        effortDays: range.nullable().meta({
          description:
            "Person-days to move it: 0–0 when it stays on today's family or nothing runs today; null when no migration path is recorded",
        }),
        move: z
          .object({
            order: z.number().int().meta({ description: "1 = move first" }),
            risk: z.enum(["low", "medium", "high"]),
            reason: z.string(),
          })
          .nullable()
          .meta({
            description: "Its place in the order to move: least risk, then most saving, then least effort first",
          }),
      }),
    )
    .nullable()
    .meta({
      description:
        "With an estate of clusters: each cluster's own best product and cost, staying put, effort and move order",
    }),
  split: z
    .object({
      ...splitFigures.shape,
      stay: splitFigures.nullable().meta({ description: "Staying put: the whole estate on today's platform" }),
      onePlatform: splitFigures
        .extend({ product: clusterProduct })
        .nullable()
        .meta({ description: "One platform for everything: the recommended product for the whole estate" }),
      savingPerYear: z.number().nullable().meta({ description: "stay.perYear − perYear" }),
      npvSaving: z.number().nullable().meta({ description: "stay.npv − npv" }),
      onePlatformSavingPerYear: z.number().nullable().meta({ description: "onePlatform.perYear − perYear" }),
      onePlatformNpvSaving: z.number().nullable().meta({ description: "onePlatform.npv − npv" }),
      explanation: z.string(),
    })
    .nullable()
    .meta({
      description:
        "Every cluster on its own product: the sums of the clusters' figures, next to staying put and one platform for all",
    }),
  summary: z.string(),
}) satisfies z.ZodType<PlanSummary>;

const sensitivity = z.object({
  criteria: z.array(
    z.object({
      criterion: z.string().meta({ description: "A key of `weights`, which names the criterion and holds its weight" }),
      stableFrom: z.number(),
      stableTo: z.number(),
      belowTakenBy: nullableHypervisor,
      aboveTakenBy: nullableHypervisor,
    }),
  ),
  smallestChange: z
    .object({
      criterion: z.string(),
      name: z.string(),
      direction: z.enum(["increase", "decrease"]),
      from: z.number(),
      to: z.number(),
      change: z.number(),
      fromWinner: hypervisor,
      newWinner: hypervisor,
    })
    .nullable(),
}) satisfies z.ZodType<CompactSensitivity>;

const robustness = z.object({
  samples: z.number().int(),
  seed: z.number(),
  sigma: z.number(),
  shares: z.object(
    Object.fromEntries(HYPERVISOR_IDS.map((id) => [id, z.number()])) as Record<
      (typeof HYPERVISOR_IDS)[number],
      z.ZodNumber
    >,
  ),
}) satisfies z.ZodType<Robustness>;

const counterfactual = z.object({
  cause: knockoutCause,
  removed: z.array(hypervisor),
  wouldWin: nullableHypervisor,
  wouldWinScore: z.number().nullable(),
  explanation: z.string(),
}) satisfies z.ZodType<Counterfactual>;

const confidence = z.object({
  label: z.enum(["clear", "narrow", "tie"]),
  margin: z.number().nullable(),
  robustnessShare: z.number(),
  explanation: z.string(),
}) satisfies z.ZodType<Confidence>;

export const evaluationSchema = z.object({
  modelVersion: z.string(),
  engineVersion: z.string(),
  kbVersion: z.object({ number: z.number().int(), label: z.string() }),
  weights: z.array(criterionWeight),
  ranking: z.array(rankingEntry),
  products: z.array(productEntry).optional().meta({
    description:
      "Every product, best first (eligible before ineligible, then score); absent from evaluations saved before December 2026",
  }),
  winner: nullableHypervisor,
  runnerUp: nullableHypervisor,
  topReasons: z.array(z.string()),
  sensitivity: sensitivity.nullable(),
  robustness: robustness.nullable(),
  counterfactuals: z.array(counterfactual),
  confidence: confidence.nullable(),
  plan: planSummary.nullable(),
  sources: z.array(sourceSchema).meta({ description: "Every source the answer cites, once" }),
  evidence: evidence.optional(),
  productEvidence: z.record(z.string(), z.array(sourceRefs)).optional().meta({
    description: "With include=evidence: by product id, each of its knockouts' sources (indexes into `sources`)",
  }),
}) satisfies z.ZodType<CompactEvaluation>;

export const savedRecommendationSchema = z.object({
  id: z.string(),
  url: z.string().meta({ description: "The share link" }),
  ownerToken: z.string().meta({ description: "Shown once: send it as Authorization: Bearer to edit or delete" }),
});

export const recommendationSnapshotSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  kbVersion: z.number().int(),
  modelVersion: z.string(),
  answers: answersSchema,
  weights: z.record(z.string(), z.number()),
  quotes: quotesSchema,
  assumptions: assumptionsSchema,
  evaluation: evaluationSchema,
});

export const modelResponseSchema = knowledgeContentSchema.extend({ version: knowledgeVersionSchema });

export const questionnaireResponseSchema = z.object({
  version: z.literal("v1"),
  questions: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(["single", "multiple"]),
      shortTitle: z.string(),
      title: z.string(),
      help: z.string(),
      options: z.array(z.object({ value: z.string(), label: z.string(), description: z.string() })),
    }),
  ),
  defaults: answersSchema,
});

export const healthResponseSchema = z.object({ status: z.enum(["ok", "unavailable"]), reason: z.string().optional() });
