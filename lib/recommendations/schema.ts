// What a client sends to save or edit a recommendation. Saving reuses the evaluate request (answers
// and optional weight overrides) so the two can never drift.
import { z } from "zod";
import { evaluateRequestSchema } from "@/lib/questionnaire/evaluate-request";
import { withoutInvisibleControls } from "@/lib/validation/visible-text";
import { NAME_MAX, NOTES_MAX } from "./limits";

// Invisible controls are taken out before the text is trimmed and measured (lib/validation/visible-text.ts).
const nameSchema = z
  .string()
  .transform(withoutInvisibleControls)
  .pipe(
    z
      .string()
      .trim()
      .max(NAME_MAX, { message: `must be at most ${NAME_MAX} characters` }),
  );
const notesSchema = z
  .string()
  .transform(withoutInvisibleControls)
  .pipe(
    z
      .string()
      .trim()
      .max(NOTES_MAX, { message: `must be at most ${NOTES_MAX} characters` }),
  );

export const saveRecommendationSchema = evaluateRequestSchema.extend({
  name: nameSchema.optional(),
  notes: notesSchema.optional(),
});
export type SaveRecommendationInput = z.infer<typeof saveRecommendationSchema>;

export const updateRecommendationSchema = z
  .strictObject({
    name: nameSchema.nullable().optional(),
    notes: notesSchema.nullable().optional(),
  })
  .refine((patch) => patch.name !== undefined || patch.notes !== undefined, {
    message: "send name, notes or both",
  });
export type UpdateRecommendationInput = z.infer<typeof updateRecommendationSchema>;
