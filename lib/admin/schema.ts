// The admin area's input schemas. Editing reuses the knowledge base's own entry schemas
// (lib/knowledge/schema.ts), so the forms, the API and the import check exactly the same rules.
import { z } from "zod";
import {
  brokerSupportSchema,
  capabilitySchema,
  criterionSchema,
  knowledgeContentSchema,
  platformCapabilitySchema,
  platformSupportSchema,
  ratingSchema,
} from "@/lib/knowledge/schema";
import { exchangeRateSchema, priceSchema, productSchema } from "@/lib/knowledge/plan-schema";
import { ADMIN_ROLES } from "./roles";

export const ACCOUNT_PASSWORD_MIN_LENGTH = 12;

/** An account's name: what the audit log shows, so short, plain and unambiguous. */
export const accountNameSchema = z
  .string()
  .trim()
  .min(2, { message: "must be at least 2 characters" })
  .max(40, { message: "must be at most 40 characters" })
  .regex(/^[a-z0-9][a-z0-9._-]*$/, {
    message: "may use lower-case letters, digits, dots, dashes and underscores, starting with a letter or digit",
  });

const newPasswordSchema = z
  .string()
  .min(ACCOUNT_PASSWORD_MIN_LENGTH, { message: `must be at least ${ACCOUNT_PASSWORD_MIN_LENGTH} characters long` })
  .max(1000, { message: "is too long" });

export const adminRoleSchema = z.enum(ADMIN_ROLES, { message: `must be one of ${ADMIN_ROLES.join(", ")}` });

export const adminLoginSchema = z.strictObject({
  name: z.string().trim().min(1, { message: "is required" }).max(100, { message: "is too long" }),
  password: z.string().min(1, { message: "is required" }).max(1000, { message: "is too long" }),
});
export type AdminLogin = z.infer<typeof adminLoginSchema>;

export const newAccountSchema = z.strictObject({
  name: accountNameSchema,
  role: adminRoleSchema,
  password: newPasswordSchema,
});
export type NewAccountInput = z.infer<typeof newAccountSchema>;

/** An owner's change to an account: any of role, disabled, a new password. */
export const accountChangeSchema = z
  .strictObject({
    role: adminRoleSchema.optional(),
    disabled: z.boolean().optional(),
    password: newPasswordSchema.optional(),
  })
  .refine((change) => Object.keys(change).length > 0, { message: "must change role, disabled or password" });
export type AccountChangeInput = z.infer<typeof accountChangeSchema>;

export const publishSchema = z.strictObject({
  note: z.string().trim().min(3, { message: "must say in a few words what changed (at least 3 characters)" }).max(500),
  /** The fingerprint of the draft the publisher reviewed (GET /api/admin/draft, the overview's preview). */
  reviewed: z
    .string({ message: "must name the draft you reviewed: its fingerprint from GET /api/admin/draft" })
    .regex(/^[A-Za-z0-9_-]{22}$/, { message: "must be the draft's fingerprint from GET /api/admin/draft" }),
});
export type PublishInput = z.infer<typeof publishSchema>;

/**
 * What the editor may change, by URL segment. The identity fields (which hypervisor, which criterion…)
 * are part of the URL and may not change; criterion `kind` is fixed too, since flipping it would
 * orphan or require ratings.
 */
export const EDITABLE = {
  ratings: { collection: "ratings", schema: ratingSchema, keyFields: ["hypervisor", "criterion"], label: "rating" },
  criteria: { collection: "criteria", schema: criterionSchema, keyFields: ["key"], label: "criterion" },
  "platform-support": {
    collection: "platformSupport",
    schema: platformSupportSchema,
    keyFields: ["platform", "hypervisor"],
    label: "platform fact",
  },
  capabilities: {
    collection: "capabilities",
    schema: capabilitySchema,
    keyFields: ["hypervisor", "mustHave"],
    label: "capability",
  },
  "platform-capabilities": {
    collection: "platformCapabilities",
    schema: platformCapabilitySchema,
    keyFields: ["platform", "hypervisor", "mustHave"],
    label: "platform must-have",
  },
  "broker-support": {
    collection: "brokerSupport",
    schema: brokerSupportSchema,
    keyFields: ["broker", "hypervisor"],
    label: "VDI broker support",
  },
  products: { collection: "products", schema: productSchema, keyFields: ["id"], label: "product" },
  prices: { collection: "prices", schema: priceSchema, keyFields: ["product", "key"], label: "price" },
  "exchange-rates": {
    collection: "exchangeRates",
    schema: exchangeRateSchema,
    keyFields: ["currency"],
    label: "exchange rate",
  },
} as const;
export type EditableEntity = keyof typeof EDITABLE;

export function isEditableEntity(value: string): value is EditableEntity {
  return Object.hasOwn(EDITABLE, value);
}

export const EXPORT_FORMAT = "hypervisor-advisor/knowledge-base@1";

/** An export file; on import only `content` matters, the rest describes where it came from. */
export const knowledgeImportSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT, { message: `must be "${EXPORT_FORMAT}"` }).optional(),
  exportedAt: z.string().optional(),
  version: z.unknown().optional(),
  content: knowledgeContentSchema,
});
export type KnowledgeImport = z.infer<typeof knowledgeImportSchema>;

/** Imports can be large (the seed exports to ~150 KB); this leaves room to grow without being unbounded. */
export const IMPORT_LIMIT_BYTES = 2 * 1024 * 1024;
