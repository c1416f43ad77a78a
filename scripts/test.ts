// `npm test`: every test — type check, unit and integration tests (Jest), then the production build
// and the browser tests (Playwright on Debian's Chromium). Stops at the first failing stage, and
// never skips a stage because something it needs is missing: it fails and says how to fix it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { CHROMIUM_INSTALL_HINT, findChromium } from "./lib/chromium";

const root = path.resolve(__dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const resultsDir = path.join(root, "test-results");

type Counts = { passed: number; failed: number };

function run(label: string, command: string, args: string[]): void {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) {
    console.error(`\n${label} failed.`);
    printTotals();
    process.exit(result.status ?? 1);
  }
}

function readCounts(): Counts {
  const counts: Counts = { passed: 0, failed: 0 };
  const jestFile = path.join(resultsDir, "jest.json");
  if (fs.existsSync(jestFile)) {
    const jest = JSON.parse(fs.readFileSync(jestFile, "utf8")) as { numPassedTests: number; numFailedTests: number };
    counts.passed += jest.numPassedTests;
    counts.failed += jest.numFailedTests;
  }
  const playwrightFile = path.join(resultsDir, "playwright.json");
  if (fs.existsSync(playwrightFile)) {
    const stats = (JSON.parse(fs.readFileSync(playwrightFile, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } }).stats;
    counts.passed += stats.expected + stats.flaky;
    counts.failed += stats.unexpected;
  }
  return counts;
}

function printTotals(): void {
  const { passed, failed } = readCounts();
  console.log(`\n${passed} passed, ${failed} failed`);
}

if (!findChromium()) {
  console.error(`\n${CHROMIUM_INSTALL_HINT}\n`);
  process.exit(1);
}
fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });

run("Type check", bin("tsc"), ["--noEmit"]);
run("Unit and integration tests (Jest)", bin("jest"), ["--ci", "--json", `--outputFile=${path.join(resultsDir, "jest.json")}`]);
run("Production build", bin("next"), ["build"]);
run("Browser tests (Playwright)", bin("playwright"), ["test"]);
printTotals();
