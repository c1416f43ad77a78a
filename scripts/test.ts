// `npm test`: every test — lint, format check and type check side by side; unit and integration tests
// on SQLite (Jest); the integration tests about database mechanics again on PostgreSQL, on a throwaway
// cluster this script starts and removes; the production build; the multi-instance, front-door,
// share-page cache and database-outage tests (production servers on PostgreSQL); the browser tests
// (Playwright on Debian's Chromium, on SQLite: what is particular to PostgreSQL is proven by the two
// Jest stages on it, through the route handlers and the production server). Stops at the
// first failing stage, and never skips a stage because something it needs is missing: it fails and
// says how to fix it. Ends with a table of stage times.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { CHROMIUM_INSTALL_HINT, findChromium } from "./lib/chromium";
import { OFFLINE_ENV } from "@/lib/config/offline-env";
import { prepareDatabase } from "./lib/prepare-database";
import { buildServerBundle } from "./lib/server-bundle";
import {
  createDatabase,
  findPostgresBin,
  POSTGRES_INSTALL_HINT,
  startPostgresCluster,
  type PostgresCluster,
} from "./lib/postgres-cluster";

const root = path.resolve(__dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const resultsDir = path.join(root, "test-results");

type Counts = { passed: number; failed: number };

let cluster: PostgresCluster | undefined;
const startedAt = Date.now();
const stageTimes: { label: string; seconds: number }[] = [];

/**
 * What PostgreSQL changes is how rows are written, locked, counted and read back, so only the files
 * about those mechanics run on it a second time; the rest (validation, fuzzing the parsers, the
 * read-only model API) test code that is the same on either database.
 */
const POSTGRES_INTEGRATION_FILES = [
  "admin-auth",
  "admin-knowledge",
  "admin-prices",
  "database-setup",
  "health-down",
  "inventory-api",
  "knowledge-storage-migration",
  "plan-api",
  "plan-upgrade",
  "recommendations-api",
  "report-api",
  "save-concurrency",
  "save-rate-limit",
  "share-after-kb-change",
  "stored-evaluation",
  "worked-examples",
].map((name) => `__tests__/integration/${name}.test.ts`);

function finish(code: number): never {
  cluster?.remove();
  printTotals();
  process.exit(code);
}

/** Runs one stage; `stageStart` when its preparation (a template database) already counts toward it. */
function run(
  label: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
  stageStart = Date.now(),
): void {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...OFFLINE_ENV, ...env },
  });
  const seconds = (Date.now() - stageStart) / 1000;
  stageTimes.push({ label, seconds });
  console.log(`(${label}: ${seconds.toFixed(0)} s)`);
  if (result.status !== 0) {
    console.error(`\n${label} failed.`);
    finish(result.status ?? 1);
  }
}

/**
 * Stages that only read the sources (lint, format, type check) run side by side, one per core; each
 * one's output is printed whole when it ends, and the first failure stops the run as `run` does.
 */
async function runTogether(label: string, stages: { label: string; command: string; args: string[] }[]): Promise<void> {
  console.log(`\n=== ${label} ===`);
  const groupStart = Date.now();
  const outcomes = await Promise.all(
    stages.map(
      (stage) =>
        new Promise<{ label: string; code: number; output: string; seconds: number }>((resolve) => {
          const start = Date.now();
          const child = spawn(stage.command, stage.args, {
            cwd: root,
            env: { ...process.env, ...OFFLINE_ENV },
          });
          let output = "";
          child.stdout.on("data", (chunk) => (output += chunk));
          child.stderr.on("data", (chunk) => (output += chunk));
          child.on("close", (code) =>
            resolve({ label: stage.label, code: code ?? 1, output, seconds: (Date.now() - start) / 1000 }),
          );
        }),
    ),
  );
  for (const outcome of outcomes) {
    if (outcome.output.trim()) console.log(outcome.output.trimEnd());
    console.log(`(${outcome.label}: ${outcome.seconds.toFixed(0)} s)`);
  }
  stageTimes.push({ label, seconds: (Date.now() - groupStart) / 1000 });
  const failed = outcomes.find((outcome) => outcome.code !== 0);
  if (failed) {
    console.error(`\n${failed.label} failed.`);
    finish(failed.code);
  }
}

function readCounts(): Counts {
  const counts: Counts = { passed: 0, failed: 0 };
  const jestFiles = fs.existsSync(resultsDir)
    ? fs.readdirSync(resultsDir).filter((name) => /^jest.*\.json$/.test(name))
    : [];
  for (const name of jestFiles) {
    const jest = JSON.parse(fs.readFileSync(path.join(resultsDir, name), "utf8")) as {
      numPassedTests: number;
      numFailedTests: number;
    };
    counts.passed += jest.numPassedTests;
    counts.failed += jest.numFailedTests;
  }
  const playwrightFiles = fs.existsSync(resultsDir)
    ? fs.readdirSync(resultsDir).filter((name) => /^playwright.*\.json$/.test(name))
    : [];
  for (const name of playwrightFiles) {
    const playwrightFile = path.join(resultsDir, name);
    const stats = (
      JSON.parse(fs.readFileSync(playwrightFile, "utf8")) as {
        stats: { expected: number; unexpected: number; flaky: number };
      }
    ).stats;
    counts.passed += stats.expected + stats.flaky;
    counts.failed += stats.unexpected;
  }
  return counts;
}

