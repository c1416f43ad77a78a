// Tests of the test-side writer only (not of lib/inventory's reader): the generated exports are well-formed
// workbooks whose rows say what their spec says, `expectedReading` gives the designed counts, and each
// hostile file is what it claims to be. A small regex reading of our own XML stands in for a reader here.
import { Inflate, strFromU8, unzipSync } from "fflate";
import { MAX_ENTRY_INFLATED_BYTES, MAX_FILE_BYTES, MAX_ROWS_PER_SHEET } from "@/lib/inventory/limits";
import { clusterSchema } from "@/lib/questionnaire/answers";
import {
  crc32,
  csvRenamedXlsx,
  oleCompoundFile,
  oversizedXlsx,
  pngFile,
  truncatedXlsx,
  xlsxWithoutClusterColumn,
  xlsxWithoutCpuColumn,
  xlsxWithoutVInfo,
  xlsxWithTooManyRows,
  ZIP_BOMB_DECLARED_BYTES,
  zipBombXlsx,
  zipWithEncryptedEntries,
  zipWithoutWorkbook,
} from "./hostile-files";
import {
  expectedReading,
  HOSTILE_VM_NAMES,
  largeExport,
  OLDER_INLINE,
  STANDALONE_CLUSTER,
  THREE_CLUSTERS,
  writeRvtoolsExport,
  type ExportSpec,
} from "./rvtools-export";

type Files = Record<string, string>;
type Value = string | number | boolean;

const open = (bytes: Uint8Array): Files =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));

/** The workbook's small parts only (no sheets, no shared strings): enough to find a sheet's part. */
const openWorkbook = (bytes: Uint8Array): Files =>
  Object.fromEntries(
    Object.entries(unzipSync(bytes, { filter: (f) => !/^xl\/(worksheets\/|sharedStrings)/.test(f.name) })).map(
      ([path, data]) => [path, strFromU8(data)],
    ),
  );

const decode = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e]!,
  );
