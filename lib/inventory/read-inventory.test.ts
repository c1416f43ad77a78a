// The reader against exports written independently of it (__tests__/support/rvtools-export.ts), in
// every shape RVTools and spreadsheet writers produce, and against hostile files.
import {
  expectedReading,
  HOSTILE_VM_NAMES,
  OLDER_INLINE,
  THREE_CLUSTERS,
  writeRvtoolsExport,
  type ExportSpec,
} from "@/__tests__/support/rvtools-export";
import { HOSTILE_FILES } from "@/__tests__/support/hostile-files";
import { clusterSchema } from "@/lib/questionnaire/answers";
import { InventoryError, type InventoryProblem } from "./inventory-error";
import { buildEstate } from "./estate-builder";
import { readInventory } from "./read-inventory";

jest.setTimeout(30_000);

function expectReadAsWritten(spec: ExportSpec) {
  const reading = readInventory(writeRvtoolsExport(spec));
  const expected = expectedReading(spec);
  expect(reading.summary).toEqual(expected.summary);
  const byName = <T extends { name: string }>(list: T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name));
  expect(byName(reading.estate.clusters)).toEqual(byName(expected.estate.clusters));
  for (const cluster of reading.estate.clusters) expect(clusterSchema.safeParse(cluster).success).toBe(true);
  return reading;
}

test("three unlike clusters: hosts grouped by CPU shape, VMs by kind, templates left out, storage in use", () => {
  const reading = expectReadAsWritten(THREE_CLUSTERS);
  const edge = reading.estate.clusters.find((c) => c.name === "EDGE")!;
  expect(edge.hostGroups).toEqual([{ count: 3, socketsPerHost: 1, coresPerSocket: 8 }]);
  expect(reading.warnings.join("\n")).toMatch(/28 VMs are powered off or suspended/);
  expect(reading.warnings.join("\n")).toMatch(/6 templates are left out/);
  expect(reading.warnings.join("\n")).toMatch(/raw device mappings \(1 disk\)/);
  expect(reading.warnings.join("\n")).toMatch(/share disks|shares disks/);
  expect(reading.warnings.join("\n")).toMatch(/2 VMs report no guest OS/);
});

test("older header names, inline strings, shuffled columns and the Tools OS column alone read the same", () => {
  const reading = expectReadAsWritten(OLDER_INLINE);
  expect(reading.estate.clusters.at(-1)!.name).toBe("Hosts without a cluster");
  expect(reading.warnings.join("\n")).toMatch(/2 hosts run outside any cluster/);
});

test.each<[string, Partial<ExportSpec>]>([
  ["mixed shared and inline strings", { strings: "mixed" }],
  ["the configuration OS column alone", { osColumn: "config" }],
  ["both OS columns, Tools empty when powered off", { osColumn: "both" }],
  ["sheet parts in reverse order with absolute targets", { sheetFiles: "reversed" }],
  ["many formatted empty rows", { emptyRows: 5000 }],
  ["extra tabs", { extraSheets: ["vCPU", "vMemory", "vCluster", "vLicense", "vMetaData"] }],
])("%s", (_, variant) => {
  expectReadAsWritten({ ...THREE_CLUSTERS, ...variant });
});

test("formulas are never evaluated: their cached values are read", () => {
  expectReadAsWritten({ ...THREE_CLUSTERS, formulas: true });
});

test("no VM name reaches the answer, however hostile", () => {
  const reading = expectReadAsWritten({ ...THREE_CLUSTERS, hostileNames: true });
  const text = JSON.stringify(reading);
  for (const name of HOSTILE_VM_NAMES) expect(text).not.toContain(name.slice(0, 40));
});

const EXPECTED_PROBLEMS: Record<string, { problem: InventoryProblem; says: RegExp }> = {
  "zip-bomb": { problem: "too_large", says: /over 4 MiB of text in one <row> or between two/ },
  "zip-bomb-honest": { problem: "too_large", says: /inflates beyond the 256 MiB limit/ },
  oversized: { problem: "too_large", says: /larger than the 64 MiB limit/ },
  csv: { problem: "wrong_type", says: /not an \.xlsx workbook: .*CSV or text file/ },
  png: { problem: "wrong_type", says: /PNG image/ },
  ole: { problem: "wrong_type", says: /older \.xls workbook or a password-protected one/ },
  "not-a-workbook": { problem: "wrong_type", says: /zip archive but not an Excel workbook/ },
  "no-vinfo": { problem: "not_rvtools", says: /no vInfo sheet/ },
  "no-cluster-column": { problem: "not_rvtools", says: /The vInfo sheet has no "Cluster" column/ },
  "no-cpu-column": { problem: "not_rvtools", says: /The vHost sheet has no "# CPU" column/ },
  "too-many-rows": { problem: "too_large", says: /more than 500,000 rows/ },
  encrypted: { problem: "wrong_type", says: /encrypted/ },
  truncated: { problem: "wrong_type", says: /zip directory is missing|cut short/ },
};

test.each(Object.keys(HOSTILE_FILES))("hostile file %s: refused, saying what is wrong", (name) => {
  const bytes = HOSTILE_FILES[name]!.build();
  const expected = EXPECTED_PROBLEMS[name]!;
  let thrown: unknown;
  try {
    readInventory(bytes);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(InventoryError);
  expect({ problem: (thrown as InventoryError).problem, message: (thrown as Error).message }).toEqual({
    problem: expected.problem,
    message: expect.stringMatching(expected.says),
  });
});

test("a zip directory whose ZIP64 field points past the file is refused as damaged, not a failure", () => {
  const bytes = writeRvtoolsExport(THREE_CLUSTERS).slice();
  const view = new DataView(bytes.buffer);
  let at = bytes.length - 22;
  while (view.getUint32(at, true) !== 0x06054b50) at--;
  const directory = view.getUint32(at + 16, true);
  view.setUint32(directory + 20, 0xffffffff, true); // compressed size: "in the ZIP64 field"
  view.setUint16(directory + 30, 0xfff0, true); // an extra field running past the end
  expect(() => readInventory(bytes)).toThrow(/zip directory is damaged/);
});

test("cluster names are cut by characters, never inside one, and names that clean to the same are told apart", () => {
  const host = (cluster: string, name: string) => ({ host: name, datacenter: "", cluster, sockets: 1, coresPerCpu: 8 });
  const long = `${"x".repeat(79)}😀tail`;
  const reading = buildEstate({
    vms: [],
    hosts: [host(long, "h1"), host("SQL\u200b", "h2"), host("SQL", "h3")],
    disks: null,
    consumedMiB: null,
  });
  const names = reading.estate.clusters.map((c) => c.name);
  for (const name of names) expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  expect(names).toContain(`${"x".repeat(79)}😀`);
  expect(new Set(names).size).toBe(3);
});
