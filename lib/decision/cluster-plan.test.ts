// The plan per cluster on the real seed knowledge base: three unlike clusters of a vSphere estate (a
// Windows SQL cluster, a desktop cluster, small single-CPU edge hosts), each priced host by host at its
// own minimums, the split adding up to its clusters, the sentence and the order to move them in.
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import type { Answers } from "@/lib/questionnaire/answers";
import type { Quotes } from "@/lib/questionnaire/quotes";
import { EDGE_QUOTES, THREE_CLUSTERS } from "./cluster-fixtures";
import { orderMoves, type MoveFacts } from "./cluster-moves";
import { evaluateAnswers } from "./evaluate";
import { about } from "./plan-summary";
import { buildAnswers } from "./test-fixtures";
import type { ClusterPlan, Evaluation } from "./types";

const kb: KnowledgeBase = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "seed" } };
const TODAY = "2026-12-07";

const evaluate = (answers: Partial<Answers>, quotes: Quotes = EDGE_QUOTES): Evaluation =>
  evaluateAnswers({ answers: buildAnswers(answers), kb, quotes, today: TODAY, samples: 20 });

const cluster = (evaluation: Evaluation, name: string) => evaluation.plan!.clusters!.find((c) => c.name === name)!;
const inCents = (amount: number) => Math.round(amount * 100);
const sumOf = (plans: ClusterPlan[], field: "perYear" | "oneOff" | "npv") =>
  plans.reduce((sum, c) => sum + c[field]!, 0);

describe("an estate of three unlike clusters leaving vSphere", () => {
  const evaluation = evaluate(THREE_CLUSTERS);
  const plan = evaluation.plan!;
  const clusters = plan.clusters!;
  const split = plan.split!;
  const vvf = kb.prices.find((p) => p.product === "vvf" && p.key === "subscription")!;

  it("bills each host's CPUs at their own minimums: a single 8-core CPU bills 16 cores for per-core subscriptions", () => {
    const esxi = evaluation.ranking.find((e) => e.hypervisor === "esxi")!;
    const subscription = esxi.cost!.lines.find((l) => l.product === "vvf")!;
    // 4 × 2 × 24 + 6 × 2 × 16 + 5 × 1 × 16 (16-core minimum per CPU): not 5 × 8 for the edge hosts.
    expect(subscription.quantity).toBe(192 + 192 + 80);
    expect(subscription.arithmetic).toContain(
      "5 hosts × 1 CPU × 16 cores (8 cores per CPU; 16-core minimum per CPU applied)",
    );
    // Windows Server's 16-core minimum per host bills each edge host's single 8-core CPU as 16.
    const hyperV = evaluation.ranking.find((e) => e.hypervisor === "hyper-v")!;
    const hostLicence = hyperV.cost!.lines.find((l) => l.product === hyperV.product!.id)!;
    expect(hostLicence.arithmetic).toContain("EDGE: 5 hosts × 16 cores =");
    // The edge cluster alone, staying on VVF: 80 cores, not 40.
    expect(cluster(evaluation, "EDGE").stay!.perYear).toBe(80 * vvf.amount!);
    expect(cluster(evaluation, "EDGE")).toMatchObject({ hosts: 5, cores: 40 });
  });

  it("plans each cluster on its own product, with its own cost, staying put's and the effort of the move", () => {
    expect(clusters.map((c) => [c.name, c.product?.family])).toEqual([
      ["SQL", "hyper-v"],
      ["VDI", "kvm"],
      ["EDGE", "kvm"],
    ]);
    const sql = cluster(evaluation, "SQL");
    expect(sql.billedCores).toBe(192);
    for (const c of clusters) {
      expect(c.savingPerYear).toBe(Math.round((c.stay!.perYear! - c.perYear!) * 100) / 100);
      expect(c.effortDays!.low).toBeGreaterThan(0);
      expect(c.effortDays!.high).toBeGreaterThanOrEqual(c.effortDays!.low);
      expect(c.oneOff).toBeGreaterThan(0);
    }
  });

  it("adds the split's yearly, one-off and net present cost up from its clusters', to the cent", () => {
    for (const field of ["perYear", "oneOff", "npv"] as const)
      expect(inCents(split[field])).toBe(inCents(sumOf(clusters, field)));
    // Staying put and one platform are the whole estate's figures, as the cost table shows them.
    const esxi = evaluation.ranking.find((e) => e.hypervisor === "esxi")!.cost!;
    expect(split.stay).toEqual({ perYear: esxi.perYear, oneOff: esxi.oneOff!.amount, npv: esxi.npv });
    expect(split.onePlatform?.product.id).toBe(plan.recommended!.id);
    expect(split.onePlatform?.perYear).toBe(evaluation.ranking[0]!.cost!.perYear);
    expect(inCents(split.savingPerYear!)).toBe(inCents(split.stay!.perYear - split.perYear));
    expect(inCents(split.onePlatformNpvSaving!)).toBe(inCents(split.onePlatform!.npv - split.npv));
  });

  it("says in one sentence where each cluster goes and what that saves against staying and one platform", () => {
    const sentence = split.explanation;
    const [sql, vdi] = [cluster(evaluation, "SQL"), cluster(evaluation, "VDI")];
    expect(sentence).toMatch(/^Move SQL to /);
    expect(sentence).toContain(`SQL to ${sql.product!.name}, and VDI and EDGE to ${vdi.product!.name}:`);
    expect(split.savingPerYear).toBeGreaterThan(0);
    expect(sentence).toContain(`about ${about(split.savingPerYear!)} a year less than staying put`);
    expect(sentence).toContain(
      `${about(Math.abs(split.onePlatformSavingPerYear!))} a year ${split.onePlatformSavingPerYear! > 0 ? "less" : "more"} than one platform (${split.onePlatform!.product.name} for every cluster)`,
    );
    // Planned alone, the split pays each migration path's fixed days once per cluster: its one-off
    // costs turn the net present value against one platform, and the sentence says so.
    expect(split.onePlatformNpvSaving).toBeLessThan(0);
    expect(sentence).toContain(
      `in net present value over 3 years, one-off costs included, about ${about(-split.onePlatformNpvSaving!)} more than one platform.`,
    );
  });

  it("moves the least risky cluster with the largest saving first and the desktops last, each with its reason", () => {
    const order = [...clusters].sort((a, b) => a.move!.order - b.move!.order);
    expect(order.map((c) => [c.name, c.move!.risk])).toEqual([
      ["SQL", "low"],
      ["EDGE", "medium"],
      ["VDI", "high"],
    ]);
    expect(order[0]!.move!.reason).toMatch(/^Low risk \(warm cutover, a platform the team knows\); saves about US\$/);
    expect(order[2]!.move!.reason).toContain("400 desktops rebuilt from images");
  });

  it("leaves the split unpriced, but still plans and orders the clusters, while a cluster's product needs a quote", () => {
    const unquoted = evaluate(THREE_CLUSTERS, {});
    expect(unquoted.plan!.split).toBeNull();
    const edge = cluster(unquoted, "EDGE");
    expect(edge.perYear).toBeNull();
    expect(edge.savingPerYear).toBeNull();
    expect(edge.move?.reason).toContain("its saving against staying put needs a quote");
  });
});

