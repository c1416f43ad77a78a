// A small synthetic knowledge base and answer builders for the engine's tests. The numbers are
// plausible but invented: expert cases run against the real seed KB instead.
import type { KnowledgeBase, Source, SupportLevel } from "@/lib/knowledge/schema";
import { DEFAULT_ANSWERS } from "@/lib/questionnaire/questions";
import type { Answers } from "@/lib/questionnaire/answers";
import {
  CLOUD_PLATFORMS,
  HYPERVISOR_IDS,
  MUST_HAVES,
  type CloudPlatform,
  type HypervisorId,
  type MustHave,
} from "@/lib/questionnaire/options";

const SOURCE: Source = { title: "Fixture source", url: "https://example.org/fixture" };
const AS_OF = "2026-11-01";

/** Rated criteria with [esxi, hyper-v, kvm, xen] ratings and their default weights. */
export const FIXTURE_RATINGS: Record<string, { weight: number; scores: [number, number, number, number] }> = {
  "licence-cost": { weight: 12, scores: [2, 5, 10, 8] },
  openness: { weight: 8, scores: [1, 2, 10, 9] },
  "windows-guests": { weight: 8, scores: [9, 10, 7, 6] },
  "linux-guests": { weight: 8, scores: [9, 7, 10, 8] },
  vdi: { weight: 3, scores: [9, 7, 5, 8] },
  gpu: { weight: 3, scores: [10, 7, 7, 6] },
  "confidential-computing": { weight: 3, scores: [8, 5, 9, 2] },
  availability: { weight: 10, scores: [10, 8, 8, 7] },
  management: { weight: 8, scores: [10, 7, 7, 6] },
  backup: { weight: 6, scores: [10, 9, 7, 5] },
  scalability: { weight: 5, scores: [9, 9, 8, 5] },
  performance: { weight: 4, scores: [8, 8, 9, 7] },
  "vendor-support": { weight: 6, scores: [7, 8, 7, 6] },
  momentum: { weight: 8, scores: [4, 7, 10, 5] },
};

const SUPPORT: Record<CloudPlatform, [SupportLevel, SupportLevel, SupportLevel, SupportLevel]> = {
  "on-premises": ["native", "native", "native", "native"],
  openstack: ["limited", "none", "native", "none"],
  cloudstack: ["supported", "limited", "native", "supported"],
  opennebula: ["none", "none", "native", "none"],
  kubernetes: ["none", "none", "native", "none"],
  aws: ["supported", "none", "native", "limited"],
  azure: ["supported", "native", "limited", "none"],
  "google-cloud": ["supported", "none", "native", "none"],
  "oracle-cloud": ["supported", "none", "native", "none"],
  "vmware-hybrid": ["native", "none", "none", "none"],
};

/** Must-haves each hypervisor fails in the fixture. */
const UNMET: Partial<Record<HypervisorId, MustHave[]>> = {
  "hyper-v": ["confidential-computing"],
  xen: ["confidential-computing"],
};

export function buildFixtureKnowledge(): KnowledgeBase {
  const rated = Object.entries(FIXTURE_RATINGS);
  return {
    version: { number: 1, label: "kb-test", publishedAt: null, note: "fixture" },
    hypervisors: HYPERVISOR_IDS.map((id) => ({
      id,
      name: { esxi: "ESXi", "hyper-v": "Hyper-V", kvm: "KVM", xen: "Xen" }[id],
      vendor: "Fixture vendor",
      products: [],
      licence: id === "kvm" || id === "xen" ? "GPLv2, free to use." : "Proprietary subscription.",
      openSource: id === "kvm" || id === "xen",
      summary: "A fixture hypervisor used by the engine tests.",
      sources: [SOURCE],
      asOf: AS_OF,
    })),
    criteria: [
      ...rated.map(([key, { weight }]) => ({
        key,
        name: `Criterion ${key}`,
        description: "A fixture criterion used by the engine tests.",
        defaultWeight: weight,
        kind: "rated" as const,
      })),
      {
        key: "platform-fit",
        name: "Platform fit",
        description: "Fixture derived criterion.",
        defaultWeight: 15,
        kind: "derived" as const,
      },
      {
        key: "team-fit",
        name: "Team fit",
        description: "Fixture derived criterion.",
        defaultWeight: 10,
        kind: "derived" as const,
      },
    ],
    ratings: rated.flatMap(([criterion, { scores }]) =>
      HYPERVISOR_IDS.map((hypervisor, h) => ({
        hypervisor,
        criterion,
        score: scores[h] as number,
        rationale: `Fixture rating of ${hypervisor} on ${criterion}. Second sentence.`,
        sources: [SOURCE],
        asOf: AS_OF,
      })),
    ),
    platforms: CLOUD_PLATFORMS.map((id) => ({
      id,
      name: `Platform ${id}`,
      description: "A fixture platform for the tests.",
    })),
    platformSupport: CLOUD_PLATFORMS.flatMap((platform) =>
      HYPERVISOR_IDS.map((hypervisor, h) => ({
        platform,
        hypervisor,
        level: SUPPORT[platform][h] as SupportLevel,
        note: `${platform} support for ${hypervisor} in the fixture. More detail follows.`,
        sources: [SOURCE],
        asOf: AS_OF,
      })),
    ),
    capabilities: HYPERVISOR_IDS.flatMap((hypervisor) =>
      MUST_HAVES.map((mustHave) => {
        const met = !(UNMET[hypervisor] ?? []).includes(mustHave);
        return {
          hypervisor,
          mustHave,
          met,
          note: met
            ? `${hypervisor} offers ${mustHave}. Details.`
            : `${hypervisor} cannot provide ${mustHave}. Details.`,
          sources: [SOURCE],
          asOf: AS_OF,
        };
      }),
    ),
    history: [],
    products: [],
    prices: [],
    exchangeRates: [],
    migrationPaths: [],
    brokerSupport: [],
    platformCapabilities: [],
  };
}

/** A neutral answer set; pass only what a test is about. */
export function buildAnswers(partial: Partial<Answers> = {}): Answers {
  return { ...DEFAULT_ANSWERS, ...partial };
}

/** A copy of a KB with one rating replaced (KBs are treated as immutable by the engine). */
export function withRating(
  kb: KnowledgeBase,
  hypervisor: HypervisorId,
  criterion: string,
  score: number,
): KnowledgeBase {
  return {
    ...kb,
    ratings: kb.ratings.map((r) => (r.hypervisor === hypervisor && r.criterion === criterion ? { ...r, score } : r)),
  };
}
