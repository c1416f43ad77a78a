// `npm run bench:inventory` (and a part of `npm run bench`): how fast a 20,000-VM, 1,000-host RVTools
// export is read, on the server (the reader alone, in a process whose heap is capped to prove the
// memory bound, and through POST /api/v1/inventory) and in Debian's Chromium (the estate step: file
// chosen to review shown, which includes the worker's read). A script, not a test: it prints figures.
import { XLSX_TYPE as XLSX } from "@/lib/inventory/limits";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { largeExport, writeRvtoolsExport } from "@/__tests__/support/rvtools-export";
import { DEFAULT_ANSWERS } from "@/lib/questionnaire/questions";
import { benchAlone, root } from "./lib/bench-server";
import { findChromium } from "./lib/chromium";

const RUNS = 5;
/** The reader's child process runs with this old-space cap: finishing under it is the memory bound. */
export const HEAP_CAP_MB = 128;

export type InventoryFigures = {
  file: { vms: number; hosts: number; bytes: number };
  serverMs: number[];
  serverPeakRssMb: number;
  apiMs: number[];
  browserMs: number[];
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Reads the file RUNS times in a child process with a capped heap; its times and its peak RSS growth. */
function readInChild(file: string): { ms: number[]; peakRssMb: number } {
  const child = spawnSync(
    process.execPath,
    [
      `--max-old-space-size=${HEAP_CAP_MB}`,
      "--import",
      "tsx",
      path.join(root, "scripts", "lib", "read-inventory-timed.ts"),
      file,
      String(RUNS),
    ],
    { cwd: root, encoding: "utf8" },
  );
  if (child.status !== 0) throw new Error(`The reader failed under a ${HEAP_CAP_MB} MB heap:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!);
}

export async function benchInventory(appUrl: string): Promise<InventoryFigures> {
  const spec = largeExport();
  const bytes = writeRvtoolsExport(spec);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "advisor-inventory-"));
  const file = path.join(dir, "rvtools-20000.xlsx");
  fs.writeFileSync(file, bytes);
  try {
    const server = readInChild(file);
    const apiMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const response = await fetch(`${appUrl}/api/v1/inventory`, {
        method: "POST",
        headers: { "content-type": XLSX, "accept-encoding": "gzip, deflate, br" },
        body: bytes as Uint8Array<ArrayBuffer>,
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`POST /api/v1/inventory answered ${response.status}`);
      apiMs.push(Math.round(performance.now() - started));
    }
    const browserMs = await readInBrowser(appUrl, file);
    return {
      file: { vms: 20_000, hosts: 1_000, bytes: bytes.length },
      serverMs: server.ms,
      serverPeakRssMb: server.peakRssMb,
      apiMs,
      browserMs,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The estate step in Chromium: from the file chosen to the review of what was read, RUNS times. */
async function readInBrowser(appUrl: string, file: string): Promise<number[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("Chromium is needed for the browser figure (apt-get install -y chromium).");
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${appUrl}/questionnaire`);
    await page.evaluate(
      (answers) =>
        localStorage.setItem("hypervisor-advisor:draft:v1", JSON.stringify({ answers, step: 9, furthest: 9 })),
      DEFAULT_ANSWERS,
    );
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(`${appUrl}/questionnaire?step=estate`);
      const input = page.getByLabel("Import an RVTools export");
      await input.waitFor({ state: "attached" });
      const started = Date.now();
      await input.setInputFiles(file);
      await page.getByTestId("inventory-totals").waitFor({ timeout: 60_000 });
      times.push(Date.now() - started);
    }
    return times;
  } finally {
    await browser.close();
  }
}

export function inventoryTargets(figures: InventoryFigures) {
  const server = median(figures.serverMs);
  const browser = median(figures.browserMs);
  return [
    {
      name: "inventory, 20,000 VMs, server",
      target: `≤ 2 s median, heap capped at ${HEAP_CAP_MB} MB`,
      value: `${server} ms (API ${median(figures.apiMs)} ms), peak RSS growth ${figures.serverPeakRssMb} MB`,
      met: server <= 2000,
    },
    {
      name: "inventory, 20,000 VMs, browser worker",
      target: "≤ 2 s median, file chosen to review shown",
      value: `${browser} ms`,
      met: browser <= 2000,
    },
  ];
}

if (require.main === module) {
  benchAlone("inventory-bench", benchInventory, inventoryTargets).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
