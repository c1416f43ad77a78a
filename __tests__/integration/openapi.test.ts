// The OpenAPI document validates as OpenAPI 3.1, documents every public operation, and real answers
// of every documented operation (success and error) match the schemas it gives for them.
import { XLSX_TYPE as XLSX } from "@/lib/inventory/limits";
import SwaggerParser from "@apidevtools/swagger-parser";
import Ajv2020 from "ajv/dist/2020";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { answers } from "../support/answers";
import { csvRenamedXlsx, oversizedXlsx, xlsxWithoutVInfo } from "../support/hostile-files";
import { THREE_CLUSTERS, writeRvtoolsExport } from "../support/rvtools-export";
import { useFreshDatabase } from "../support/test-database";

jest.setTimeout(60_000);

type Doc = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }>
  >;
};
const document = buildOpenApiDocument() as unknown as Doc;
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema(document, "openapi");

/** Checks an answer against the schema the document gives for this operation and status. */
async function expectDocumented(path: string, method: string, response: Response) {
  const operation = document.paths[path]?.[method];
  expect(operation).toBeDefined();
  const status = String(response.status);
  const documented = operation!.responses[status];
  expect({ path, method, status, documented: documented !== undefined }).toMatchObject({ documented: true });
  const schema = documented!.content?.["application/json"]?.schema;
  if (!schema?.$ref) return;
  const validate = ajv.getSchema(`openapi${schema.$ref}`)!;
  const body: unknown = await response.json();
  const valid = validate(body);
  expect({ path, method, status, errors: valid ? [] : validate.errors!.slice(0, 5) }).toEqual({
    path,
    method,
    status,
    errors: [],
  });
  return body;
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`http://localhost${url}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

beforeAll(async () => {
  await useFreshDatabase("openapi");
});

test("the document is valid OpenAPI 3.1 and describes every public endpoint", async () => {
  await SwaggerParser.validate(structuredClone(document) as never);
  expect(Object.keys(document.paths).sort()).toEqual([
    "/api/health",
    "/api/metrics",
    "/api/v1/evaluate",
    "/api/v1/inventory",
    "/api/v1/model",
    "/api/v1/openapi.json",
    "/api/v1/questionnaire",
    "/api/v1/recommendations",
    "/api/v1/recommendations/{id}",
  ]);
});

test("real answers of every JSON operation, success and error, match their documented schemas", async () => {
  const health = await import("@/app/api/health/route");
  await expectDocumented("/api/health", "get", await health.GET());
  const questionnaire = await import("@/app/api/v1/questionnaire/route");
  await expectDocumented("/api/v1/questionnaire", "get", questionnaire.GET());
  const model = await import("@/app/api/v1/model/route");
  await expectDocumented(
    "/api/v1/model",
    "get",
    await model.GET(new Request("http://localhost/api/v1/model"), undefined),
  );

  const evaluate = await import("@/app/api/v1/evaluate/route");
  const withEstate = answers("vsphereShop", {
    estate: { hosts: 4, socketsPerHost: 2, coresPerSocket: 16, vms: 120, windowsVms: 40 },
  });
  await expectDocumented(
    "/api/v1/evaluate",
    "post",
    await evaluate.POST(post("/api/v1/evaluate", { answers: withEstate }), undefined),
  );
  // An estate of clusters: each cluster's plan, the split beside staying put and one platform, the move order.
  const group = (count: number, socketsPerHost: number, coresPerSocket: number) => [
    { count, socketsPerHost, coresPerSocket },
  ];
  const clustered = answers("vsphereShop", {
    estate: {
      clusters: [
        { name: "Linux", hostGroups: group(6, 2, 16), vms: 200, windowsServerVms: 0, desktopVms: 0 },
        { name: "Edge", hostGroups: group(3, 1, 8), vms: 12, windowsServerVms: 4, desktopVms: 0 },
      ],
    },
  });
  const planned = (await expectDocumented(
    "/api/v1/evaluate",
    "post",
    await evaluate.POST(post("/api/v1/evaluate", { answers: clustered }), undefined),
  )) as { plan: { clusters: unknown[]; split: unknown } };
  expect(planned.plan.clusters).toHaveLength(2);
  expect(planned.plan.split).not.toBeNull();
  await expectDocumented(
    "/api/v1/evaluate",
    "post",
    await evaluate.POST(post("/api/v1/evaluate", { answers: { ...withEstate, years: 0 } }), undefined),
  );
  await expectDocumented(
    "/api/v1/evaluate",
    "post",
    await evaluate.POST(post("/api/v1/evaluate", "{not json"), undefined),
  );

  const recommendations = await import("@/app/api/v1/recommendations/route");
  const saved = (await expectDocumented(
    "/api/v1/recommendations",
    "post",
    await recommendations.POST(post("/api/v1/recommendations", { answers: withEstate, name: "OpenAPI" }), undefined),
  )) as { id: string; ownerToken: string };
  await expectDocumented(
    "/api/v1/recommendations",
    "post",
    await recommendations.POST(post("/api/v1/recommendations", { answers: {} }), undefined),
  );

  const one = await import("@/app/api/v1/recommendations/[id]/route");
  const params = (id: string) => ({ params: Promise.resolve({ id }) });
  const at = (id: string, init: RequestInit = {}) => new Request(`http://localhost/api/v1/recommendations/${id}`, init);
  await expectDocumented("/api/v1/recommendations/{id}", "get", await one.GET(at(saved.id), params(saved.id)));
  await expectDocumented(
    "/api/v1/recommendations/{id}",
    "get",
    await one.GET(at("A".repeat(22)), params("A".repeat(22))),
  );
  const patch = (token: string | null, body: unknown) =>
    at(saved.id, {
      method: "PATCH",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  await expectDocumented(
    "/api/v1/recommendations/{id}",
    "patch",
    await one.PATCH(patch(saved.ownerToken, { name: "Renamed" }), params(saved.id)),
  );
  await expectDocumented(
    "/api/v1/recommendations/{id}",
    "patch",
    await one.PATCH(patch(saved.ownerToken, {}), params(saved.id)),
  );
  await expectDocumented(
    "/api/v1/recommendations/{id}",
    "patch",
    await one.PATCH(patch(null, { name: "x" }), params(saved.id)),
  );
  const remove = (token: string | null) =>
    at(saved.id, { method: "DELETE", headers: token ? { authorization: `Bearer ${token}` } : {} });
  await expectDocumented("/api/v1/recommendations/{id}", "delete", await one.DELETE(remove(null), params(saved.id)));
  await expectDocumented(
    "/api/v1/recommendations/{id}",
    "delete",
    await one.DELETE(remove(saved.ownerToken), params(saved.id)),
  );

  const inventory = await import("@/app/api/v1/inventory/route");
  const upload = (body: Uint8Array, type = XLSX) =>
    new Request("http://localhost/api/v1/inventory", {
      method: "POST",
      headers: { "content-type": type },
      body: body as Uint8Array<ArrayBuffer>,
    });
  await expectDocumented(
    "/api/v1/inventory",
    "post",
    await inventory.POST(upload(writeRvtoolsExport(THREE_CLUSTERS)), undefined),
  );
  await expectDocumented("/api/v1/inventory", "post", await inventory.POST(upload(xlsxWithoutVInfo()), undefined));
  await expectDocumented("/api/v1/inventory", "post", await inventory.POST(upload(csvRenamedXlsx()), undefined));
  await expectDocumented("/api/v1/inventory", "post", await inventory.POST(upload(oversizedXlsx()), undefined));

  const metrics = await import("@/app/api/metrics/route");
  await expectDocumented("/api/metrics", "get", await metrics.GET(new Request("http://localhost/api/metrics")));
  const openapi = await import("@/app/api/v1/openapi.json/route");
  const served = openapi.GET();
  await expectDocumented("/api/v1/openapi.json", "get", served.clone());
  expect(await served.json()).toEqual(buildOpenApiDocument());
});
