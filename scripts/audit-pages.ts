// `npm run audit:pages`: Lighthouse 12 in its default mobile preset (simulated slow 4G and a 4× slower
// CPU) on the landing page, the questionnaire, a results page and a share page, served by the
// production server over a throwaway database, in Debian's Chromium. Prints each category's score
// and the figures behind the performance one, checked against issue 14's targets. A measurement, not
// a test: the figures move with the machine's load, so `npm test` does not run it.
//
// One Lighthouse run moves by several points from the last, so each page is audited `--runs` times
// (default 3) and the run with the median performance score is reported, beside every run's score:
// the practice Lighthouse's own documentation gives for variability. `--save DIR` keeps each run's
// full report (JSON) for reading which element was the LCP, what shifted and what blocked.
//
// Share pages are rightly `noindex`: their SEO score is also given without the crawlability audit.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Result as Lhr } from "lighthouse";
import { answers } from "@/__tests__/support/answers";
import { answersToSearchParams } from "@/lib/questionnaire/url-state";
import { CHROMIUM_INSTALL_HINT, findChromium } from "./lib/chromium";
import { makeDatabase, requireBuild, startApp } from "./lib/bench-server";
import { freePort } from "./lib/free-port";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];
const TARGETS: Record<Category, number> = { performance: 90, accessibility: 100, "best-practices": 95, seo: 95 };

type Result = {
  label: string;
  /** Every run's performance score, in the order they ran. */
  runs: number[];
  scores: Record<Category, number>;
  seoWithoutCrawlability: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  consoleErrors: number;
};

// Lighthouse's own CLI, in a plain Node process: run under tsx, the functions it evaluates in the page
// carry esbuild's name helpers and fail there ("__name is not defined").
const CLI = path.join(__dirname, "..", "node_modules", "lighthouse", "cli", "index.js");
const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking";
const run = promisify(execFile);

/** The category's score recomputed without some audits (Lighthouse's weighted mean of the rest). */
function scoreWithout(lhr: Lhr, category: Category, left: readonly string[]): number {
  const refs = lhr.categories[category]!.auditRefs.filter((ref) => ref.weight > 0 && !left.includes(ref.id));
  const weight = refs.reduce((sum, ref) => sum + ref.weight, 0);
  const total = refs.reduce((sum, ref) => sum + ref.weight * (lhr.audits[ref.id]?.score ?? 0), 0);
  return Math.round((100 * total) / weight);
}

type Options = { runs: number; saveDir: string | null };

function readOptions(argv: readonly string[]): Options {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at === -1 ? undefined : argv[at + 1];
  };
  const runs = Number(value("--runs") ?? 3);
  if (!Number.isInteger(runs) || runs < 1 || runs > 9) throw new Error("--runs takes a whole number from 1 to 9");
  return { runs, saveDir: value("--save") ?? null };
}

/**
 * Lighthouse, retried when its trace misses the navigation start (NO_NAVSTART, about one run in
 * three with Debian's headless Chromium here): that is the tool failing to measure, not the page.
 */
