// The knowledge base's plan data: the concrete products of each family, their prices (sourced and
// dated like every rating), the currency rates used to compare them, and the migration paths between
// platforms. The decision engine turns these into "which product, what it costs, how to get there".
import { z } from "zod";
import {
  BUDGETS,
  CLOUD_PLATFORMS,
  CURRENT_PLATFORMS,
  GUEST_OS,
  LICENSING,
  MUST_HAVES,
  SCALES,
  TEAM_SKILLS,
  VDI_BROKERS,
  WORKLOADS,
} from "@/lib/questionnaire/options";
import { criterionKeySchema, hypervisorIdSchema, isoDateSchema, sourcesSchema } from "./primitives";

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

export const productIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,59}$/, { message: "must be lower-case letters, digits and dashes" });

/** When a product fits (or fits less): every field given must hold; list answers match when they contain the value. */
export const fitConditionSchema = z.strictObject({
  guestOs: z.enum(GUEST_OS).optional(),
  licensing: z.enum(LICENSING).optional(),
  cloudPlatform: z.enum(CLOUD_PLATFORMS).optional(),
  currentPlatform: z.enum(CURRENT_PLATFORMS).optional(),
  scale: z.enum(SCALES).optional(),
  budget: z.enum(BUDGETS).optional(),
  workload: z.enum(WORKLOADS).optional(),
  mustHave: z.enum(MUST_HAVES).optional(),
  teamSkill: z.enum(TEAM_SKILLS).optional(),
  /** Holds when the team does not list this skill (OpenShift Virtualization for a team without Linux). */
  lacksTeamSkill: z.enum(TEAM_SKILLS).optional(),
  /** Holds when desktops are a workload and this broker runs them. */
  vdiBroker: z.enum(VDI_BROKERS).optional(),
});
export type FitCondition = z.infer<typeof fitConditionSchema>;

export const fitRuleSchema = z.strictObject({
  when: fitConditionSchema,
  /** Added to the product's fit when the condition holds; negative when it fits less. */
  points: z.number().int().min(-10).max(10),
  reason: text(10, 300),
});
export type FitRule = z.infer<typeof fitRuleSchema>;

/** A must-have the family can meet but this product cannot (the free vSphere Hypervisor has no HA). */
export const productGapSchema = z.strictObject({
  mustHave: z.enum(MUST_HAVES),
  note: text(10, 400),
});

/** Where the product's evidence differs from its family's rating on a criterion. */
export const productRatingSchema = z.strictObject({
  criterion: criterionKeySchema,
  score: z.number().min(0).max(10),
  rationale: text(20, 1200),
  sources: sourcesSchema,
  asOf: isoDateSchema,
});
export type ProductRating = z.infer<typeof productRatingSchema>;

/**
 * Whether a product can be bought and supported, as the knowledge base records it. supported: sold
 * with vendor support (`until`: the end of general support, when one is announced); community: no
 * vendor support is offered; end-of-support: general support ended on `until`; not-sold: withdrawn.
 * The engine adds two statuses of its own for one set of answers (lib/decision/product-support.ts):
 * ending, when `until` falls within the answers' horizon, and not-sold, for a platform the product
 * is not offered on.
 */
export const RECORDED_SUPPORT_STATUSES = ["supported", "community", "end-of-support", "not-sold"] as const;

export const productLifecycleSchema = z
  .strictObject({
    status: z.enum(RECORDED_SUPPORT_STATUSES),
    until: isoDateSchema.nullable(),
    note: text(10, 600),
    sources: sourcesSchema,
    asOf: isoDateSchema,
  })
  .refine((l) => l.status !== "end-of-support" || l.until !== null, {
    message: "an end-of-support product needs the date its support ended",
    path: ["until"],
  });
export type ProductLifecycle = z.infer<typeof productLifecycleSchema>;

/**
 * What a platform means for a product, as a sourced fact: natural (the platform's own product for this
 * family: OLVM on Oracle Cloud, OpenNebula's KVM hosts on OpenNebula), requires (offered only on the
 * platforms it lists this way: Azure Local on premises), excludes (not offered on this platform: VVF
 * on hosted VMware clouds, which take VCF).
 */
export const PLATFORM_RELATIONS = ["natural", "requires", "excludes"] as const;
export const productPlatformSchema = z.strictObject({
  platform: z.enum(CLOUD_PLATFORMS),
  relation: z.enum(PLATFORM_RELATIONS),
  note: text(10, 600),
  sources: sourcesSchema,
  asOf: isoDateSchema,
});
export type ProductPlatform = z.infer<typeof productPlatformSchema>;

const productObjectSchema = z
  .strictObject({
    id: productIdSchema,
    hypervisor: hypervisorIdSchema,
    name: text(2, 80),
    vendor: text(2, 120),
    lifecycle: productLifecycleSchema,
    /** Whether the product itself is open source; absent: as its family (XenServer is not, though Xen is). */
    openSource: z.boolean().optional(),
    /** What the product includes: management, HA, storage entitlements. */
    includes: text(10, 800),
    support: text(10, 600),
    limits: text(5, 600),
    suits: text(10, 600),
    gaps: z.array(productGapSchema),
    fit: z.array(fitRuleSchema),
    platforms: z.array(productPlatformSchema).default([]),
    ratings: z.array(productRatingSchema),
    sources: sourcesSchema,
    asOf: isoDateSchema,
  })
  .refine((p) => new Set(p.ratings.map((r) => r.criterion)).size === p.ratings.length, {
    message: "a product rates each criterion at most once",
    path: ["ratings"],
  })
  .refine((p) => new Set(p.platforms.map((f) => f.platform)).size === p.platforms.length, {
    message: "a product states at most one fact per platform",
    path: ["platforms"],
  });

