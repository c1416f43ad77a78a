// fast-check generator of valid v1 answers, built from the contract's option lists (tests only).
import fc from "fast-check";
import type { Answers, Estate } from "@/lib/questionnaire/answers";
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

const subset = <T>(values: readonly T[], minLength = 0) => fc.subarray([...values], { minLength });

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

/** Valid answers that name a VDI broker (with or without desktops among the workloads). */
export const answersWithBrokerArbitrary: fc.Arbitrary<Answers> = fc
  .tuple(answersArbitrary, fc.constantFrom(...VDI_BROKERS), fc.boolean())
  .map(([answers, vdiBroker, desktops]) => ({
    ...answers,
    workloads: desktops && !answers.workloads.includes("vdi") ? [...answers.workloads, "vdi"] : answers.workloads,
    vdiBroker,
  }));

/** A valid estate: hosts, sockets and cores always; VMs and Windows VMs sometimes. */
export const estateArbitrary: fc.Arbitrary<Estate> = fc
  .record({
    hosts: fc.integer({ min: 1, max: 100_000 }),
    socketsPerHost: fc.integer({ min: 1, max: 16 }),
    coresPerSocket: fc.integer({ min: 1, max: 512 }),
    vms: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined }),
    windowsShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ windowsShare, vms, ...rest }) =>
    vms === undefined ? rest : { ...rest, vms, windowsVms: Math.floor(vms * windowsShare) },
  );

/** Answers with an estate and a horizon, for the plan's properties. */
export const answersWithEstateArbitrary: fc.Arbitrary<Answers> = fc
  .tuple(answersArbitrary, estateArbitrary, fc.integer({ min: 1, max: 10 }))
  .map(([answers, estate, years]) => ({ ...answers, estate, years }));
