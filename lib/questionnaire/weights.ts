// Part of the answers contract (docs/api.md): weight overrides, keyed by criterion, in the same
// relative units as the default weights. One name everywhere: `weights` (the field), WeightOverrides
// (the type).
import { z } from "zod";

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

export type WeightOverrides = z.infer<typeof weightOverridesSchema>;
