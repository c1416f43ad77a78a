// `tsx scripts/make-rvtools-export.ts <name> <out.xlsx> [vms] [hosts]`: writes a generated RVTools export,
// or a hostile file, for benchmarks, browser tests and screenshots, and prints its size, how long writing
// took and the summary reading it must give, as JSON. Names: three-clusters, older-inline, large (20,000
// VMs over 1,000 hosts unless vms and hosts are given), and every hostile file (zip-bomb, oversized, …).
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { HOSTILE_FILES } from "@/__tests__/support/hostile-files";
import {
  expectedReading,
  largeExport,
  OLDER_INLINE,
  THREE_CLUSTERS,
  writeRvtoolsExport,
  type ExportSpec,
} from "@/__tests__/support/rvtools-export";

const [name, out, vms, hosts] = process.argv.slice(2);
const EXPORTS: Record<string, () => ExportSpec> = {
  "three-clusters": () => THREE_CLUSTERS,
  "older-inline": () => OLDER_INLINE,
  large: () => largeExport({ vms: vms ? Number(vms) : undefined, hosts: hosts ? Number(hosts) : undefined }),
};

if (!name || !out || !(name in EXPORTS || name in HOSTILE_FILES)) {
  const names = [...Object.keys(EXPORTS), ...Object.keys(HOSTILE_FILES)].join(" | ");
  console.error(`usage: tsx scripts/make-rvtools-export.ts <${names}> <out.xlsx> [vms] [hosts]`);
  process.exit(2);
}

const spec = EXPORTS[name]?.();
const started = performance.now();
const bytes = spec ? writeRvtoolsExport(spec) : HOSTILE_FILES[name]!.build();
const milliseconds = Math.round(performance.now() - started);
fs.writeFileSync(out, bytes);
const report = spec
  ? { name, file: out, bytes: bytes.length, milliseconds, summary: expectedReading(spec).summary }
  : { name, file: out, bytes: bytes.length, milliseconds, problem: HOSTILE_FILES[name]!.problem };
console.log(JSON.stringify(report, null, 2));
