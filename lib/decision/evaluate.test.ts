import { evaluateAnswers } from "./index";
import { EngineInputError } from "./errors";
import { ENGINE_VERSION } from "./version";
import { buildAnswers, buildFixtureKnowledge } from "./test-fixtures";

const kb = buildFixtureKnowledge();

describe("evaluateAnswers", () => {
  it("returns the contract fields: all four, best first, model version, winner and runner-up", () => {
    const e = evaluateAnswers({
      answers: buildAnswers({ cloudPlatform: "azure", guestOs: "mostly-windows", currentPlatform: "hyper-v" }),
      kb,
    });
    expect(e.modelVersion).toBe(`kb-test+engine-${ENGINE_VERSION}`);
    expect(e.kbVersion).toEqual({ number: 1, label: "kb-test" });
    expect(e.ranking.map((r) => r.hypervisor).sort()).toEqual(["esxi", "hyper-v", "kvm", "xen"]);
    expect(e.winner).toBe("hyper-v");
    expect(e.runnerUp).toBe(e.ranking[1]!.hypervisor);
    expect(e.robustness!.samples).toBe(2000);
    expect(e.confidence!.margin).toBeCloseTo(e.ranking[0]!.score - e.ranking[1]!.score, 12);
  });

  it("gives 3–4 top reasons naming the winner's ratings against the runner-up's", () => {
    const e = evaluateAnswers({ answers: buildAnswers({ guestOs: "mostly-linux", budget: "minimal" }), kb });
    expect(e.winner).toBe("kvm");
    expect(e.topReasons.length).toBeGreaterThanOrEqual(3);
    expect(e.topReasons.length).toBeLessThanOrEqual(4);
    expect(e.topReasons[0]).toMatch(/^Criterion licence-cost: KVM 10\/10 vs \S+ \d+\/10 — Fixture rating/);
  });

  it("adds a reason when a knockout removed a higher-scoring option, and a counterfactual for it", () => {
    const answers = buildAnswers({
      scale: "large",
      budget: "flexible",
      licensing: "open-source-required",
      mustHaves: ["live-migration"],
    });
    const e = evaluateAnswers({ answers, kb, weights: { openness: 0, "licence-cost": 0, momentum: 0 } });
    const esxi = e.ranking.find((r) => r.hypervisor === "esxi")!;
    const winner = e.ranking[0]!;
    expect(esxi.score).toBeGreaterThan(winner.score);
    expect(e.topReasons.at(-1)).toMatch(/^ESXi would have scored higher .* ruled out: ESXi is proprietary software/);
    expect(e.counterfactuals).toEqual([
      expect.objectContaining({
        cause: "licensing",
        removed: ["esxi", "hyper-v"],
        wouldWin: "esxi",
        wouldWinScore: esxi.score,
      }),
    ]);
    // live-migration removed nobody, so it has no counterfactual
  });

  it("re-checks eligibility without only that one cause", () => {
    // ESXi fails licensing and the platform; removing licensing alone must not bring it back.
    const answers = buildAnswers({
      licensing: "open-source-required",
      cloudPlatform: "opennebula",
      scale: "large",
      budget: "flexible",
    });
    const e = evaluateAnswers({ answers, kb, samples: 100 });
    const licensing = e.counterfactuals.find((c) => c.cause === "licensing");
    if (licensing) expect(licensing.wouldWin).not.toBe("esxi");
  });

  it("has no winner, sensitivity or confidence when nothing is eligible", () => {
    const e = evaluateAnswers({
      answers: buildAnswers({ licensing: "open-source-required", cloudPlatform: "vmware-hybrid" }),
      kb,
    });
    expect(e).toMatchObject({
      winner: null,
      runnerUp: null,
      sensitivity: null,
      robustness: null,
      confidence: null,
      topReasons: [],
    });
    expect(e.counterfactuals.find((c) => c.cause === "cloudPlatform")).toBeDefined();
  });

  it("is deterministic, and the seed is what changes the sampling", () => {
    const answers = buildAnswers({ scale: "large", budget: "moderate" });
    expect(evaluateAnswers({ answers, kb })).toEqual(evaluateAnswers({ answers, kb }));
    const a = evaluateAnswers({ answers, kb, seed: 1 }).robustness!;
    const b = evaluateAnswers({ answers, kb, seed: 2 }).robustness!;
    expect(a.seed).toBe(1);
    expect(a.shares).not.toEqual(b.shares);
  });

  it.each([
    [{ samples: 0 }, "samples"],
    [{ samples: 1.5 }, "samples"],
    [{ samples: 1e9 }, "samples"],
    [{ seed: -1 }, "seed"],
    [{ seed: 2 ** 32 }, "seed"],
  ])("rejects %p with an EngineInputError on %s", (options, field) => {
    expect(() => evaluateAnswers({ answers: buildAnswers(), kb, ...options })).toThrow(
      expect.objectContaining({ field }),
    );
    expect(() => evaluateAnswers({ answers: buildAnswers(), kb, ...options })).toThrow(EngineInputError);
  });
});
