// Must-haves are judged on the team's platform: a platform fact, where the knowledge base has one,
// decides instead of the family's own capability, and the result says which fact it rests on.
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { evaluateAnswers } from "./evaluate";
import { buildAnswers } from "./test-fixtures";

const kb: KnowledgeBase = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "seed" } };
const PUBLIC_CLOUDS = ["aws", "azure", "google-cloud", "oracle-cloud", "vmware-hybrid"] as const;

describe("must-haves on the team's platform", () => {
  it.each(seedKnowledge.platformCapabilities)(
    "$platform: $hypervisor, $mustHave → met $met, on the platform's own fact",
    ({ platform, hypervisor, mustHave, met, note }) => {
      const answers = buildAnswers({ cloudPlatform: platform, mustHaves: [mustHave] });
      const entry = evaluateAnswers({ answers, kb, samples: 20 }).ranking.find((e) => e.hypervisor === hypervisor)!;
      expect(entry.mustHaves).toEqual([expect.objectContaining({ mustHave, met, platform, note })]);
      const knockout = entry.knockouts.find((k) => k.mustHave === mustHave);
      if (met) expect(knockout).toBeUndefined();
      else expect(knockout).toMatchObject({ platform });
    },
  );

  it.each(PUBLIC_CLOUDS)("%s delivers at least one must-have itself", (platform) => {
    expect(seedKnowledge.platformCapabilities.some((c) => c.platform === platform && c.met)).toBe(true);
  });

  it("on Azure, Hyper-V meets confidential computing; on premises the family's fact knocks it out", () => {
    const onAzure = buildAnswers({ cloudPlatform: "azure", mustHaves: ["confidential-computing"] });
    const onPremises = buildAnswers({ cloudPlatform: "on-premises", mustHaves: ["confidential-computing"] });
    const hyperV = (answers: typeof onAzure) =>
      evaluateAnswers({ answers, kb, samples: 20 }).ranking.find((e) => e.hypervisor === "hyper-v")!;
    expect(hyperV(onAzure).eligible).toBe(true);
    expect(hyperV(onAzure).mustHaves[0]).toMatchObject({ met: true, platform: "azure" });
    expect(hyperV(onPremises).eligible).toBe(false);
    // The family speaks through its best product; Azure's own VMs also fail to be offered on premises.
    const knockouts = hyperV(onPremises).knockouts;
    expect(knockouts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ mustHave: "confidential-computing", sources: expect.any(Array) }),
      ]),
    );
    expect(knockouts.find((k) => k.mustHave === "confidential-computing")).not.toHaveProperty("platform");
    expect(hyperV(onPremises).mustHaves[0]).toMatchObject({ met: false, platform: null });
  });

  it("lists no checks when the team names no must-have", () => {
    const { ranking } = evaluateAnswers({ answers: buildAnswers({ mustHaves: [] }), kb, samples: 20 });
    expect(ranking.every((e) => e.mustHaves.length === 0)).toBe(true);
  });
});

describe("VMs next to containers", () => {
  const contribution = (answers: Parameters<typeof buildAnswers>[0], hypervisor: string) =>
    evaluateAnswers({ answers: buildAnswers(answers), kb, samples: 20 })
      .ranking.find((e) => e.hypervisor === hypervisor)!
      .contributions.find((c) => c.criterion === "kubernetes-fit")!;

  it("count, off Kubernetes, how Kubernetes runs each family's VMs (KubeVirt for KVM, Supervisor for ESXi)", () => {
    const containers = { workloads: ["containers" as const] };
    expect(contribution(containers, "kvm")).toMatchObject({ rating: 10, weight: expect.any(Number) });
    expect(contribution(containers, "kvm").weight).toBeGreaterThan(0);
    expect(contribution(containers, "esxi").rating).toBe(3);
    expect(contribution(containers, "esxi").rationale).toMatch(/VM Operator/);
    expect(contribution(containers, "hyper-v").rating).toBe(0);
  });

  it("weigh nothing without containers, or on Kubernetes itself, where platform fit says it", () => {
    expect(contribution({ workloads: ["linux-apps"] }, "kvm").weight).toBe(0);
    expect(contribution({ workloads: ["containers"], cloudPlatform: "kubernetes" }, "kvm").weight).toBe(0);
  });
});
