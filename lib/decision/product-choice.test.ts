// Which product of a family the engine picks on the seed knowledge base, for situations an architect
// would recognise, and why the others fit less. Every product is scored; the family's choice is its
// best eligible product.
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import type { HypervisorId } from "@/lib/questionnaire/options";
import { scoreAnswers } from "./score";
import { buildAnswers } from "./test-fixtures";

const kb: KnowledgeBase = { ...seedKnowledge, version: { number: 1, label: "seed", publishedAt: null, note: "seed" } };
const TODAY = "2026-12-06";

const evaluate = (answers: Partial<Answers>) => scoreAnswers({ kb, answers: buildAnswers(answers), today: TODAY });
const pick = (hypervisor: HypervisorId, answers: Partial<Answers>) =>
  evaluate(answers).ranking.find((e) => e.hypervisor === hypervisor)!.product!;

test("the free vSphere Hypervisor is never picked when vMotion or HA is a must-have, and says why", () => {
  const withHa = pick("esxi", { scale: "small", budget: "minimal", mustHaves: ["high-availability"] });
  expect(withHa.id).not.toBe("vsphere-hypervisor");
  expect(withHa.alternatives.find((a) => a.id === "vsphere-hypervisor")!.why.join(" ")).toMatch(/HA/);
});

test("a Kubernetes platform picks a Kubernetes-native product; a team without Linux skills is warned about OpenShift", () => {
  const linux = pick("kvm", { cloudPlatform: "kubernetes", teamSkills: ["linux", "automation"] });
  expect(["openshift-virtualization", "suse-virtualization"]).toContain(linux.id);
  const windowsTeam = pick("kvm", { cloudPlatform: "kubernetes", teamSkills: ["windows"] });
  const openshift =
    windowsTeam.id === "openshift-virtualization"
      ? windowsTeam.cautions
      : windowsTeam.alternatives.find((a) => a.id === "openshift-virtualization")!.why;
  expect(openshift.join(" ")).toMatch(/without Linux skills/);
});

test("open source required never picks a proprietary product", () => {
  expect(pick("xen", { workloads: ["vdi"], licensing: "open-source-required" }).id).not.toBe("xenserver");
  expect(pick("kvm", { budget: "flexible", licensing: "open-source-required" }).id).not.toBe("nutanix-ahv");
});

test("an end-of-support product is listed with its date and never picked while a supported one fits", () => {
  const kvm = pick("kvm", {});
  expect(kvm.id).not.toBe("red-hat-virtualization");
  expect(kvm.alternatives.find((a) => a.id === "red-hat-virtualization")!.why.join(" ")).toMatch(
    /General support ended on 2026-08-31/,
  );
});

test("every family's choice is its best eligible product in products[], with that product's score", () => {
  const result = evaluate({ workloads: ["vdi", "windows-apps"], guestOs: "mostly-windows", currentPlatform: "xen" });
  for (const entry of result.ranking) {
    const family = result.products.filter((p) => p.family === entry.hypervisor);
    const best = family.find((p) => p.eligible) ?? family[0]!;
    expect(entry.product!.id).toBe(best.id);
    expect(entry.score).toBe(best.score);
    expect(entry.eligible).toBe(best.eligible);
  }
});

test("products[] lists every product of the knowledge base once, eligible first, then by score", () => {
  const { products } = evaluate({ cloudPlatform: "oracle-cloud", currentPlatform: "esxi" });
  expect(products.map((p) => p.id).sort()).toEqual(kb.products.map((p) => p.id).sort());
  for (let i = 1; i < products.length; i++) {
    const [a, b] = [products[i - 1]!, products[i]!];
    if (a.eligible === b.eligible) expect(a.score).toBeGreaterThanOrEqual(b.score);
    else expect(a.eligible).toBe(true);
  }
});