describe("an estate that keeps some clusters where they are", () => {
  it("keeps the clusters on today's family first in the sentence, with no effort and no place in the move order", () => {
    const evaluation = evaluate(
      { ...THREE_CLUSTERS, currentPlatform: "xen", vdiBroker: "citrix" },
      // Entitled to XenServer Premium through the Citrix subscription.
      { xenserver: { unit: "flat-year", amount: 0, currency: "USD" } },
    );
    const kept = evaluation.plan!.clusters!.filter((c) => c.product?.family === "xen");
    expect(kept.map((c) => c.name)).toEqual(["VDI", "EDGE"]);
    for (const c of kept) expect(c).toMatchObject({ effortDays: { low: 0, high: 0 }, savingPerYear: 0, move: null });
    const split = evaluation.plan!.split!;
    expect(split.explanation).toMatch(/^Keep VDI and EDGE on XenServer 8\.4 Premium; move SQL to /);
    expect(cluster(evaluation, "SQL").move?.order).toBe(1);
  });
});

describe("the order to move clusters in", () => {
  const plan = (name: string, savingPerYear: number | null, days: number): ClusterPlan => ({
    name,
    product: { id: "p", name: "P", family: "kvm" },
    perYear: 0,
    reason: "",
    hosts: 1,
    cores: 8,
    billedCores: null,
    oneOff: 0,
    npv: 0,
    stay: null,
    savingPerYear,
    effortDays: { low: days, high: days },
    move: null,
  });
  const warm: MoveFacts = { downtime: "warm", newPlatform: false, desktops: 0 };
  const cold: MoveFacts = { ...warm, downtime: "cold" };

  it("puts less risk before more saving, then more saving, then less effort, and leaves staying clusters out", () => {
    const planned = [
      { plan: plan("cold, big saving", 90_000, 10), facts: cold },
      { plan: plan("warm, small saving", 1_000, 10), facts: warm },
      { plan: plan("warm, big saving, long", 50_000, 60), facts: warm },
      { plan: plan("warm, big saving, short", 50_000, 20), facts: warm },
      { plan: plan("warm, needs a quote", null, 5), facts: warm },
      { plan: plan("stays", 0, 0), facts: null },
    ];
    orderMoves(planned);
    expect(planned.map((p) => p.plan.move?.order ?? null)).toEqual([5, 3, 2, 1, 4, null]);
    expect(planned[0]!.plan.move!.risk).toBe("medium");
    expect(planned[1]!.plan.move!.reason).toBe(
      "Low risk (warm cutover, a platform the team knows); saves about US$1,000 a year against staying put; about 10 person-days.",
    );
  });
});
