// The knowledge base as plain data: what the seed writes, what the database rows assemble into,
// what the decision engine reads and what GET /api/v1/model returns. One schema, shared by all.
import { z } from "zod";
import { CLOUD_PLATFORMS, KNOWN_VDI_BROKERS, MUST_HAVES } from "@/lib/questionnaire/options";
import { exchangeRateSchema, migrationPathSchema, priceSchema, productIdSchema, productSchema } from "./plan-schema";
import { criterionKeySchema, hypervisorIdSchema, isoDateSchema, sourcesSchema } from "./primitives";

export { criterionKeySchema, hypervisorIdSchema, isoDateSchema, sourceSchema, type Source } from "./primitives";
export type { ExchangeRate, MigrationPath, Price, PriceUnit, Product, ProductRating } from "./plan-schema";

export const hypervisorSchema = z.strictObject({
  id: hypervisorIdSchema,
  name: z.string().min(2).max(80),
  vendor: z.string().min(2).max(200),
  /** Products and distributions built on this hypervisor, e.g. Proxmox VE for KVM. */
  products: z.array(z.string().min(2).max(80)),
  licence: z.string().min(5).max(600),
  openSource: z.boolean(),
  summary: z.string().min(20).max(1200),
  sources: sourcesSchema,
  asOf: isoDateSchema,
});
export type Hypervisor = z.infer<typeof hypervisorSchema>;

export const criterionKindSchema = z.enum(["rated", "derived"]);
export const criterionSchema = z.strictObject({
  key: criterionKeySchema,
  name: z.string().min(3).max(80),
  description: z.string().min(20).max(600),
  /** Relative importance before any answer adjusts it; the engine normalises. */
  defaultWeight: z.number().min(0).max(100),
  /** "rated": scored from the ratings below; "derived": scored by the engine from the answers. */
  kind: criterionKindSchema,
});
export type Criterion = z.infer<typeof criterionSchema>;

export const ratingSchema = z.strictObject({
  hypervisor: hypervisorIdSchema,
  criterion: criterionKeySchema,
  score: z.number().min(0).max(10),
  rationale: z.string().min(20).max(1200),
  sources: sourcesSchema,
  asOf: isoDateSchema,
});
export type Rating = z.infer<typeof ratingSchema>;

export const cloudPlatformIdSchema = z.enum(CLOUD_PLATFORMS);
export const platformSchema = z.strictObject({
  id: cloudPlatformIdSchema,
  name: z.string().min(2).max(80),
  description: z.string().min(20).max(800),
  /** What the platform-fit rating means on this platform, in one sentence the results page shows. */
  fit: z.string().min(20).max(400).optional(),
});
export type Platform = z.infer<typeof platformSchema>;

/**
 * How well a cloud platform supports a hypervisor today.
 * native: the platform's own or primary hypervisor; supported: a maintained, documented option;
 * limited: experimental, legacy-only or self-managed; none: not supported today (a knockout).
 */
export const SUPPORT_LEVELS = ["native", "supported", "limited", "none"] as const;
export const supportLevelSchema = z.enum(SUPPORT_LEVELS);
export type SupportLevel = z.infer<typeof supportLevelSchema>;

export const platformSupportSchema = z.strictObject({
  platform: cloudPlatformIdSchema,
  hypervisor: hypervisorIdSchema,
  level: supportLevelSchema,
  note: z.string().min(10).max(800),
  sources: sourcesSchema,
  asOf: isoDateSchema,
});
export type PlatformSupport = z.infer<typeof platformSupportSchema>;

/** Whether a hypervisor can meet one of the questionnaire's must-haves (a knockout when not). */
export const capabilitySchema = z.strictObject({
  hypervisor: hypervisorIdSchema,
  mustHave: z.enum(MUST_HAVES),
  met: z.boolean(),
  note: z.string().min(10).max(800),
  sources: sourcesSchema,
  asOf: isoDateSchema,
});
export type Capability = z.infer<typeof capabilitySchema>;

/**
 * A must-have as a platform delivers it for a family: on a public cloud or a managed service the
 * platform, not the hypervisor you would install, decides whether confidential VMs, GPUs, backup or
 * support are there (Azure's confidential VMs run on its Hyper-V-based hypervisor). Where an entry
 * exists it replaces the family's own capability for teams on that platform.
 */
export const platformCapabilitySchema = capabilitySchema.extend({ platform: cloudPlatformIdSchema });
export type PlatformCapability = z.infer<typeof platformCapabilitySchema>;

/**
 * Whether a VDI broker's vendor supports a hypervisor family as the platform for its desktops. A
 * broker the team runs decides the platform more than any rating: an unsupported pairing is a
 * knockout. `platforms` limits support to where the desktops run (Azure Virtual Desktop: Azure, or
 * Azure Local on premises); `products` to the family's products the vendor names (Citrix and
 * Horizon support KVM only as Nutanix AHV); `licenceIncluded` when the broker's subscription pays
 * for the platform too, which makes its licence cost nothing extra for that team.
 */
export const brokerSupportSchema = z.strictObject({
  broker: z.enum(KNOWN_VDI_BROKERS),
  hypervisor: hypervisorIdSchema,
  supported: z.boolean(),
  platforms: z.array(cloudPlatformIdSchema).min(1).optional(),
  products: z.array(productIdSchema).min(1).optional(),
  /** The broker's own subscription includes this platform's licence (Citrix entitles XenServer). */
  licenceIncluded: z.boolean().optional(),
  note: z.string().min(10).max(800),
  sources: sourcesSchema,
  asOf: isoDateSchema,
});
export type BrokerSupport = z.infer<typeof brokerSupportSchema>;

export const historyEventSchema = z.strictObject({
  key: criterionKeySchema,
  year: z.number().int().min(1990).max(2100),
  title: z.string().min(5).max(160),
  body: z.string().min(20).max(1500),
  hypervisors: z.array(hypervisorIdSchema),
  sources: sourcesSchema,
});
export type HistoryEvent = z.infer<typeof historyEventSchema>;

export const knowledgeContentSchema = z.strictObject({
  hypervisors: z.array(hypervisorSchema),
  criteria: z.array(criterionSchema),
  ratings: z.array(ratingSchema),
  platforms: z.array(platformSchema),
  platformSupport: z.array(platformSupportSchema),
  capabilities: z.array(capabilitySchema),
  history: z.array(historyEventSchema),
  // Added in December 2026: an export or import from before then has none of these.
  products: z.array(productSchema).default([]),
  prices: z.array(priceSchema).default([]),
  exchangeRates: z.array(exchangeRateSchema).default([]),
  migrationPaths: z.array(migrationPathSchema).default([]),
  // Added in December 2026 (the VDI broker): files from before have none.
  brokerSupport: z.array(brokerSupportSchema).default([]),
  // Added in December 2026 (must-haves judged on the team's platform): files from before have none.
  platformCapabilities: z.array(platformCapabilitySchema).default([]),
});
export type KnowledgeContent = z.infer<typeof knowledgeContentSchema>;

export const knowledgeVersionSchema = z.strictObject({
  number: z.number().int().min(1),
  /** Shown to users and recorded with every evaluation, e.g. "kb-3". */
  label: z.string(),
  publishedAt: z.string().nullable(),
  note: z.string(),
});
export type KnowledgeVersion = z.infer<typeof knowledgeVersionSchema>;

/** A published knowledge base as the engine and the API see it. */
export type KnowledgeBase = KnowledgeContent & { version: KnowledgeVersion };
