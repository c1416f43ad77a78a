// fast-check generator of valid v1 answers, built from the contract's option lists (tests only).
import fc from "fast-check";
import type { Answers } from "@/lib/questionnaire/answers";
import {
  BUDGETS, CLOUD_PLATFORMS, CURRENT_PLATFORMS, GUEST_OS, LICENSING, MUST_HAVES, SCALES, TEAM_SKILLS, WORKLOADS,
} from "@/lib/questionnaire/options";

const subset = <T>(values: readonly T[], minLength = 0) =>
  fc.subarray([...values], { minLength });

export const answersArbitrary: fc.Arbitrary<Answers> = fc.record({
  workloads: subset(WORKLOADS, 1),
  guestOs: fc.constantFrom(...GUEST_OS),
  licensing: fc.constantFrom(...LICENSING),
  cloudPlatform: fc.constantFrom(...CLOUD_PLATFORMS),
  currentPlatform: fc.constantFrom(...CURRENT_PLATFORMS),
  scale: fc.constantFrom(...SCALES),
  budget: fc.constantFrom(...BUDGETS),
  mustHaves: subset(MUST_HAVES),
  teamSkills: subset(TEAM_SKILLS),
});