function printTotals(): void {
  const { passed, failed } = readCounts();
  console.log("\n| stage | seconds |\n| --- | ---: |");
  for (const { label, seconds } of stageTimes) console.log(`| ${label} | ${seconds.toFixed(0)} |`);
  const staged = stageTimes.reduce((sum, stage) => sum + stage.seconds, 0);
  console.log(`| all stages | ${staged.toFixed(0)} |`);
  console.log(`\n(total ${((Date.now() - startedAt) / 1000).toFixed(0)} s)`);
  console.log(`\n${passed} passed, ${failed} failed`);
}

/**
 * One migrated and seeded database that every Jest file of a stage copies, instead of each starting
 * Prisma's migrate CLI and seeding again (__tests__/support/test-database.ts).
 */
async function sqliteTemplate(): Promise<string> {
  const file = path.join(resultsDir, "template.db");
  await prepareDatabase(`file:${file}`, () => {});
  // Everything into the main file, so that a plain copy of it is the whole database.
  const db = new Database(file);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  return file;
}

async function postgresTemplate(adminUrl: string): Promise<string> {
  const name = "test_template";
  await prepareDatabase(await createDatabase(adminUrl, name), () => {});
  return name;
}

const jestOutput = (name: string) => `--outputFile=${path.join(resultsDir, `jest-${name}.json`)}`;

async function main() {
  if (!findChromium()) {
    console.error(`\n${CHROMIUM_INSTALL_HINT}\n`);
    process.exit(1);
  }
  if (!findPostgresBin()) {
    console.error(`\n${POSTGRES_INSTALL_HINT}\n`);
    process.exit(1);
  }
  fs.rmSync(resultsDir, { recursive: true, force: true });
  fs.mkdirSync(resultsDir, { recursive: true });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => finish(130));

  await runTogether("Lint, format and type check", [
    { label: "Lint (ESLint)", command: bin("eslint"), args: [".", "--max-warnings", "0"] },
    { label: "Format (Prettier)", command: bin("prettier"), args: ["--check", ".", "--log-level", "warn"] },
    { label: "Type check", command: bin("tsc"), args: ["--noEmit"] },
  ]);
  // Each integration file has a database of its own, so files are independent: two workers overlap
  // one file's waits (a server, the database) with another's work on this 2-core machine.
  const sqliteStart = Date.now();
  const sqlite = await sqliteTemplate();
  run(
    "Unit and integration tests on SQLite (Jest)",
    bin("jest"),
    ["--ci", "--json", "--maxWorkers=2", jestOutput("sqlite")],
    { TEST_TEMPLATE_DATABASE: sqlite },
    sqliteStart,
  );

  console.log("\nStarting a throwaway PostgreSQL cluster…");
  cluster = await startPostgresCluster("test");
  const postgresEnv = { TEST_DATABASE: "postgres", TEST_POSTGRES_URL: cluster.url };
  const postgresStart = Date.now();
  const postgres = await postgresTemplate(cluster.url);
  run(
    "Integration tests of database mechanics on PostgreSQL (Jest)",
    bin("jest"),
    ["--ci", "--json", "--maxWorkers=2", jestOutput("postgres"), ...POSTGRES_INTEGRATION_FILES],
    { ...postgresEnv, TEST_TEMPLATE_DATABASE: postgres },
    postgresStart,
  );

  // The first stage's tsc already checked every type; the build need not check them again.
  run("Production build", bin("next"), ["build"], { ADVISOR_TYPES_CHECKED: "1" });
  buildServerBundle(); // dist/server.cjs, what the server tests and the browser tests run (under a second)
  run(
    // Two files at a time: each spends much of its time waiting on a server it booted or on PostgreSQL.
    "Production servers on PostgreSQL: two instances, the front door, the share-page cache, an outage (Jest)",
    bin("jest"),
    ["--ci", "--json", jestOutput("multi-instance"), "--maxWorkers=2", "__tests__/multi-instance"],
    {
      ...postgresEnv,
      TEST_MULTI_INSTANCE: "1",
    },
  );
  // Two stages of a few minutes each (playwright.config.ts, E2E_PART), each with its own report.
  run(
    "Browser tests: every page's layout and accessibility, admin and API pages (Playwright)",
    bin("playwright"),
    ["test"],
    {
      E2E_PART: "site-wide",
      E2E_JSON_OUTPUT: path.join(resultsDir, "playwright-site-wide.json"),
    },
  );
  run("Browser tests: questionnaire, results, sharing, knowledge and print (Playwright)", bin("playwright"), ["test"], {
    E2E_PART: "journeys",
    E2E_JSON_OUTPUT: path.join(resultsDir, "playwright-journeys.json"),
  });

  finish(0);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  finish(1);
});
