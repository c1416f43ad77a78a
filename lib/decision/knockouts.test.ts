import { scoreAnswers } from "./score";
import { buildAnswers, buildFixtureKnowledge } from "./test-fixtures";

const kb = buildFixtureKnowledge();
const entry = (result: ReturnType<typeof scoreAnswers>, id: string) => result.ranking.find((e) => e.hypervisor === id)!;
const oneSentence = (text: string) => expect(text).toMatch(/^[^.!?]+[.!?]$/);

describe("knockouts", () => {
  it("open source required rules out the proprietary options, citing their licence sources", () => {
    const result = scoreAnswers({ answers: buildAnswers({ licensing: "open-source-required" }), kb });
    for (const id of ["esxi", "hyper-v"]) {
      const e = entry(result, id);
      expect(e.eligible).toBe(false);
      expect(e.knockouts).toHaveLength(1);
      expect(e.knockouts[0]!.mustHave).toBe("licensing");
      oneSentence(e.knockouts[0]!.reason);
      expect(e.knockouts[0]!.sources).toEqual(kb.hypervisors.find((h) => h.id === id)!.sources);
    }
    expect(entry(result, "kvm").eligible).toBe(true);
    expect(entry(result, "xen").eligible).toBe(true);
  });

  it("open source preferred rules nobody out", () => {
    const result = scoreAnswers({ answers: buildAnswers({ licensing: "open-source-preferred" }), kb });
    expect(result.ranking.every((e) => e.eligible)).toBe(true);
  });

  it("a must-have rules out options whose capability is not met, with the note's first sentence", () => {
    const result = scoreAnswers({
      answers: buildAnswers({ mustHaves: ["confidential-computing", "live-migration"] }),
      kb,
    });
    const xen = entry(result, "xen");
    expect(xen.knockouts).toEqual([
      {
        mustHave: "confidential-computing",
        reason: "xen cannot provide confidential-computing.",
        sources: expect.any(Array),
      },
    ]);
    expect(entry(result, "hyper-v").eligible).toBe(false);
    expect(entry(result, "esxi").eligible).toBe(true);
  });

  it("a cloud platform that does not support a hypervisor rules it out", () => {
    const result = scoreAnswers({ answers: buildAnswers({ cloudPlatform: "opennebula" }), kb });
    expect(result.ranking[0]).toMatchObject({ hypervisor: "kvm", eligible: true });
    expect(result.ranking.slice(1).every((e) => !e.eligible)).toBe(true);
    expect(entry(result, "esxi").knockouts[0]!.mustHave).toBe("cloudPlatform");
    oneSentence(entry(result, "esxi").knockouts[0]!.reason);
  });

  it("collects every knockout of an option", () => {
    const answers = buildAnswers({
      licensing: "open-source-required",
      cloudPlatform: "kubernetes",
      mustHaves: ["confidential-computing"],
    });
    const hv = entry(scoreAnswers({ answers, kb }), "hyper-v");
    expect(hv.knockouts.map((k) => k.mustHave)).toEqual(["licensing", "confidential-computing", "cloudPlatform"]);
  });

  it("ranks an ineligible option below an eligible one even when it scores higher, and reports no winner when none is eligible", () => {
    const large = buildAnswers({ scale: "large", budget: "flexible", licensing: "open-source-required" });
    const result = scoreAnswers({ answers: large, kb });
    const esxi = entry(result, "esxi");
    expect(esxi.score).toBeGreaterThan(entry(result, "xen").score);
    expect(esxi.rank).toBeGreaterThan(entry(result, "xen").rank);
    const none = scoreAnswers({
      answers: buildAnswers({ licensing: "open-source-required", cloudPlatform: "vmware-hybrid" }),
      kb,
    });
    expect(none.winner).toBeNull();
    expect(none.ranking).toHaveLength(4);
  });
});