/**
 * A product as the first product release stored it (status active or end-of-life, endOfLife) read as
 * today's shape, so versions published before this one still load: active became supported with no
 * announced end, end-of-life became end-of-support on its date, with the product's own note.
 */
function upgradeStoredProduct(value: unknown): unknown {
  if (!value || typeof value !== "object" || "lifecycle" in value || !("status" in value)) return value;
  const { status, endOfLife, ...rest } = value as Record<string, unknown>;
  const ended = status === "end-of-life";
  return {
    ...rest,
    lifecycle: {
      status: ended ? "end-of-support" : "supported",
      until: ended ? (endOfLife ?? null) : null,
      note: ended
        ? `General support ended on ${String(endOfLife)}.`
        : "Sold with vendor support; no end of support announced.",
      sources: rest.sources,
      asOf: rest.asOf,
    },
  };
}

export const productSchema = z.preprocess(upgradeStoredProduct, productObjectSchema);
export type Product = z.infer<typeof productSchema>;

/**
 * How a price is counted. core-year: per physical core per year; core-month: per physical core per
 * month; core-perpetual: a one-off per-core licence, spread over the horizon; socket-year: per CPU
 * socket per year; host-year: per host per year; flat-year: one amount per year for the estate.
 */
export const PRICE_UNITS = [
  "core-year",
  "core-month",
  "core-perpetual",
  "socket-year",
  "host-year",
  "flat-year",
] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];

export const CURRENCIES = ["USD", "EUR"] as const;
export type Currency = (typeof CURRENCIES)[number];

/** list: the vendor's published price; typical: what buyers report paying; reported: a secondary, unconfirmed figure. */
export const PRICE_BASES = ["list", "typical", "reported"] as const;

/** A minimum count of billed cores. A disputed minimum is shown with the cost but not applied. */
export const priceMinimumSchema = z.strictObject({
  per: z.enum(["cpu", "host", "order"]),
  cores: z.number().int().min(1).max(10_000),
  status: z.enum(["applies", "disputed"]),
  note: text(10, 400),
});
export type PriceMinimum = z.infer<typeof priceMinimumSchema>;

/**
 * Whether a price's licences also license the Windows Server guests of the hosts they cover:
 * unlimited (Datacenter), or two per full licensing of a host, stacked for more (Standard).
 */
export const WINDOWS_GUEST_COVERAGE = ["unlimited", "two-per-licence"] as const;

export const priceSchema = z
  .strictObject({
    product: productIdSchema,
    key: productIdSchema,
    windowsGuests: z.enum(WINDOWS_GUEST_COVERAGE).optional(),
    /** The line's wording on a cost table, e.g. "VVF subscription". */
    item: text(3, 120),
    unit: z.enum(PRICE_UNITS),
    /** null when no public price exists (quoteRequired). */
    amount: z.number().min(0).max(10_000_000).nullable(),
    currency: z.enum(CURRENCIES),
    basis: z.enum(PRICE_BASES),
    quoteRequired: z.boolean(),
    minimums: z.array(priceMinimumSchema),
    /** The subscription term, in years, the figure is quoted for (Broadcom prices differ by term). */
    termYears: z.union([z.literal(1), z.literal(3), z.literal(5)]).optional(),
    /** Storage capacity (TiB) each licensed core includes, e.g. vSAN with VCF. */
    includedTiBPerCore: z.number().min(0).max(100).optional(),
    /** A reported surcharge for renewing after the contract's end date, in percent of the renewal. */
    lateRenewalPercent: z.number().min(0).max(100).optional(),
    note: text(10, 800),
    sources: sourcesSchema,
    asOf: isoDateSchema,
  })
  .refine((p) => (p.amount === null) === p.quoteRequired, {
    message: "a price has an amount, or no amount and quoteRequired: never both, never neither",
    path: ["amount"],
  });
export type Price = z.infer<typeof priceSchema>;

/** What one unit of a currency is worth in US dollars, from a dated source. */
export const exchangeRateSchema = z.strictObject({
  currency: z.enum(CURRENCIES),
  usd: z.number().positive().max(1000),
  note: text(10, 400),
  sources: sourcesSchema,
  asOf: isoDateSchema,
});
export type ExchangeRate = z.infer<typeof exchangeRateSchema>;

const dayRangeSchema = z
  .strictObject({ low: z.number().min(0).max(10_000), high: z.number().min(0).max(10_000) })
  .refine((r) => r.low <= r.high, { message: "low must not exceed high" });

export const migrationToolSchema = z.strictObject({
  name: text(2, 120),
  url: z.url({ protocol: /^https?$/ }).max(2000),
});

/**
 * Moving from one family to a product (or to any product of a family: product "any"). Effort in
 * person-days is fixedDays plus hoursPerVm for each VM, divided by 8 (docs/method.md).
 */
export const migrationPathSchema = z.strictObject({
  from: hypervisorIdSchema,
  to: hypervisorIdSchema,
  product: z.union([z.literal("any"), productIdSchema]),
  tools: z.array(migrationToolSchema).min(1),
  downtime: z.enum(["cold", "warm"]),
  steps: z.array(text(10, 400)).min(1),
  risks: z.array(text(10, 400)),
  fixedDays: dayRangeSchema,
  hoursPerVm: dayRangeSchema,
  /** Added to the team-fit rating for a move along this path (0–3): well-tooled moves are easier. */
  lift: z.number().int().min(0).max(3),
  sources: sourcesSchema,
  asOf: isoDateSchema,
});
export type MigrationPath = z.infer<typeof migrationPathSchema>;