async function lighthouse(url: string, label: string, chromePath: string): Promise<Lhr> {
  for (let attempt = 1; ; attempt++) {
    const lhr = await lighthouseOnce(url, chromePath);
    if (!lhr.runtimeError) return lhr;
    if (lhr.runtimeError.code !== "NO_NAVSTART" || attempt === 3) {
      throw new Error(`${label}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    }
  }
}

async function lighthouseOnce(url: string, chromePath: string): Promise<Lhr> {
  // Written to a file, not stdout: on a runtime error the CLI exits before a piped report is flushed.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "audit-pages-"));
  const report = path.join(dir, "report.json");
  try {
    await run(
      process.execPath,
      [
        CLI,
        url,
        "--output=json",
        `--output-path=${report}`,
        "--quiet",
        `--only-categories=${CATEGORIES.join(",")}`,
        `--chrome-flags=${CHROME_FLAGS}`,
      ],
      { env: { ...process.env, CHROME_PATH: chromePath } },
    ).catch((error: unknown) => {
      // The CLI exits non-zero on a runtime error but still writes the report naming it.
      if (!fs.existsSync(report)) throw error;
    });
    return JSON.parse(fs.readFileSync(report, "utf8")) as Lhr;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function summarise(lhr: Lhr, label: string): Omit<Result, "runs"> {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round(100 * (lhr.categories[c]?.score ?? 0))]),
  ) as Record<Category, number>;
  const details = lhr.audits["errors-in-console"]?.details as { items?: unknown[] } | undefined;
  return {
    label,
    scores,
    seoWithoutCrawlability: scoreWithout(lhr, "seo", ["is-crawlable"]),
    lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
    tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
    cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN,
    consoleErrors: details?.items?.length ?? 0,
  };
}

/** Audits a page `runs` times and keeps the run with the median performance score. */
async function audit(url: string, label: string, chromePath: string, options: Options): Promise<Result> {
  const runs: Omit<Result, "runs">[] = [];
  for (let n = 1; n <= options.runs; n++) {
    const lhr = await lighthouse(url, label, chromePath);
    if (options.saveDir) {
      fs.mkdirSync(options.saveDir, { recursive: true });
      fs.writeFileSync(path.join(options.saveDir, `${label}-${n}.json`), JSON.stringify(lhr));
    }
    runs.push(summarise(lhr, label));
  }
  const byScore = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  return { ...byScore[Math.floor((byScore.length - 1) / 2)]!, runs: runs.map((r) => r.scores.performance) };
}

async function main() {
  const options = readOptions(process.argv.slice(2));
  requireBuild();
  const chromePath = findChromium();
  if (!chromePath) throw new Error(CHROMIUM_INSTALL_HINT);
  const db = await makeDatabase("audit");
  const server = await startApp(db.url, await freePort());

  try {
    const saved = await fetch(`${server.url}/api/v1/recommendations`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ answers: answers("vsphereShop"), name: "Audit plan", notes: "Saved by audit:pages" }),
    });
    if (saved.status !== 201) throw new Error(`saving the share failed: ${saved.status} ${await saved.text()}`);
    const { id } = (await saved.json()) as { id: string };
    // A large vSphere estate with databases: a results page with a plan and every section filled.
    const query = answersToSearchParams(
      answers("vsphereShop", { workloads: ["general-server", "databases"], scale: "large" }),
    );
    const pages: [string, string][] = [
      ["landing", "/"],
      ["questionnaire", "/questionnaire"],
      ["results", `/results?${query}`],
      ["share", `/r/${id}`],
    ];
    const results: Result[] = [];
    for (const [label, path] of pages) {
      // One warm-up load first: the first render of a route fills the server's caches.
      await fetch(`${server.url}${path}`);
      results.push(await audit(`${server.url}${path}`, label, chromePath, options));
    }
    report(results, options.runs);
  } finally {
    await server.stop();
    fs.rmSync(db.dir, { recursive: true, force: true });
  }
}

function report(results: readonly Result[], runs: number) {
  const mark = (value: number, target: number) => `${value}${value >= target ? "" : " ✗"}`;
  const rows = results.map((r) => ({
    page: r.label,
    performance: mark(r.scores.performance, TARGETS.performance),
    ...(runs > 1 ? { "every run": r.runs.join(" ") } : {}),
    accessibility: mark(r.scores.accessibility, TARGETS.accessibility),
    "best practices": mark(r.scores["best-practices"], TARGETS["best-practices"]),
    seo:
      r.label === "share"
        ? `${r.scores.seo} (${mark(r.seoWithoutCrawlability, TARGETS.seo)} without is-crawlable)`
        : mark(r.scores.seo, TARGETS.seo),
    "LCP ms": Math.round(r.lcpMs),
    "TBT ms": Math.round(r.tbtMs),
    CLS: r.cls.toFixed(3),
    "console errors": r.consoleErrors,
  }));
  console.log(
    `Lighthouse 12.2.3, mobile preset, median of ${runs} run(s) by performance; targets: performance ≥ 90, accessibility 100, best practices ≥ 95, SEO ≥ 95 (✗ = missed)`,
  );
  console.table(rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
