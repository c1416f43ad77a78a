// The approvers' report and the cost workbook of a saved recommendation, through the route handlers
// on a real seeded database (this file also runs on PostgreSQL: scripts/test.ts): what the PDF says
// as a reader's tools extract it, its pages rendered to PNG for a person to look at
// (test-results/report-pages/), the workbook's formulas evaluated, caching, and hostile names.
import path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { EDGE_QUOTES, THREE_CLUSTERS } from "@/lib/decision/cluster-fixtures";
import { buildAnswers } from "@/lib/decision/test-fixtures";
import type { Evaluation } from "@/lib/decision";
import { getRecommendation } from "@/lib/recommendations/service";
import { usd } from "@/lib/report/report-format";
import { pdfInfo, pdfText, renderPages, requirePoppler } from "../support/poppler";
import type { Get, Post } from "../support/route-handlers";
import { postJson } from "../support/route-handlers";
import { useFreshDatabase } from "../support/test-database";

jest.setTimeout(120_000);

/** The report of a three-cluster estate stays a short read; past this it needs editing, not more pages. */
const MAX_PAGES_THREE_CLUSTERS = 14;

let save: Post;
let report: Get;
let workbook: Get;
let patch: Get;
let remove: Get;

beforeAll(async () => {
  requirePoppler();
  await useFreshDatabase("report-api");
  save = (await import("@/app/api/v1/recommendations/route")).POST as Post;
  report = (await import("@/app/r/[id]/report.pdf/route")).GET as Get;
  workbook = (await import("@/app/r/[id]/costs.xlsx/route")).GET as Get;
  const one = await import("@/app/api/v1/recommendations/[id]/route");
  patch = one.PATCH as unknown as Get;
  remove = one.DELETE as unknown as Get;
});

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const get = (handler: Get, id: string, file: string, headers: Record<string, string> = {}) =>
  handler(new Request(`http://localhost/r/${id}/${file}`, { headers }), ctx(id));
const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

const PLAN = {
  answers: buildAnswers(THREE_CLUSTERS),
  quotes: EDGE_QUOTES,
  assumptions: { renewalDate: "2027-06-30" },
  name: "Datacentre renewal 2027",
  notes: "For the architecture board.",
};

async function saved(body: object = PLAN): Promise<{ id: string; ownerToken: string; evaluation: Evaluation }> {
  const response = await postJson(save, "/api/v1/recommendations", body);
  expect(response.status).toBe(201);
  const { id, ownerToken } = await response.json();
  return { id, ownerToken, evaluation: (await getRecommendation(id)).evaluation };
}

