// The one schema for a set of answers: used by the JSON API, the wizard (zodResolver), saved
// recommendations and share links. Field names and values are the public v1 contract.
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
  WORKLOADS,
} from "./options";

/** A list of distinct values; duplicates are a client error rather than silently merged. */
function distinctList<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .array(z.enum(values))
    .refine((list) => new Set(list).size === list.length, { message: "must not repeat a value" });
}

export const answersSchema = z.strictObject({
  workloads: distinctList(WORKLOADS).min(1, { message: "choose at least one workload" }),
  guestOs: z.enum(GUEST_OS),
  licensing: z.enum(LICENSING),
  cloudPlatform: z.enum(CLOUD_PLATFORMS),
  currentPlatform: z.enum(CURRENT_PLATFORMS),
  scale: z.enum(SCALES),
  budget: z.enum(BUDGETS),
  mustHaves: distinctList(MUST_HAVES),
  teamSkills: distinctList(TEAM_SKILLS),
});

export type Answers = z.infer<typeof answersSchema>;
