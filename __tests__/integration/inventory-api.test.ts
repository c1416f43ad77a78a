// POST /api/v1/inventory through its route handler, as Next calls it: an export sent raw or as a
// form's file gives the counts the fixture was written with; wrong bodies and hostile files get the
// contract's 4xx naming what is wrong, each within 5 s; and an import writes nothing to the database.
import { XLSX_TYPE as XLSX } from "@/lib/inventory/limits";
import { getDb } from "@/lib/db/client";
import { HOSTILE_FILES } from "../support/hostile-files";
import { expectedReading, OLDER_INLINE, THREE_CLUSTERS, writeRvtoolsExport } from "../support/rvtools-export";
import { useFreshDatabase } from "../support/test-database";

jest.setTimeout(120_000);

const URL_ = "http://localhost/api/v1/inventory";

let POST: (request: Request) => Promise<Response>;
beforeAll(async () => {
  await useFreshDatabase("inventory");
  const route = await import("@/app/api/v1/inventory/route");
  POST = (request) => route.POST(request, undefined);
});

const raw = (bytes: Uint8Array, type = XLSX) =>
  POST(
    new Request(URL_, { method: "POST", headers: { "content-type": type }, body: bytes as Uint8Array<ArrayBuffer> }),
  );

function asForm(bytes: Uint8Array, field = "file") {
  const form = new FormData();
  form.set(field, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX }), "export.xlsx");
  return POST(new Request(URL_, { method: "POST", body: form }));
}

test.each([
  ["three unlike clusters, raw", THREE_CLUSTERS, raw],
  ["older headers and inline strings, as a form's file", OLDER_INLINE, asForm],
] as const)("%s: the estate and the counts the export was written with", async (_, spec, send) => {
  const response = await send(writeRvtoolsExport(spec));
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  const body = await response.json();
  const expected = expectedReading(spec);
  expect(body.summary).toEqual(expected.summary);
  expect(body.estate.clusters.map((c: { name: string }) => c.name).sort()).toEqual(
    expected.estate.clusters.map((c) => c.name).sort(),
  );
  expect(body.perCluster).toHaveLength(expected.summary.clusters);
});

test("a body of another type is 415, a form without the file is 400 naming `file`", async () => {
  const csv = await raw(new TextEncoder().encode("VM,Host\n"), "text/csv");
  expect(csv.status).toBe(415);
  expect((await csv.json()).error.code).toBe("unsupported_media_type");
  const misnamed = await asForm(writeRvtoolsExport(THREE_CLUSTERS), "upload");
  expect(misnamed.status).toBe(400);
  expect((await misnamed.json()).error.fields).toEqual([{ field: "file", message: expect.stringContaining('"file"') }]);
});

const STATUS: Record<string, number> = {
  "zip-bomb": 413,
  "zip-bomb-honest": 413,
  oversized: 413,
  "too-many-rows": 413,
  csv: 415,
  png: 415,
  ole: 415,
  "not-a-workbook": 415,
  encrypted: 415,
  truncated: 415,
  "no-vinfo": 400,
  "no-cluster-column": 400,
  "no-cpu-column": 400,
};

test("every hostile file gets its 4xx within 5 s, and nothing is written to the database", async () => {
  const db = getDb();
  const counts = () =>
    Promise.all([db.recommendation.count(), db.rateLimitBucket.count(), db.auditEntry.count(), db.kbVersion.count()]);
  const before = await counts();
  for (const [name, file] of Object.entries(HOSTILE_FILES)) {
    const bytes = file.build();
    const started = performance.now();
    const response = await raw(bytes);
    const seconds = (performance.now() - started) / 1000;
    const body = await response.json();
    expect({ name, status: response.status, field: body.error.fields?.[0]?.field }).toEqual({
      name,
      status: STATUS[name],
      field: "file",
    });
    expect({ name, fast: seconds < 5 }).toEqual({ name, fast: true });
  }
  await raw(writeRvtoolsExport(THREE_CLUSTERS));
  expect(await counts()).toEqual(before);
});
