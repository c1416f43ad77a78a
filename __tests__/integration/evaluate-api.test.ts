// POST /api/v1/evaluate against a real seeded database: the public contract, the three examples
// of QUESTIONNAIRE.md, and every kind of bad input answered 4xx with the offending field named.
import type { Json } from "../support/json";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import fc from "fast-check";
import { useFreshDatabase } from "../support/test-database";
import { answersArbitrary, answersWithBrokerArbitrary } from "@/lib/questionnaire/answers-arbitrary";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import { answers } from "../support/answers";

jest.setTimeout(120_000);

type Post = (request: Request, context: unknown) => Promise<Response>;
let POST: Post;

let seededProductIds: string[];

beforeAll(async () => {
  await useFreshDatabase("evaluate");
  seededProductIds = seedKnowledge.products.map((p) => p.id).sort();
  POST = (await import("@/app/api/v1/evaluate/route")).POST as Post;
});

const VALID = answers("generalOnPremises");

function post(
  body: string | object,
  headers: Record<string, string> = { "content-type": "application/json" },
  query = "",
) {
  return POST(
    new Request(`http://localhost/api/v1/evaluate${query}`, {
      method: "POST",
      headers,
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    undefined,
  );
}

async function expectFieldError(response: Response, field: string, message?: RegExp) {
  expect(response.status).toBe(400);
  const body = await response.json();
  expect(body.error.code).toBe("invalid_input");
  const match = body.error.fields.find((f: { field: string }) => f.field === field);
  expect(match).toBeDefined();
  if (message) expect(match.message).toMatch(message);
}

function expectContract(body: Json) {
  expect(typeof body.modelVersion).toBe("string");
  expect(body.ranking.map((r: Json) => r.hypervisor).sort()).toEqual(["esxi", "hyper-v", "kvm", "xen"]);
  let seenIneligible = false;
  let previous = Infinity;
  for (const entry of body.ranking) {
    expect(entry.score).toBeGreaterThanOrEqual(0);
    expect(entry.score).toBeLessThanOrEqual(100);
    expect(typeof entry.eligible).toBe("boolean");
    if (entry.eligible) {
      expect(seenIneligible).toBe(false); // every eligible option ranks above every ineligible one
      expect(entry.knockouts).toEqual([]);
      expect(entry.score).toBeLessThanOrEqual(previous);
      previous = entry.score;
    } else {
      if (!seenIneligible) previous = Infinity;
      seenIneligible = true;
      expect(entry.knockouts.length).toBeGreaterThan(0);
      for (const knockout of entry.knockouts) {
        expect(knockout).toEqual(expect.objectContaining({ mustHave: expect.any(String), reason: expect.any(String) }));
        expect(knockout.sourceRefs.length).toBeGreaterThan(0);
        for (const ref of knockout.sourceRefs) expect(body.sources[ref].title).toEqual(expect.any(String));
      }
      expect(entry.score).toBeLessThanOrEqual(previous);
      previous = entry.score;
    }
    const sum = entry.contributions.reduce((total: number, c: Json) => total + c.points, 0);
    expect(sum).toBeCloseTo(entry.score, 6);
  }
  expectProducts(body);
}

const SUPPORT_STATUSES = ["supported", "community", "ending", "end-of-support", "not-sold"];

/** products[] as the contract ("Additions, part 2") says, and each family speaking through its best product. */
function expectProducts(body: Json) {
  const products: Json[] = body.products;
  expect(products.map((p) => p.id).sort()).toEqual(seededProductIds);
  products.forEach((p, i) => {
    expect(Object.keys(p).sort()).toEqual([
      "eligible",
      "family",
      "id",
      "knockouts",
      "name",
      "score",
      "support",
      "vendor",
    ]);
    expect(p.eligible).toBe(p.knockouts.length === 0);
    for (const k of p.knockouts)
      expect(k).toEqual(expect.objectContaining({ mustHave: expect.any(String), reason: expect.any(String) }));
    expect(SUPPORT_STATUSES).toContain(p.support.status);
    expect(typeof p.support.note).toBe("string");
    if (["ending", "end-of-support"].includes(p.support.status)) expect(p.support.until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (["end-of-support", "not-sold"].includes(p.support.status)) expect(p.eligible).toBe(false);
    const next = products[i + 1];
    if (next && p.eligible === next.eligible) expect(p.score).toBeGreaterThanOrEqual(next.score);
    if (next && p.eligible !== next.eligible) expect(p.eligible).toBe(true);
  });
  for (const entry of body.ranking) {
    const own = products.filter((p) => p.family === entry.hypervisor);
    const best = own.find((p) => p.eligible) ?? own[0]!;
    expect(entry.product.id).toBe(best.id);
    expect(entry.score).toBe(best.score);
    expect(entry.eligible).toBe(best.eligible);
    expect(entry.product.support).toEqual(best.support);
  }
}

describe("the contract", () => {
  test("answers 200 with all four hypervisors ranked, contributions, sensitivity and sources", async () => {
    const response = await post({ answers: VALID });
    expect(response.status).toBe(200);
    const body = await response.json();
    expectContract(body);
    expect(body.modelVersion).toMatch(/^kb-1\+engine-/);
    expect(body.winner).toBe(body.ranking[0].hypervisor);
    expect(body.sensitivity.criteria.length).toBeGreaterThan(0);
    expect(body.robustness.samples).toBeGreaterThanOrEqual(2000);
    expect(["clear", "narrow", "tie"]).toContain(body.confidence.label);
    // Each contribution names its criterion, whose name and weight are in `weights`.
    const weights = new Map(body.weights.map((w: Json) => [w.key, w]));
    for (const c of body.ranking[0].contributions) expect(weights.get(c.criterion)).toBeDefined();
    // The rationales are left out unless asked for.
    expect(JSON.stringify(body)).not.toContain('"rationale"');
  });

  test("include=evidence adds the rationale and sources behind every contribution, each source listed once", async () => {
    const response = await post({ answers: VALID }, undefined, "?include=evidence");
    expect(response.status).toBe(200);
    const body = await response.json();
    expectContract(body);
    for (const entry of body.ranking) {
      for (const c of entry.contributions) {
        const facts = body.evidence[entry.hypervisor][c.criterion];
        expect(facts.rationale.length).toBeGreaterThan(0);
        for (const ref of facts.sourceRefs) expect(body.sources[ref].title).toEqual(expect.any(String));
      }
    }
    const cited = body.sources.map((source: Json) => JSON.stringify(source));
    expect(new Set(cited).size).toBe(cited.length);
  });

  test("an unknown include answers 400 naming the parameter", async () => {
    const response = await post({ answers: VALID }, undefined, "?include=everything");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.fields).toEqual([expect.objectContaining({ field: "include" })]);
  });

  test("holds for every combination of answer values (property)", async () => {
    await fc.assert(
      fc.asyncProperty(answersArbitrary, async (answers) => {
        const response = await post({ answers });
        expect(response.status).toBe(200);
        expectContract(await response.json());
      }),
      { numRuns: 150, seed: 20261125 },
    );
  });

  test("holds with a VDI broker named, whichever it is and wherever the desktops run (property)", async () => {
    await fc.assert(
      fc.asyncProperty(answersWithBrokerArbitrary, async (answers) => {
        const response = await post({ answers });
        expect(response.status).toBe(200);
        expectContract(await response.json());
      }),
      { numRuns: 60, seed: 20261202 },
    );
  });

  test("a VDI broker the contract does not list is a 400 naming answers.vdiBroker", async () => {
    for (const vdiBroker of ["parallels", "", 3, null]) {
      await expectFieldError(
        await post({ answers: { ...VALID, vdiBroker } }),
        "answers.vdiBroker",
        /must be one of citrix/,
      );
    }
  });

  test("the broker an estate runs knocks out the families its vendor does not support, with the reason", async () => {
    const response = await post({ answers: { ...VALID, workloads: ["vdi"], vdiBroker: "horizon" } });
    const body = await response.json();
    const out = body.ranking.filter((e: Json) => !e.eligible).map((e: Json) => e.hypervisor);
    expect(out.sort()).toEqual(["hyper-v", "xen"]);
    expect(body.ranking.find((e: Json) => e.hypervisor === "kvm").product.id).toBe("nutanix-ahv");
  });

  test("accepts weight overrides and reflects them in the weights", async () => {
    const response = await post({ answers: VALID, weights: { "licence-cost": 0, momentum: 50 } });
    expect(response.status).toBe(200);
    const body = await response.json();
    const weight = (key: string) => body.weights.find((w: Json) => w.key === key);
    expect(weight("licence-cost")).toMatchObject({ weight: 0, overridden: true });
    expect(weight("momentum").overridden).toBe(true);
  });
});

describe("compression", () => {
  const headers = (acceptEncoding?: string) => ({
    "content-type": "application/json",
    ...(acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding }),
  });

  test("through Next, the route answers plain JSON whatever the client accepts (Next compresses it)", async () => {
    const response = await post({ answers: VALID }, headers("gzip, deflate, br"));
    expect(response.headers.get("content-encoding")).toBeNull();
    expect((await response.json()).ranking).toHaveLength(4);
  });

  test("directly (behind host/server.ts), brotli or gzip as the client accepts, each the same evaluation, with Vary", async () => {
    const { evaluateHandler } = await import("@/lib/evaluation/handler");
    const direct = evaluateHandler({ precompressed: true });
    const postDirect = (body: object, init: Record<string, string>) =>
      direct(
        new Request("http://localhost/api/v1/evaluate", { method: "POST", headers: init, body: JSON.stringify(body) }),
        undefined,
      );
    const plain = await postDirect({ answers: VALID }, headers());
    expect(plain.headers.get("content-encoding")).toBeNull();
    const text = await plain.text();
    for (const [accept, encoding, decode] of [
      ["gzip, deflate, br", "br", brotliDecompressSync],
      ["gzip", "gzip", gunzipSync],
      ["br;q=0, gzip;q=0.5", "gzip", gunzipSync],
    ] as const) {
      const response = await postDirect({ answers: VALID }, headers(accept));
      expect(response.headers.get("content-encoding")).toBe(encoding);
      expect(response.headers.get("vary")).toMatch(/accept-encoding/i);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.length).toBeLessThan(text.length / 3);
      expect(decode(bytes).toString("utf8")).toBe(text);
    }
  });
});