/** Every source URL the evaluation cites: ratings, knockouts, prices, one-off lines, moves, assumptions. */
function citedUrls(evaluation: Evaluation): Set<string> {
  const urls = new Set<string>();
  const walk = (value: unknown, key = ""): void => {
    if (Array.isArray(value)) return value.forEach((item) => walk(item, key));
    if (value === null || typeof value !== "object") return;
    const url = (value as { url?: unknown }).url;
    if ((key === "source" || key === "sources") && typeof url === "string") urls.add(url);
    for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(evaluation);
  return urls;
}

/** Text without its line breaks and spaces: a long URL wraps across lines on the page. */
const squeezed = (text: string) => text.replace(/\s+/g, "");

describe("the report of a three-cluster estate", () => {
  let id: string;
  let evaluation: Evaluation;
  let pdf: Uint8Array;
  let text: string;

  beforeAll(async () => {
    ({ id, evaluation } = await saved());
    const response = await get(report, id, "report.pdf");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `inline; filename="hypervisor-recommendation-${id}-report.pdf"`,
    );
    pdf = await bytesOf(response);
    text = pdfText(pdf);
  });

  it("names the saved plan, the product and its family on page 1", () => {
    const winner = evaluation.ranking.find((e) => e.hypervisor === evaluation.winner)!;
    const firstPage = text.split("\f")[0]!;
    expect(firstPage).toContain("Datacentre renewal 2027");
    expect(firstPage).toContain("For the architecture board.");
    expect(squeezed(firstPage)).toContain(squeezed(`${winner.product!.name} (${winner.name})`));
    expect(pdfInfo(pdf).title).toBe("Datacentre renewal 2027: decision report");
  });

  it("shows each option's yearly cost, the payback and the net present value saving", () => {
    for (const entry of evaluation.ranking) expect(text).toContain(usd(entry.cost!.perYear!));
    expect(evaluation.plan!.paybackMonths).toBeGreaterThan(0);
    expect(text).toContain(`Pays back in month ${evaluation.plan!.paybackMonths}`);
    expect(text).toContain(`${evaluation.plan!.paybackMonths} months`);
    expect(text).toContain(`US$${Math.round(evaluation.plan!.npvSaving!).toLocaleString("en-US")}`);
  });

  it("plans each cluster and puts the moves on a timeline against the renewal date", () => {
    for (const cluster of evaluation.plan!.clusters!) expect(text).toContain(cluster.name);
    expect(text).toContain("Timeline of the moves");
    expect(text).toContain("Renewal 2027-06-30");
  });

  it("lists every source URL the evaluation cites, numbered", () => {
    const urls = citedUrls(evaluation);
    expect(urls.size).toBeGreaterThan(40);
    const all = squeezed(text);
    const missing = [...urls].filter((url) => !all.includes(url));
    expect(missing).toEqual([]);
    expect(text).toMatch(/\[1\] \S/);
  });

  it(`stays within ${MAX_PAGES_THREE_CLUSTERS} A4 pages, each rendered to a picture`, () => {
    const info = pdfInfo(pdf);
    expect(info.pages).toBeLessThanOrEqual(MAX_PAGES_THREE_CLUSTERS);
    expect([Math.round(info.width), Math.round(info.height)]).toEqual([595, 842]);
    const pictures = renderPages(pdf, path.join("test-results", "report-pages"));
    expect(pictures).toHaveLength(info.pages);
  });

  it("prints on US Letter when asked, and refuses an unknown paper naming the field", async () => {
    const letter = await get(report, id, "report.pdf?paper=letter");
    expect(letter.status).toBe(200);
    const info = pdfInfo(await bytesOf(letter));
    expect([info.width, info.height]).toEqual([612, 792]);
    const legal = await get(report, id, "report.pdf?paper=legal");
    expect(legal.status).toBe(400);
    expect((await legal.json()).error.fields).toEqual([{ field: "paper", message: 'must be "a4" or "letter"' }]);
  });

  it("is made once per version: the same bytes again, 304 for a client that has them", async () => {
    const again = await get(report, id, "report.pdf");
    expect(Buffer.from(await bytesOf(again)).equals(Buffer.from(pdf))).toBe(true);
    const tag = again.headers.get("etag")!;
    expect(again.headers.get("cache-control")).toBe("public, no-cache");
    const revalidated = await get(report, id, "report.pdf", { "if-none-match": tag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
  });
});

describe("a report follows its recommendation", () => {
  it("a rename makes a new report with the new name; a deletion makes it 404", async () => {
    const { id, ownerToken } = await saved();
    const before = await get(report, id, "report.pdf");
    const auth = { authorization: `Bearer ${ownerToken}`, "content-type": "application/json" };
    await new Promise((resolve) => setTimeout(resolve, 5)); // a later version stamp
    const renamed = await patch(
      new Request(`http://localhost/api/v1/recommendations/${id}`, {
        method: "PATCH",
        headers: auth,
        body: JSON.stringify({ name: "Board pack, second draft" }),
      }),
      ctx(id),
    );
    expect(renamed.status).toBe(200);
    const after = await get(report, id, "report.pdf");
    expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
    expect(pdfText(await bytesOf(after))).toContain("Board pack, second draft");
    const stale = await get(report, id, "report.pdf", { "if-none-match": before.headers.get("etag")! });
    expect(stale.status).toBe(200);

    const deleted = await remove(
      new Request(`http://localhost/api/v1/recommendations/${id}`, { method: "DELETE", headers: auth }),
      ctx(id),
    );
    expect(deleted.status).toBe(204);
    for (const [handler, file] of [
      [report, "report.pdf"],
      [workbook, "costs.xlsx"],
    ] as const) {
      const gone = await get(handler, id, file);
      expect(gone.status).toBe(404);
      expect((await gone.json()).error.code).toBe("not_found");
    }
  });
});

describe("hostile names", () => {
  const NAME = '=HYPERLINK("http://evil.example","x") <b>&amp;</b> \u202Etxt.exe\u200B ' + "Ω".repeat(40);

  it("print as the visible text, never as controls, in the report and the workbook", async () => {
    const { id } = await saved({
      ...PLAN,
      name: NAME,
      answers: buildAnswers({
        ...THREE_CLUSTERS,
        estate: {
          clusters: THREE_CLUSTERS.estate!.clusters!.map((cluster, i) =>
            i === 0 ? { ...cluster, name: "@SUM(A1)+cmd|' /C calc'!A0" } : cluster,
          ),
        },
      }),
    });
    const response = await get(report, id, "report.pdf");
    expect(response.status).toBe(200);
    const text = pdfText(await bytesOf(response));
    expect(text).toContain('=HYPERLINK("http://evil.example","x") <b>&amp;</b> txt.exe');
    expect(text).not.toMatch(/[\u202A-\u202E\u200B]/);
    expect(text).toContain("@SUM(A1)+cmd|' /C calc'!A0");

    const xlsx = await get(workbook, id, "costs.xlsx");
    expect(xlsx.status).toBe(200);
    const parts = unzipSync(await bytesOf(xlsx));
    const sheets = Object.entries(parts).filter(([name]) => name.startsWith("xl/worksheets/"));
    expect(sheets.length).toBeGreaterThanOrEqual(4);
    for (const [, data] of sheets)
      for (const formula of strFromU8(data).matchAll(/<f>([^<]*)<\/f>/g)) {
        expect(formula[1]).not.toContain("HYPERLINK");
        expect(formula[1]).not.toContain("cmd|");
      }
  });
});
