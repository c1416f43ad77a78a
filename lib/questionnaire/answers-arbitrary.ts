// fast-check generator of valid v1 answers, built from the contract's option lists (tests only).
import fc from "fast-check";
import type { Answers, Estate } from "@/lib/questionnaire/answers";
import type { Assumptions } from "@/lib/questionnaire/assumptions";
import {
  HYPERVISOR_IDS,
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

/** A valid flat estate: hosts, sockets and cores always; VMs, Windows Server and desktop VMs sometimes. */
export const flatEstateArbitrary: fc.Arbitrary<Estate> = fc
  .record({
    hosts: fc.integer({ min: 1, max: 100_000 }),
    socketsPerHost: fc.integer({ min: 1, max: 16 }),
    coresPerSocket: fc.integer({ min: 1, max: 512 }),
    vms: fc.option(fc.integer({ min: 0, max: 10_000_000 }), { nil: undefined }),
    windowsShare: fc.double({ min: 0, max: 1, noNaN: true }),
    desktopShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  })
  .map(({ windowsShare, desktopShare, vms, ...rest }) => {
    if (vms === undefined) return rest;
    const windowsVms = Math.floor(vms * windowsShare);
    const desktops = desktopShare === undefined ? {} : { desktopVms: Math.floor((vms - windowsVms) * desktopShare) };
    return { ...rest, vms, windowsVms, ...desktops };
  });

const clusterArbitrary = fc
  .record({
    name: fc.constantFrom("Production", "Windows", "Desktops", "Edge"),
    hostGroups: fc.array(
      fc.record({
        count: fc.integer({ min: 1, max: 200 }),
        socketsPerHost: fc.integer({ min: 1, max: 4 }),
        coresPerSocket: fc.integer({ min: 1, max: 128 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    vms: fc.integer({ min: 0, max: 20_000 }),
    windowsShare: fc.double({ min: 0, max: 1, noNaN: true }),
    desktopShare: fc.double({ min: 0, max: 1, noNaN: true }),
    storageTiB: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: undefined }),
  })
  .map(({ windowsShare, desktopShare, vms, storageTiB, ...rest }) => {
    const windowsServerVms = Math.floor(vms * windowsShare);
    const desktopVms = Math.floor((vms - windowsServerVms) * desktopShare);
    return { ...rest, vms, windowsServerVms, desktopVms, ...(storageTiB === undefined ? {} : { storageTiB }) };
  });

/** A valid estate as clusters (contract "The estate as clusters"). */
export const clusterEstateArbitrary: fc.Arbitrary<Estate> = fc
  .array(clusterArbitrary, { minLength: 1, maxLength: 4 })
  .map((clusters) => ({ clusters }));

/** A valid estate, flat or as clusters. */
export const estateArbitrary: fc.Arbitrary<Estate> = fc.oneof(
  { arbitrary: flatEstateArbitrary, weight: 3 },
  { arbitrary: clusterEstateArbitrary, weight: 1 },
);

/** Valid cost assumptions, each field sometimes left to its default. */
export const assumptionsArbitrary: fc.Arbitrary<Assumptions> = fc.record(
  {
    windowsOwned: fc.constantFrom("none", "standard", "datacenter"),
    vmwareTermYears: fc.constantFrom(1, 3, 5),
    renewalDate: fc
      .integer({ min: 0, max: 365 * 6 })
      .map((days) => new Date(Date.UTC(2026, 0, 1) + days * 86_400_000).toISOString().slice(0, 10)),
    migrationDayRate: fc.integer({ min: 0, max: 10_000 }),
    discountRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
  },
  { requiredKeys: [] },
);

/** Answers with an estate and a horizon (and sometimes families ruled out), for the plan's properties. */
export const answersWithEstateArbitrary: fc.Arbitrary<Answers> = fc
  .tuple(
    answersArbitrary,
    estateArbitrary,
    fc.integer({ min: 1, max: 10 }),
    fc.option(subset(HYPERVISOR_IDS), { nil: undefined }),
  )
  .map(([answers, estate, years, ruledOut]) => ({
    ...answers,
    estate,
    years,
    ...(ruledOut === undefined ? {} : { ruledOut }),
  }));