describe("the examples in QUESTIONNAIRE.md", () => {
  test("Linux estate to OpenStack, open source required: KVM; ESXi and Hyper-V not eligible", async () => {
    const body = await (
      await post({
        answers: { ...VALID, licensing: "open-source-required", cloudPlatform: "openstack", guestOs: "mostly-linux" },
      })
    ).json();
    expect(body.ranking[0].hypervisor).toBe("kvm");
    const byId = Object.fromEntries(body.ranking.map((r: Json) => [r.hypervisor, r]));
    expect(byId.esxi.eligible).toBe(false);
    expect(byId["hyper-v"].eligible).toBe(false);
    expect(byId.esxi.knockouts.map((k: Json) => k.mustHave)).toContain("licensing");
  });

  test("Windows shop extending into Azure, Hyper-V today: Hyper-V", async () => {
    const answers = {
      ...VALID,
      workloads: ["windows-apps"],
      guestOs: "mostly-windows",
      cloudPlatform: "azure",
      currentPlatform: "hyper-v",
      teamSkills: ["windows"],
    };
    const body = await (await post({ answers })).json();
    expect(body.ranking[0].hypervisor).toBe("hyper-v");
  });

  test("Large vSphere estate with vMotion/HA/vGPU and vendor support, flexible budget: ESXi", async () => {
    const answers = {
      ...VALID,
      guestOs: "mixed",
      currentPlatform: "esxi",
      scale: "large",
      budget: "flexible",
      licensing: "commercial-preferred",
      mustHaves: ["live-migration", "high-availability", "gpu-virtualization", "vendor-support"],
      teamSkills: ["vmware"],
    };
    const body = await (await post({ answers })).json();
    expect(body.ranking[0].hypervisor).toBe("esxi");
  });
});

