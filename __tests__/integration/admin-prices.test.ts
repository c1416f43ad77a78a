// Prices and products through the admin API: a corrected price is a draft until published, then
// prices every new evaluation; an unsourced figure or a price that is both quoted and "quote required"
// is refused; a recommendation saved before keeps the price it was computed with.
import { reviewedDraft, startSignedIn } from "../support/admin";
import { serviceEvaluation } from "../support/engine-evaluation";

jest.setTimeout(60_000);

let routes: Awaited<ReturnType<typeof startSignedIn>>["routes"];
let as: Awaited<ReturnType<typeof startSignedIn>>["as"];

beforeAll(async () => {
  ({ routes, as } = await startSignedIn("admin-prices", "192.0.2.201"));
});

const entry = (entity: string, ...key: string[]) => ({ params: Promise.resolve({ entity, key }) });

const ANSWERS = {
  workloads: ["general-server"],
  guestOs: "mostly-linux",
  licensing: "no-preference",
  cloudPlatform: "on-premises",
  currentPlatform: "esxi",
  scale: "medium",
  budget: "moderate",
  mustHaves: ["live-migration"],
  teamSkills: ["vmware"],
  estate: { hosts: 4, socketsPerHost: 2, coresPerSocket: 8 },
};

async function vvfLine(recommendation?: {
  evaluation: {
    ranking: {
      hypervisor: string;
      cost: { lines: { product: string; unitPrice: number; asOf: string | null }[] } | null;
    }[];
  };
}) {
  const evaluation = recommendation?.evaluation ?? (await serviceEvaluation({ answers: ANSWERS } as never));
  return evaluation.ranking.find((e) => e.hypervisor === "esxi")!.cost!.lines.find((l) => l.product === "vvf")!;
}

test("a corrected VVF price is live only once published; a recommendation saved before keeps the old one", async () => {
  const { getCurrentKnowledgeBase } = await import("@/lib/knowledge/service");
  const { createRecommendation, getRecommendation } = await import("@/lib/recommendations/service");
  const price = (await getCurrentKnowledgeBase()).prices.find((p) => p.product === "vvf" && p.key === "subscription")!;
  const { snapshot } = await createRecommendation({ answers: ANSWERS } as never);
  const before = await vvfLine();

  const edited = {
    ...price,
    amount: 150,
    basis: "list",
    asOf: "2026-12-01",
    note: "Corrected to the list price a reseller quoted publicly.",
  };
  const put = await routes.put(
    as("PUT", "/api/admin/draft/prices/vvf/subscription", edited),
    entry("prices", "vvf", "subscription"),
  );
  expect(put.status).toBe(200);
  expect((await vvfLine()).unitPrice).toBe(before.unitPrice); // a draft changes nothing public

  const published = await routes.publish(
    as("POST", "/api/admin/draft/publish", { note: "VVF price corrected", reviewed: await reviewedDraft() }),
    undefined,
  );
  expect(published.status).toBe(201);
  const after = await vvfLine();
  expect(after).toMatchObject({ unitPrice: 150, asOf: "2026-12-01" });
  expect(
    (await getRecommendation(snapshot.id)).evaluation.ranking
      .find((e) => e.hypervisor === "esxi")!
      .cost!.lines.find((l) => l.product === "vvf")!.unitPrice,
  ).toBe(before.unitPrice);
});

test("a price without a source, or with an amount and 'quote required' both, is refused by field", async () => {
  const { getCurrentKnowledgeBase } = await import("@/lib/knowledge/service");
  const price = (await getCurrentKnowledgeBase()).prices.find((p) => p.product === "openshift-virtualization")!;
  const path = `/api/admin/draft/prices/openshift-virtualization/${price.key}`;
  const both = await routes.put(
    as("PUT", path, { ...price, amount: 5000 }),
    entry("prices", "openshift-virtualization", price.key),
  );
  expect(both.status).toBe(400);
  expect((await both.json()).error.fields.map((f: { field: string }) => f.field)).toContain("amount");
  const unsourced = await routes.put(
    as("PUT", path, { ...price, sources: [] }),
    entry("prices", "openshift-virtualization", price.key),
  );
  expect(unsourced.status).toBe(400);
  expect((await unsourced.json()).error.fields.map((f: { field: string }) => f.field)).toContain("sources");
});

test("a product marked end of support without its date is refused; with it, the engine stops picking it", async () => {
  const { getCurrentKnowledgeBase } = await import("@/lib/knowledge/service");
  const vvf = (await getCurrentKnowledgeBase()).products.find((p) => p.id === "vvf")!;
  const ended = { ...vvf.lifecycle, status: "end-of-support" as const };
  const noDate = await routes.put(
    as("PUT", "/api/admin/draft/products/vvf", { ...vvf, lifecycle: { ...ended, until: null } }),
    entry("products", "vvf"),
  );
  expect(noDate.status).toBe(400);
  expect((await noDate.json()).error.fields.map((f: { field: string }) => f.field)).toContain("lifecycle.until");
  const retired = await routes.put(
    as("PUT", "/api/admin/draft/products/vvf", { ...vvf, lifecycle: { ...ended, until: "2026-11-30" } }),
    entry("products", "vvf"),
  );
  expect(retired.status).toBe(200);
  expect(
    (
      await routes.publish(
        as("POST", "/api/admin/draft/publish", { note: "VVF retired for a test", reviewed: await reviewedDraft() }),
        undefined,
      )
    ).status,
  ).toBe(201);
  const esxi = (await serviceEvaluation({ answers: ANSWERS } as never)).ranking.find((e) => e.hypervisor === "esxi")!;
  expect(esxi.product!.id).not.toBe("vvf");
  expect(esxi.product!.alternatives.find((a) => a.id === "vvf")!.why.join(" ")).toMatch(
    /General support ended on 2026-11-30/,
  );
});
