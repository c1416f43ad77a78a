// The seeded knowledge base is complete, sourced, dated and in range.
import { checkKnowledge } from "@/lib/knowledge/completeness";
import { knowledgeContentSchema } from "@/lib/knowledge/schema";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import { CLOUD_PLATFORMS, HYPERVISOR_IDS, MUST_HAVES } from "@/lib/questionnaire/options";

const kb = seedKnowledge;
const rated = kb.criteria.filter((c) => c.kind === "rated");

test("passes the knowledge-base schema (sources, dates, ranges, ids)", () => {
  const result = knowledgeContentSchema.safeParse(kb);
  expect(result.success ? [] : result.error.issues).toEqual([]);
});

test("has the four hypervisors in contract order, and only KVM and Xen are open source", () => {
  expect(kb.hypervisors.map((h) => h.id)).toEqual([...HYPERVISOR_IDS]);
  expect(kb.hypervisors.filter((h) => h.openSource).map((h) => h.id)).toEqual(["kvm", "xen"]);
});

test("rates every hypervisor on every rated criterion exactly once, and at least ten criteria", () => {
  expect(rated.length).toBeGreaterThanOrEqual(10);
  const keys = kb.ratings.map((r) => `${r.hypervisor}:${r.criterion}`);
  expect(new Set(keys).size).toBe(keys.length);
  const expected = HYPERVISOR_IDS.flatMap((h) => rated.map((c) => `${h}:${c.key}`));
  expect([...keys].sort()).toEqual([...expected].sort());
});

test("derived criteria carry no ratings and criterion keys are unique", () => {
  const derived = new Set(kb.criteria.filter((c) => c.kind === "derived").map((c) => c.key));
  expect(kb.ratings.filter((r) => derived.has(r.criterion))).toEqual([]);
  expect(new Set(kb.criteria.map((c) => c.key)).size).toBe(kb.criteria.length);
});

test("every rating has a score from 0 to 10, a rationale, a source and a date no later than today", () => {
  const today = new Date().toISOString().slice(0, 10);
  for (const rating of kb.ratings) {
    expect(rating.score).toBeGreaterThanOrEqual(0);
    expect(rating.score).toBeLessThanOrEqual(10);
    expect(rating.rationale.length).toBeGreaterThan(20);
    expect(rating.sources.length).toBeGreaterThanOrEqual(1);
    expect(rating.asOf <= today).toBe(true);
  }
});

test("states each cloud platform's support for each hypervisor, and each capability for each must-have", () => {
  expect(kb.platforms.map((p) => p.id)).toEqual([...CLOUD_PLATFORMS]);
  const support = kb.platformSupport.map((s) => `${s.platform}:${s.hypervisor}`).sort();
  expect(support).toEqual(CLOUD_PLATFORMS.flatMap((p) => HYPERVISOR_IDS.map((h) => `${p}:${h}`)).sort());
  const capabilities = kb.capabilities.map((c) => `${c.hypervisor}:${c.mustHave}`).sort();
  expect(capabilities).toEqual(HYPERVISOR_IDS.flatMap((h) => MUST_HAVES.map((m) => `${h}:${m}`)).sort());
});

test("records the 2026 platform facts the advice depends on", () => {
  const level = (platform: string, hypervisor: string) =>
    kb.platformSupport.find((s) => s.platform === platform && s.hypervisor === hypervisor)?.level;
  expect(level("openstack", "kvm")).toBe("native");
  expect(level("openstack", "xen")).toBe("none"); // XenAPI removed in Victoria, libvirt+Xen in Wallaby
  expect(level("openstack", "hyper-v")).toBe("none"); // removed in 2024.1
  expect(level("kubernetes", "kvm")).toBe("native"); // KubeVirt
  expect(level("aws", "kvm")).toBe("limited"); // Nitro is KVM-based, but customers land on EC2, not on a KVM they run
  expect(level("aws", "esxi")).toBe("supported"); // Amazon EVS
  expect(level("kubernetes", "esxi")).toBe("limited"); // vSphere Supervisor's VM Operator
  expect(level("azure", "hyper-v")).toBe("native");
  expect(level("vmware-hybrid", "esxi")).toBe("native");
});

test("tells the history the tool explains, each event sourced", () => {
  const text = kb.history.map((e) => `${e.title} ${e.body}`).join("\n");
  for (const topic of [
    /Nitro/,
    /Qumranet/,
    /XenSource/,
    /OLVM|Oracle Linux KVM/,
    /Eucalyptus/,
    /Broadcom/,
    /OpenStack/,
  ]) {
    expect(text).toMatch(topic);
  }
  for (const event of kb.history) expect(event.sources.length).toBeGreaterThanOrEqual(1);
});

test("the plan data hangs together: prices and paths name real products, and a broken reference is named", () => {
  expect(checkKnowledge(seedKnowledge)).toEqual([]);
  const broken = {
    ...seedKnowledge,
    prices: [{ ...seedKnowledge.prices[0]!, product: "no-such-product" }, ...seedKnowledge.prices.slice(1)],
    migrationPaths: [
      { ...seedKnowledge.migrationPaths[0]!, product: "vvf", to: "kvm" as const },
      ...seedKnowledge.migrationPaths.slice(1),
    ],
  };
  expect(checkKnowledge(broken).map((e) => e.field)).toEqual(
    expect.arrayContaining(["prices[0].product", "migrationPaths[0].product"]),
  );
});