describe("bad input", () => {
  test("a body that is not JSON is a 400", async () => {
    const response = await post("{answers:");
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("invalid_json");
  });

  test("an empty body is a 400", async () => {
    expect((await post("")).status).toBe(400);
  });

  test("a body over 64 KB is a 413", async () => {
    const response = await post({ answers: VALID, padding: "x".repeat(70 * 1024) });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
  });

  test.each([
    ["an array", []],
    ["a string", "answers"],
    ["null", null],
  ])("a JSON body that is %s is a 400 naming the body", async (_label, body) => {
    await expectFieldError(await post(JSON.stringify(body)), "(body)");
  });

  test("missing answers is a 400 naming answers", async () => {
    await expectFieldError(await post({}), "answers");
  });

  test.each([
    "workloads",
    "guestOs",
    "licensing",
    "cloudPlatform",
    "currentPlatform",
    "scale",
    "budget",
    "mustHaves",
    "teamSkills",
  ])("a missing %s is a 400 naming it", async (field) => {
    const answers: Record<string, unknown> = { ...VALID };
    delete answers[field];
    await expectFieldError(await post({ answers }), `answers.${field}`);
  });

  test("an unknown value is a 400 naming the field and its position", async () => {
    await expectFieldError(await post({ answers: { ...VALID, guestOs: "mostly-bsd" } }), "answers.guestOs");
    await expectFieldError(
      await post({ answers: { ...VALID, workloads: ["general-server", "mainframe"] } }),
      "answers.workloads[1]",
    );
    await expectFieldError(await post({ answers: { ...VALID, cloudPlatform: "eucalyptus" } }), "answers.cloudPlatform");
  });

  test("a wrong type is a 400", async () => {
    await expectFieldError(await post({ answers: { ...VALID, workloads: "vdi" } }), "answers.workloads");
    await expectFieldError(await post({ answers: { ...VALID, mustHaves: [1] } }), "answers.mustHaves[0]");
    await expectFieldError(await post({ answers: { ...VALID, scale: 3 } }), "answers.scale");
  });

  test("no workloads, or a repeated value, is a 400", async () => {
    await expectFieldError(await post({ answers: { ...VALID, workloads: [] } }), "answers.workloads", /at least one/);
    await expectFieldError(
      await post({ answers: { ...VALID, teamSkills: ["linux", "linux"] } }),
      "answers.teamSkills",
      /repeat/,
    );
  });

  test("an unknown field is a 400 naming it", async () => {
    await expectFieldError(
      await post({ answers: { ...VALID, colour: "blue" } }),
      "answers.colour",
      /not a known field/,
    );
    await expectFieldError(await post({ answers: VALID, extra: 1 }), "extra");
  });

  test("bad weight overrides are a 400 naming the criterion", async () => {
    await expectFieldError(
      await post({ answers: VALID, weights: { "no-such-criterion": 5 } }),
      "weights.no-such-criterion",
    );
    await expectFieldError(await post({ answers: VALID, weights: { momentum: -1 } }), "weights.momentum", /0 or more/);
    await expectFieldError(await post({ answers: VALID, weights: { momentum: "high" } }), "weights.momentum");
    await expectFieldError(await post({ answers: VALID, weights: [] }), "weights");
  });

  test("overrides that leave every criterion at zero are a 400", async () => {
    const all = (await (await post({ answers: VALID })).json()).weights.map((w: Json) => w.key);
    const response = await post({ answers: VALID, weights: Object.fromEntries(all.map((k: string) => [k, 0])) });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields[0].field).toMatch(/^weights/);
  });
});