const textOf = (xml: string) => [...xml.matchAll(/<t(?: [^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => decode(m[1]!)).join("");

/** Sheet name → part path, following workbook.xml and its rels (relative or absolute targets). */
function sheetPaths(files: Files): Record<string, string> {
  const rels = new Map(
    [...files["xl/_rels/workbook.xml.rels"]!.matchAll(/<Relationship Id="([^"]+)" Type="[^"]+" Target="([^"]+)"/g)].map(
      (m) => [m[1]!, m[2]!.startsWith("/") ? m[2]!.slice(1) : `xl/${m[2]}`],
    ),
  );
  return Object.fromEntries(
    [...files["xl/workbook.xml"]!.matchAll(/<sheet name="([^"]+)" sheetId="\d+" r:id="([^"]+)"/g)].map((m) => [
      m[1]!,
      rels.get(m[2]!)!,
    ]),
  );
}

/** The rows holding a value, as header → value (shared and inline strings, booleans, cached formula values). */
function readSheet(files: Files, name: string): { headers: string[]; rows: Record<string, Value>[] } {
  const shared = [...(files["xl/sharedStrings.xml"] ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]!));
  const xml = files[sheetPaths(files)[name]!]!;
  const table: Map<string, Value>[] = [];
  for (const row of xml.matchAll(/<row [^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const cells = new Map<string, Value>();
    for (const c of (row[1] ?? "").matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = /t="(\w+)"/.exec(c[2]!)?.[1];
      const inner = c[3] ?? "";
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      if (type === "inlineStr") cells.set(c[1]!, textOf(inner));
      else if (v === undefined) continue;
      else if (type === "s") cells.set(c[1]!, shared[Number(v)]!);
      else if (type === "b") cells.set(c[1]!, v === "1");
      else cells.set(c[1]!, Number(v));
    }
    if (cells.size > 0) table.push(cells);
  }
  const [head, ...body] = table;
  const columns = [...head!.entries()];
  return {
    headers: columns.map(([, h]) => String(h)),
    rows: body.map((cells) => Object.fromEntries(columns.map(([letter, h]) => [String(h), cells.get(letter) ?? ""]))),
  };
}

const truthy = (value: Value | undefined) => value === true || value === "True";
const osKind = (os: string) =>
  /Windows Server/.test(os)
    ? "windowsServerVms"
    : /Windows (10|11)/.test(os)
      ? "desktopVms"
      : /Linux|CentOS|Ubuntu|Debian/.test(os)
        ? "linuxVms"
        : "otherVms";

/** What the written rows hold, counted from the file: must equal what `expectedReading` says from the spec. */
function countRows(bytes: Uint8Array) {
  const files = open(bytes);
  const vInfo = readSheet(files, "vInfo");
  const inUse = vInfo.headers.includes("In Use MiB") ? "In Use MiB" : "In use MB";
  const perCluster = new Map<string, Record<string, number>>();
  const clusterOf = (name: Value | undefined) => (name ? String(name) : STANDALONE_CLUSTER);
  const entry = (name: string) => {
    if (!perCluster.has(name))
      perCluster.set(name, {
        hosts: 0,
        cores: 0,
        vms: 0,
        poweredOnVms: 0,
        templates: 0,
        windowsServerVms: 0,
        desktopVms: 0,
        linuxVms: 0,
        otherVms: 0,
        usedMiB: 0,
      });
    return perCluster.get(name)!;
  };
  for (const row of vInfo.rows) {
    const c = entry(clusterOf(row.Cluster));
    if (truthy(row.Template)) {
      c.templates!++;
      continue;
    }
    c.vms!++;
    if (row.Powerstate === "poweredOn") c.poweredOnVms!++;
    const os = String(row["OS according to the VMware Tools"] || row["OS according to the configuration file"] || "");
    c[osKind(os)]!++;
    c.usedMiB! += Number(row[inUse]);
  }
  for (const host of readSheet(files, "vHost").rows) {
    const c = entry(clusterOf(host.Cluster));
    c.hosts!++;
    c.cores! += Number(host["# CPU"]) * Number(host["Cores per CPU"]);
  }
  const disks = files["xl/workbook.xml"]!.includes('name="vDisk"') ? readSheet(files, "vDisk").rows : [];
  return {
    perCluster,
    rdmDisks: disks.filter((d) => truthy(d.Raw)).length,
    sharedDisks: disks.filter((d) => d.Sharing === "sharingMultiWriter").length,
  };
}

const VARIANTS: [string, ExportSpec][] = [
  ["THREE_CLUSTERS", THREE_CLUSTERS],
  ["OLDER_INLINE", OLDER_INLINE],
  ["mixed strings, config OS only", { ...THREE_CLUSTERS, strings: "mixed", osColumn: "config", formulas: true }],
  ["a small largeExport", largeExport({ vms: 1_000, hosts: 60 })],
];

describe("writeRvtoolsExport", () => {
  it("writes a workbook whose rels, content types and shared strings agree", () => {
    const files = open(writeRvtoolsExport(THREE_CLUSTERS));
    const paths = sheetPaths(files);
    expect(Object.keys(paths)).toEqual([
      "vInfo",
      "vCPU",
      "vMemory",
      "vDisk",
      "vPartition",
      "vCluster",
      "vHost",
      "vLicense",
      "vMetaData",
    ]);
    for (const path of Object.values(paths)) expect(files[path]).toContain("<sheetData>");
    for (const [, part] of files["[Content_Types].xml"]!.matchAll(/PartName="\/([^"]+)"/g))
      expect(files).toHaveProperty([part!]);
    for (const [, target] of files["_rels/.rels"]!.matchAll(/Target="([^"]+)"/g))
      expect(files).toHaveProperty([target!]);

    const sst = files["xl/sharedStrings.xml"]!;
    const references = Object.values(paths).reduce((n, p) => n + (files[p]!.match(/ t="s"/g)?.length ?? 0), 0);
    expect(sst).toContain(`count="${references}"`);
    expect(sst).toContain(`uniqueCount="${sst.match(/<si>/g)!.length}"`);
    expect(sst).toMatch(/<si><r>.*?<\/r><r>.*?<\/r><\/si>/);
    expect(sst).toContain('<t xml:space="preserve">');
  });

  it("numbers sheet files against tab order, with absolute targets, inline strings and older headers", () => {
    const files = open(writeRvtoolsExport(OLDER_INLINE));
    expect(sheetPaths(files)).toEqual({
      vInfo: "xl/worksheets/sheet5.xml",
      vCPU: "xl/worksheets/sheet4.xml",
      vDisk: "xl/worksheets/sheet3.xml",
      vHost: "xl/worksheets/sheet2.xml",
      vLicense: "xl/worksheets/sheet1.xml",
    });
    expect(files["xl/_rels/workbook.xml.rels"]).toContain('Target="/xl/worksheets/sheet5.xml"');
    expect(files).not.toHaveProperty(["xl/sharedStrings.xml"]);
    const vInfo = files["xl/worksheets/sheet5.xml"]!;
    expect(vInfo).not.toContain(' t="s"');
    expect(vInfo).toContain("<is><r><t>");

    const { headers } = readSheet(files, "vInfo");
    expect(headers).toEqual(expect.arrayContaining(["Provisioned MB", "In use MB", "VM", "Cluster", "Template"]));
    expect(headers).not.toContain("In Use MiB");
    const standard = readSheet(open(writeRvtoolsExport(THREE_CLUSTERS)), "vInfo").headers;
    expect(headers.map((h) => h.replace(" MB", " MiB").replace("In use", "In Use"))).not.toEqual(standard);
    expect(readSheet(files, "vDisk").headers).toContain("Capacity MB");
  });

  it("writes formulas with cached values, booleans both ways, and formatted empty rows", () => {
    const files = open(writeRvtoolsExport(OLDER_INLINE));
    const vInfo = files["xl/worksheets/sheet5.xml"]!;
    expect(vInfo).toMatch(/<f>1\/0<\/f><v>\d+<\/v>/);
    expect(files["xl/worksheets/sheet2.xml"]).toMatch(/<f>1\/0<\/f><v>\d+<\/v>/);
    expect(vInfo).toMatch(/t="b"><v>[01]<\/v>/);
    expect(vInfo).toMatch(/<is><t>(True|False)<\/t><\/is>/);
    expect(vInfo).toMatch(/<row r="\d+" s="1" customFormat="1"\/>/);
    expect(vInfo).toMatch(/<row r="\d+"><c r="A\d+" s="1"\/>/);
    const lastRow = Math.max(...[...vInfo.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
    expect(vInfo).toContain(`<dimension ref="A1:AB${lastRow}"/>`);
    expect(lastRow).toBe(1 + 91 + 6 + (OLDER_INLINE.emptyRows ?? 0));
  });

  it("mixes shared and inline strings in one sheet when asked", () => {
    const files = open(writeRvtoolsExport({ ...THREE_CLUSTERS, strings: "mixed" }));
    const vInfo = files[sheetPaths(files).vInfo!]!;
    expect(vInfo).toContain(' t="s"><v>');
    expect(vInfo).toContain(' t="inlineStr"><is>');
  });

  it("writes the hostile VM names verbatim", () => {
    const names = readSheet(open(writeRvtoolsExport(OLDER_INLINE)), "vInfo").rows.map((r) => r.VM);
    for (const name of HOSTILE_VM_NAMES) expect(names).toContain(name);
    expect(HOSTILE_VM_NAMES.some((name) => name.length === 10_000)).toBe(true);
  });

  it("writes the same bytes for the same spec", () => {
    expect(writeRvtoolsExport(OLDER_INLINE)).toEqual(writeRvtoolsExport(OLDER_INLINE));
  });

  it.each(VARIANTS)("writes rows that add up to expectedReading (%s)", (_, spec) => {
    const expected = expectedReading(spec);
    const counted = countRows(writeRvtoolsExport(spec));
    expect([...counted.perCluster.keys()].sort()).toEqual(expected.perCluster.map((c) => c.name).sort());
    for (const { storageTiB, ...counts } of expected.perCluster) {
      const { usedMiB, ...rest } = counted.perCluster.get(counts.name)!;
      expect({ name: counts.name, ...rest }).toEqual(counts);
      expect(Math.round((usedMiB! / 1_048_576) * 100) / 100).toBe(storageTiB);
    }
    expect(counted.rdmDisks).toBe(expected.notes.rdmDisks);
    expect(counted.sharedDisks).toBe(expected.notes.sharedDisks);
  });
});

describe("expectedReading", () => {
  it("gives THREE_CLUSTERS as designed", () => {
    const { summary, estate, notes } = expectedReading(THREE_CLUSTERS);
    expect(summary).toEqual({
      hosts: 15,
      sockets: 27,
      cores: 400,
      vms: 187,
      poweredOnVms: 159,
      templates: 6,
      windowsServerVms: 46,
      desktopVms: 120,
      linuxVms: 16,
      otherVms: 5,
      storageTiB: 14.32, // 15,020,000 MiB; the clusters' rounded 9.16 + 4.77 + 0.40 would say 14.33
      clusters: 3,
    });
    expect(estate.clusters).toEqual([
      {
        name: "SQL",
        hostGroups: [
          { count: 4, socketsPerHost: 2, coresPerSocket: 12 },
          { count: 2, socketsPerHost: 2, coresPerSocket: 16 },
        ],
        vms: 48,
        windowsServerVms: 40,
        desktopVms: 0,
        storageTiB: 9.16,
      },
      {
        name: "VDI",
        hostGroups: [
          { count: 3, socketsPerHost: 2, coresPerSocket: 20 },
          { count: 3, socketsPerHost: 2, coresPerSocket: 16 },
        ],
        vms: 125,
        windowsServerVms: 4,
        desktopVms: 120,
        storageTiB: 4.77,
      },
      {
        name: "EDGE",
        hostGroups: [{ count: 3, socketsPerHost: 1, coresPerSocket: 8 }],
        vms: 14,
        windowsServerVms: 2,
        desktopVms: 0,
        storageTiB: 0.4,
      },
    ]);
    for (const cluster of estate.clusters) expect(clusterSchema.safeParse(cluster).success).toBe(true);
    expect(notes).toEqual({
      poweredOffVms: 25,
      suspendedVms: 3,
      noOsVms: 2,
      rdmDisks: 1,
      sharedDisks: 1,
      hostsWithoutCluster: 0,
    });
  });

  it("gives OLDER_INLINE with its hosts without a cluster as one more cluster", () => {
    const { summary, estate } = expectedReading(OLDER_INLINE);
    expect(summary).toEqual({
      hosts: 13,
      sockets: 23,
      cores: 384,
      vms: 91,
      poweredOnVms: 75,
      templates: 6,
      windowsServerVms: 36,
      desktopVms: 3,
      linuxVms: 47,
      otherVms: 5,
      storageTiB: 10.46,
      clusters: 3,
    });
    expect(estate.clusters.map((c) => [c.name, c.hostGroups, c.vms])).toEqual([
      [
        "PROD-A",
        [
          { count: 6, socketsPerHost: 2, coresPerSocket: 16 },
          { count: 2, socketsPerHost: 2, coresPerSocket: 28 },
        ],
        60,
      ],
      ["Dev & Test", [{ count: 3, socketsPerHost: 1, coresPerSocket: 16 }], 28],
      [STANDALONE_CLUSTER, [{ count: 2, socketsPerHost: 2, coresPerSocket: 8 }], 3],
    ]);
  });

  it("gives the benchmark estate 20,000 VMs over 1,000 hosts in 20 clusters", () => {
    const { summary, estate } = expectedReading(largeExport());
    expect(summary).toMatchObject({ vms: 20_000, hosts: 1_000, clusters: 20, templates: 100 });
    for (const cluster of estate.clusters) expect(clusterSchema.safeParse(cluster).success).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------

/** Each central-directory entry, with the flags and declared size of its local header too. */
function zipEntries(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const entries = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const localNameLength = view.getUint16(local + 26, true);
    const dataStart = local + 30 + localNameLength + view.getUint16(local + 28, true);
    entries.push({
      name: strFromU8(zip.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      localFlags: view.getUint16(local + 6, true),
      compressed: view.getUint32(at + 20, true),
      declared: view.getUint32(at + 24, true),
      localDeclared: view.getUint32(local + 22, true),
      data: zip.subarray(dataStart, dataStart + view.getUint32(at + 20, true)),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** Inflates in 64 KiB steps and stops as soon as more than `limit` bytes came out. */
function inflateBounded(data: Uint8Array, limit: number): { bytes: number; exceeded: boolean; start: string } {
  let bytes = 0;
  let start = "";
  const stream = new Inflate((chunk) => {
    if (start === "") start = strFromU8(chunk.subarray(0, 4096));
    bytes += chunk.length;
  });
  for (let at = 0; at < data.length && bytes <= limit; at += 65_536)
    stream.push(data.subarray(at, at + 65_536), at + 65_536 >= data.length);
  return { bytes, exceeded: bytes > limit, start };
}

const startsWith = (bytes: Uint8Array, ...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

describe("hostile files", () => {
  it("builds a zip bomb whose headers claim 64 KiB while vInfo inflates past the limit", () => {
    const bomb = zipBombXlsx();
    expect(bomb.length).toBeLessThan(1_000_000);
    const vInfoPath = sheetPaths(openWorkbook(bomb)).vInfo!;
    const vInfo = zipEntries(bomb).find((e) => e.name === vInfoPath)!;
    expect([vInfo.declared, vInfo.localDeclared]).toEqual([ZIP_BOMB_DECLARED_BYTES, ZIP_BOMB_DECLARED_BYTES]);
    const inflated = inflateBounded(vInfo.data, MAX_ENTRY_INFLATED_BYTES);
    expect(inflated.exceeded).toBe(true);
    expect(inflated.start).toMatch(/<sheetData><row r="1"/);
    expect(zipBombXlsx()).toBe(bomb);

    const honest = zipEntries(zipBombXlsx({ honest: true })).find((e) => e.name === vInfoPath)!;
    expect(honest.declared).toBeGreaterThan(MAX_ENTRY_INFLATED_BYTES);
  }, 60_000);

  it("builds a file one byte over the size limit that starts like a zip", () => {
    const file = oversizedXlsx();
    expect(file.length).toBe(MAX_FILE_BYTES + 1);
    expect(startsWith(file, 0x50, 0x4b, 0x03, 0x04)).toBe(true);
  });

  it("builds files of other types: CSV text, a PNG, an OLE compound file", () => {
    const csv = strFromU8(csvRenamedXlsx());
    expect(csv.split("\r\n")[0]).toMatch(/^VM,Powerstate,Template,/);
    const png = pngFile();
    expect(startsWith(png, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)).toBe(true);
    expect(new DataView(png.buffer).getUint32(29)).toBe(crc32(png.subarray(12, 29)));
    const ole = oleCompoundFile();
    expect(startsWith(ole, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)).toBe(true);
  });

  it("builds zips that are not RVTools exports", () => {
    expect(Object.keys(unzipSync(zipWithoutWorkbook()))).not.toContain("xl/workbook.xml");
    const sheets = Object.keys(sheetPaths(openWorkbook(xlsxWithoutVInfo())));
    expect(sheets).not.toContain("vInfo");
    expect(sheets).toContain("vHost");
    const noCluster = readSheet(open(xlsxWithoutClusterColumn()), "vInfo").headers;
    expect(noCluster).not.toContain("Cluster");
    expect(noCluster).toEqual(expect.arrayContaining(["VM", "Host", "Template", "In Use MiB"]));
    const noCpu = readSheet(open(xlsxWithoutCpuColumn()), "vHost").headers;
    expect(noCpu).not.toContain("# CPU");
    expect(noCpu).toEqual(expect.arrayContaining(["Host", "Cluster", "Cores per CPU"]));
  });

  it("builds a vInfo with more rows than the limit that stays under the size limits", () => {
    const file = xlsxWithTooManyRows();
    expect(file.length).toBeLessThan(MAX_FILE_BYTES);
    const vInfo = unzipSync(file)[sheetPaths(openWorkbook(file)).vInfo!]!;
    expect(vInfo.length).toBeLessThan(MAX_ENTRY_INFLATED_BYTES);
    expect(strFromU8(vInfo).match(/<row r="\d+"><c /g)!.length).toBeGreaterThan(MAX_ROWS_PER_SHEET);
  }, 30_000);

  it("builds a zip whose entries are flagged encrypted, and a truncated export", () => {
    const entries = zipEntries(zipWithEncryptedEntries());
    expect(entries.length).toBeGreaterThan(5);
    for (const e of entries) expect([e.flags & 1, e.localFlags & 1]).toEqual([1, 1]);
    const truncated = truncatedXlsx();
    expect(truncated.length).toBe(Math.floor(writeRvtoolsExport(THREE_CLUSTERS).length / 2));
    expect(() => unzipSync(truncated)).toThrow();
  });
});
