import { ENGINE_VERSION } from "./version";
import { scoreAnswers } from "./score";
import { buildAnswers, buildFixtureKnowledge } from "./test-fixtures";

const kb = buildFixtureKnowledge();
const only = (key: string) => Object.fromEntries(kb.criteria.map((c) => [c.key, c.key === key ? 1 : 0]));

describe("scores", () => {
  it("are 10 × Σ weight × rating: one criterion at full weight gives 10 × its rating", () => {
    // Mostly Linux guests: no Windows-licensing floor lifts Hyper-V's licence-cost rating here.
    const answers = buildAnswers({ guestOs: "mostly-linux" });
    const result = scoreAnswers({ answers, kb, weights: only("licence-cost") });
    expect(Object.fromEntries(result.ranking.map((e) => [e.hypervisor, e.score]))).toEqual({
      kvm: 100,
      xen: 80,
      "hyper-v": 50,
      esxi: 20,
    });
    expect(result.winner).toBe("kvm");
  });

  it("weights two criteria by their share", () => {
    const overrides = { ...only("licence-cost"), management: 3 };
    const result = scoreAnswers({ answers: buildAnswers(), kb, weights: overrides });
    // ESXi: 0.25 × 2 + 0.75 × 10 = 8 → 80; KVM: 0.25 × 10 + 0.75 × 7 = 7.75 → 77.5
    expect(result.ranking.find((e) => e.hypervisor === "esxi")!.score).toBeCloseTo(80, 10);
    expect(result.ranking.find((e) => e.hypervisor === "kvm")!.score).toBeCloseTo(77.5, 10);
    expect(result.winner).toBe("esxi");
  });

  it("has contributions that add up to the score, each with rating, weight, rationale and sources", () => {
    const result = scoreAnswers({ answers: buildAnswers({ cloudPlatform: "azure", currentPlatform: "hyper-v" }), kb });
    for (const e of result.ranking) {
      const sum = e.contributions.reduce((s, c) => s + c.points, 0);
      expect(sum).toBeCloseTo(e.score, 10);
      expect(e.contributions).toHaveLength(kb.criteria.length);
      for (const c of e.contributions) {
        expect(c.points).toBeCloseTo(10 * c.weight * c.rating, 12);
        expect(c.rationale.length).toBeGreaterThan(10);
      }
      const platformFit = e.contributions.find((c) => c.criterion === "platform-fit")!;
      expect(platformFit.sources.length).toBeGreaterThan(0);
    }
  });

  it("breaks exact ties in HYPERVISOR_IDS order", () => {
    // vendor-support: ESXi 7, Hyper-V 8, KVM 7, Xen 6 — ESXi and KVM tie.
    const result = scoreAnswers({ answers: buildAnswers(), kb, weights: only("vendor-support") });
    expect(result.ranking.map((e) => e.hypervisor)).toEqual(["hyper-v", "esxi", "kvm", "xen"]);
    expect(result.ranking.map((e) => e.rank)).toEqual([1, 2, 3, 4]);
  });

  it("labels the model with the KB version and the engine version", () => {
    expect(scoreAnswers({ answers: buildAnswers(), kb }).modelVersion).toBe(`kb-test+engine-${ENGINE_VERSION}`);
  });
});
