// The body of POST /api/v1/evaluate (and, later, of saving a recommendation): the v1 answers plus
// optional weight overrides, keyed by criterion, in the same relative units as the default weights,
// and optional quotes that replace a product's published prices.
import { z } from "zod";
import { quotesSchema } from "@/lib/knowledge/plan-schema";
import { answersSchema } from "@/lib/questionnaire/answers";

export const MAX_OVERRIDE_WEIGHT = 1000;

export const weightOverridesSchema = z
  .record(
    z.string().max(40),
    z
      .number({ message: "must be a number" })
      .finite()
      .min(0, { message: "must be 0 or more" })
      .max(MAX_OVERRIDE_WEIGHT, { message: `must be at most ${MAX_OVERRIDE_WEIGHT}` }),
  )
  .refine((weights) => Object.keys(weights).length <= 40, { message: "has too many entries" });

export const evaluateRequestSchema = z.strictObject({
  answers: answersSchema,
  weights: weightOverridesSchema.optional(),
  /** The user's own quotes, by product id (docs/api.md). */
  quotes: quotesSchema.optional(),
});

export type EvaluateRequest = z.infer<typeof evaluateRequestSchema>;

/**
 * The query of POST /api/v1/evaluate: `include=evidence` adds the rationale, sources and date behind
 * every contribution (the answer is about half the size without them).
 */
export const evaluateQuerySchema = z.strictObject({
  include: z.enum(["evidence"], { message: 'must be "evidence" (or left out)' }).optional(),
});

export type EvaluateQuery = z.infer<typeof evaluateQuerySchema>;
