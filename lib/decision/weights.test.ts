import type { Answers } from "@/lib/questionnaire/answers";
import { EngineInputError } from "./errors";
import { buildAnswers, buildFixtureKnowledge } from "./test-fixtures";
import { WEIGHT_RULES } from "./weight-rules";
import { deriveWeights } from "./weights";

const kb = buildFixtureKnowledge();
const rawOf = (answers: Answers, overrides?: Record<string, number>) =>
  Object.fromEntries(deriveWeights(kb.criteria, answers, overrides).list.map((w) => [w.key, w.raw]));

// Baseline answers: guestOs mixed (×1.5 on both guest criteria) and budget moderate (licence-cost ×1.5).
// Expected raw weights are worked out by hand from the default weights and the documented factors.
const CASES: { name: string; answers: Partial<Answers>; expect: Record<string, number> }[] = [
  {
    name: "mostly Windows",
    answers: { guestOs: "mostly-windows" },
    expect: { "windows-guests": 24, "linux-guests": 4 },
  },
  { name: "mostly Linux", answers: { guestOs: "mostly-linux" }, expect: { "linux-guests": 24, "windows-guests": 4 } },
  { name: "mixed guests", answers: { guestOs: "mixed" }, expect: { "linux-guests": 12, "windows-guests": 12 } },
  {
    name: "open source required",
    answers: { licensing: "open-source-required" },
    expect: { openness: 20, "licence-cost": 27 },
  },
  {
    name: "open source preferred",
    answers: { licensing: "open-source-preferred" },
    expect: { openness: 20, "licence-cost": 18 },
  },
  {
    name: "commercial preferred",
    answers: { licensing: "commercial-preferred" },
    expect: { "vendor-support": 12, openness: 4 },
  },
  {
    name: "no licensing preference",
    answers: { licensing: "no-preference" },
    expect: { "vendor-support": 6, openness: 8 },
  },
  { name: "minimal budget", answers: { budget: "minimal" }, expect: { "licence-cost": 36 } },
  { name: "moderate budget", answers: { budget: "moderate" }, expect: { "licence-cost": 18 } },
  { name: "flexible budget", answers: { budget: "flexible" }, expect: { "licence-cost": 6 } },
  { name: "small scale", answers: { scale: "small" }, expect: { scalability: 2.5, availability: 10 } },
  { name: "large scale", answers: { scale: "large" }, expect: { scalability: 10, availability: 15, management: 12 } },
  { name: "VDI", answers: { workloads: ["vdi"] }, expect: { vdi: 12 } },
  { name: "HPC/GPU", answers: { workloads: ["hpc-gpu"] }, expect: { gpu: 12, performance: 8 } },
  {
    name: "databases",
    answers: { workloads: ["databases"] },
    expect: { performance: 6, availability: 13, backup: 7.8 },
  },
  {
    name: "Windows apps",
    answers: { workloads: ["windows-apps"] },
    expect: { "windows-guests": 18, "linux-guests": 12 },
  },
  { name: "Linux apps", answers: { workloads: ["linux-apps"] }, expect: { "linux-guests": 18, "windows-guests": 12 } },
  {
    name: "containers",
    answers: { workloads: ["containers"] },
    expect: { openness: 8, "platform-fit": 0 },
  },
  {
    name: "containers on Kubernetes",
    answers: { workloads: ["containers"], cloudPlatform: "kubernetes" },
    expect: { openness: 8, "platform-fit": 22.5 },
  },
  { name: "Kubernetes without containers", answers: { cloudPlatform: "kubernetes" }, expect: { "platform-fit": 15 } },
  { name: "dev/test", answers: { workloads: ["dev-test"] }, expect: { "licence-cost": 23.4, availability: 7 } },
  { name: "edge", answers: { workloads: ["edge"] }, expect: { "licence-cost": 23.4, scalability: 2.5 } },
  { name: "two workloads multiply", answers: { workloads: ["dev-test", "edge"] }, expect: { "licence-cost": 30.42 } },
  { name: "live migration", answers: { mustHaves: ["live-migration"] }, expect: { availability: 15 } },
  { name: "high availability", answers: { mustHaves: ["high-availability"] }, expect: { availability: 15 } },
  {
    name: "live migration and HA and large scale multiply",
    answers: { mustHaves: ["live-migration", "high-availability"], scale: "large" },
    expect: { availability: 33.75 },
  },
  { name: "GPU virtualization", answers: { mustHaves: ["gpu-virtualization"] }, expect: { gpu: 7.5 } },
  {
    name: "confidential computing",
    answers: { mustHaves: ["confidential-computing"] },
    expect: { "confidential-computing": 9 },
  },
  { name: "vendor support", answers: { mustHaves: ["vendor-support"] }, expect: { "vendor-support": 9 } },
  { name: "backup ecosystem", answers: { mustHaves: ["backup-ecosystem"] }, expect: { backup: 9 } },
  { name: "on-premises greenfield: derived criteria off", answers: {}, expect: { "platform-fit": 0, "team-fit": 0 } },
  { name: "a cloud platform turns platform-fit on", answers: { cloudPlatform: "aws" }, expect: { "platform-fit": 15 } },
  {
    name: "a current platform turns team-fit on, and migrating doubles it",
    answers: { currentPlatform: "esxi" },
    expect: { "team-fit": 20 },
  },
  { name: "team skills turn team-fit on", answers: { teamSkills: ["linux"] }, expect: { "team-fit": 10 } },
];

