import fc from "fast-check";
import { CURRENT_PLATFORMS, HYPERVISOR_IDS, TEAM_SKILLS } from "@/lib/questionnaire/options";
import { ratePlatformFit, rateTeamFit } from "./derived-ratings";
import { indexKnowledge } from "./knowledge-index";
import { buildAnswers, buildFixtureKnowledge } from "./test-fixtures";

const index = indexKnowledge(buildFixtureKnowledge());

describe("platform-fit", () => {
  it.each([
    ["azure", "hyper-v", 10],
    ["azure", "esxi", 7],
    ["azure", "kvm", 3],
    ["azure", "xen", 0],
  ] as const)("on %s rates %s %d from the support level", (platform, hypervisor, rating) => {
    const r = ratePlatformFit(index, buildAnswers({ cloudPlatform: platform }), hypervisor);
    expect(r.rating).toBe(rating);
    expect(r.rationale).toContain("support for");
    expect(r.sources.length).toBeGreaterThan(0);
    expect(r.asOf).toBe("2026-11-01");
  });
});

describe("team-fit", () => {
  it("rates staying on the current hypervisor 10", () => {
    const r = rateTeamFit(index, buildAnswers({ currentPlatform: "xen" }), "xen");
    expect(r.rating).toBe(10);
    expect(r.rationale).toMatch(/no migration/);
  });

  it("gives a greenfield team the base 5, lifted by matching skills", () => {
    const answers = buildAnswers({ teamSkills: ["windows"] });
    expect(rateTeamFit(index, answers, "hyper-v").rating).toBe(8);
    expect(rateTeamFit(index, answers, "kvm").rating).toBe(5);
  });

  it("makes a move cost effort, eased by conversion tooling and skills", () => {
    const answers = buildAnswers({ currentPlatform: "esxi", teamSkills: ["linux"] });
    // base 2 + VMware→KVM tooling 2 + Linux skills 3
    expect(rateTeamFit(index, answers, "kvm").rating).toBe(7);
    // base 2 + XO V2V 1 + Linux skills 2
    expect(rateTeamFit(index, answers, "xen").rating).toBe(5);
    // base 2 + SCVMM's VMware-to-Hyper-V conversion 1
    expect(rateTeamFit(index, answers, "hyper-v").rating).toBe(3);
    const kvm = rateTeamFit(index, answers, "kvm");
    expect(kvm.rationale).toMatch(/virt-v2v/);
    expect(kvm.sources.map((s) => s.url)).toContain("https://libguestfs.org/virt-v2v.1.html");
  });

  it("gives an automation skill a small lift to every option", () => {
    const plain = buildAnswers({ currentPlatform: "hyper-v" });
    const automating = buildAnswers({ currentPlatform: "hyper-v", teamSkills: ["automation"] });
    for (const h of ["esxi", "kvm", "xen"] as const) {
      expect(rateTeamFit(index, automating, h).rating).toBe(rateTeamFit(index, plain, h).rating + 1);
    }
  });

  it("never rates a move as good as staying, and stays within 0–10", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CURRENT_PLATFORMS),
        fc.subarray([...TEAM_SKILLS]),
        fc.constantFrom(...HYPERVISOR_IDS),
        (current, skills, hypervisor) => {
          const r = rateTeamFit(index, buildAnswers({ currentPlatform: current, teamSkills: skills }), hypervisor);
          expect(r.rating).toBeGreaterThanOrEqual(0);
          if (current === hypervisor) expect(r.rating).toBe(10);
          else expect(r.rating).toBeLessThan(10);
        },
      ),
    );
  });
});
