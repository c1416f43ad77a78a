// The body of POST /api/v1/evaluate (and of saving a recommendation, which adds a name and notes):
// the answers, optional weight overrides (./weights.ts) and optional quotes that replace a product's
// published prices (./quotes.ts) and the cost model's assumptions (./assumptions.ts). The whole answers contract lives in this folder.
import { z } from "zod";
import { answersSchema } from "./answers";
import { assumptionsSchema } from "./assumptions";
import { quotesSchema } from "./quotes";
import { weightOverridesSchema } from "./weights";

export const evaluateRequestSchema = z.strictObject({
  answers: answersSchema,
  weights: weightOverridesSchema.optional(),
  /** The user's own quotes, by product id (docs/api.md). */
  quotes: quotesSchema.optional(),
  /** What the cost model assumes, where the team knows better (./assumptions.ts). */
  assumptions: assumptionsSchema.optional(),
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
