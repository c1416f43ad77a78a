// Which product of a family the engine picks on the seed knowledge base, for situations an architect
// would recognise, and why the others fit less.
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { Answers } from "@/lib/questionnaire/answers";
import type { HypervisorId } from "@/lib/questionnaire/options";
import { chooseProduct } from "./product-choice";
import { buildAnswers } from "./test-fixtures";

const pick = (hypervisor: HypervisorId, answers: Partial<Answers>) =>
  chooseProduct(seedKnowledge, buildAnswers(answers), hypervisor)!.choice;

test("each family's default product when nothing favours another", () => {
  expect(pick("esxi", {}).id).toBe("vvf");
  expect(pick("hyper-v", {}).id).toBe("windows-server-datacenter");
  expect(pick("kvm", {}).id).toBe("proxmox-ve-standard");
  expect(pick("xen", {}).id).toBe("vates-vms");
});

test("the free vSphere Hypervisor is never picked when vMotion or HA is a must-have, and says why", () => {
  const small = { scale: "small", budget: "minimal" } as const;
  expect(pick("esxi", small).id).toBe("vsphere-hypervisor");
  const withHa = pick("esxi", { ...small, mustHaves: ["high-availability"] });
  expect(withHa.id).not.toBe("vsphere-hypervisor");
  expect(withHa.alternatives.find((a) => a.id === "vsphere-hypervisor")!.why.join(" ")).toMatch(/HA/);
});

test("a Kubernetes platform picks OpenShift Virtualization for a Linux team; a team without Linux skills is warned", () => {
  expect(pick("kvm", { cloudPlatform: "kubernetes", teamSkills: ["linux", "automation"] }).id).toBe(
    "openshift-virtualization",
  );
  const windowsTeam = pick("kvm", { cloudPlatform: "kubernetes", teamSkills: ["windows"] });
  expect(windowsTeam.id).toBe("openshift-virtualization");
  expect(windowsTeam.cautions.join(" ")).toMatch(/without Linux skills/);
});

test("desktops on Xen pick XenServer, which Citrix subscriptions bring; open source required never picks a proprietary product", () => {
  expect(pick("xen", { workloads: ["vdi"] }).id).toBe("xenserver");
  expect(pick("xen", { workloads: ["vdi"], licensing: "open-source-required" }).id).not.toBe("xenserver");
  expect(pick("kvm", { budget: "flexible", licensing: "open-source-required" }).id).not.toBe("nutanix-ahv");
});

test("an end-of-life product is listed as an alternative with its date, never picked", () => {
  const kvm = pick("kvm", {});
  expect(kvm.id).not.toBe("red-hat-virtualization");
  expect(kvm.alternatives.find((a) => a.id === "red-hat-virtualization")!.why[0]).toMatch(
    /^End of life since \d{4}-\d{2}-\d{2}/,
  );
});