describe("weight rules", () => {
  it.each(CASES)("$name", ({ answers, expect: expected }) => {
    const raw = rawOf(buildAnswers(answers));
    for (const [key, value] of Object.entries(expected)) expect(raw[key]).toBeCloseTo(value, 9);
  });

  it("every rule in the table fires in at least one case above and names itself on the criterion", () => {
    const fired = new Set<string>();
    for (const c of CASES) {
      for (const w of deriveWeights(kb.criteria, buildAnswers(c.answers)).list)
        for (const r of w.rules) fired.add(r.id);
    }
    expect([...fired].sort()).toEqual(WEIGHT_RULES.map((r) => r.id).sort());
  });

  it("lists the rules that changed a criterion, with their labels", () => {
    const w = deriveWeights(kb.criteria, buildAnswers({ guestOs: "mostly-windows", workloads: ["windows-apps"] })).list;
    const windows = w.find((x) => x.key === "windows-guests")!;
    expect(windows.rules.map((r) => r.id)).toEqual(["guests-mostly-windows", "workload-windows-apps"]);
    expect(windows.rules[0]!.label).toMatch(/Windows/);
    expect(w.find((x) => x.key === "momentum")!.rules).toEqual([]);
  });

  it("normalises to sum 1 and keeps the proportions of the raw weights", () => {
    const { list, vector } = deriveWeights(kb.criteria, buildAnswers({ cloudPlatform: "azure" }));
    expect(list.reduce((s, w) => s + w.weight, 0)).toBeCloseTo(1, 12);
    const total = list.reduce((s, w) => s + w.raw, 0);
    list.forEach((w, i) => {
      expect(w.weight).toBeCloseTo(w.raw / total, 12);
      expect(vector[i]).toBe(w.weight);
    });
  });
});

describe("weight overrides", () => {
  it("replace the rule-derived value of that criterion only", () => {
    const list = deriveWeights(kb.criteria, buildAnswers({ budget: "minimal" }), {
      "licence-cost": 2,
      "team-fit": 5,
    }).list;
    const cost = list.find((w) => w.key === "licence-cost")!;
    expect(cost).toMatchObject({ raw: 2, overridden: true, rules: [] });
    expect(list.find((w) => w.key === "team-fit")).toMatchObject({ raw: 5, overridden: true });
    expect(list.find((w) => w.key === "openness")).toMatchObject({ raw: 8, overridden: false });
  });

  it.each([
    [{ nope: 1 }, "weights.nope"],
    [{ openness: -1 }, "weights.openness"],
    [{ openness: Number.NaN }, "weights.openness"],
    [{ openness: Number.POSITIVE_INFINITY }, "weights.openness"],
  ])("rejects %p with a typed error naming %s", (overrides, field) => {
    expect(() => deriveWeights(kb.criteria, buildAnswers(), overrides)).toThrow(EngineInputError);
    try {
      deriveWeights(kb.criteria, buildAnswers(), overrides);
    } catch (error) {
      expect((error as EngineInputError).field).toBe(field);
      expect((error as EngineInputError).status).toBe(400);
    }
  });

  it("rejects overrides that leave every weight at zero", () => {
    const zeros = Object.fromEntries(kb.criteria.map((c) => [c.key, 0]));
    expect(() => deriveWeights(kb.criteria, buildAnswers(), zeros)).toThrow(
      expect.objectContaining({ name: "EngineInputError", field: "weights" }),
    );
  });
});
