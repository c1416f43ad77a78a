// Shared by the benchmark and durability scripts: a throwaway migrated and seeded SQLite database,
// and the production server (host/server.ts over the build) on 127.0.0.1.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { answers } from "@/__tests__/support/answers";
import { startAppServer, type AppServer } from "./app-server";
import { freePort } from "./free-port";
import { prepareDatabase } from "./prepare-database";

export const root = path.resolve(__dirname, "..", "..");

export async function makeDatabase(label: string): Promise<{ url: string; file: string; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `advisor-${label}-`));
  const file = path.join(dir, "bench.db");
  const url = `file:${file}`;
  await prepareDatabase(url, () => {});
  return { url, file, dir };
}

export function requireBuild(): void {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.error("No production build in .next: run `npx next build` first.");
    process.exit(2);
  }
}

export type { AppServer } from "./app-server";

/** The production server on `port` over the database at `databaseUrl` (scripts/lib/app-server.ts). */
export function startApp(databaseUrl: string, port: number, env: Record<string, string> = {}): Promise<AppServer> {
  return startAppServer({ ...env, DATABASE_URL: databaseUrl }, { port });
}

/** A valid save body, with answers from the fixtures the tests use (__tests__/support/answers.ts). */
export const SAVE_BODY = {
  answers: answers("linuxOnOpenStack"),
  name: "Benchmark plan",
  notes: "Saved by the benchmark",
};

/** A target a benchmark reports: what it is, the goal, the figure, and whether it was met. */
export type BenchTarget = { name: string; target: string; value: string; met: boolean };

/**
 * One part of `npm run bench` run on its own (`npm run bench:inventory`, `bench:reports`): a fresh
 * database and production server, the figures as JSON, then each target met or missed.
 */
export async function benchAlone<F>(
  label: string,
  bench: (appUrl: string) => Promise<F>,
  targets: (figures: F) => BenchTarget[],
): Promise<void> {
  requireBuild();
  const db = await makeDatabase(label);
  const app = await startApp(db.url, await freePort());
  try {
    const figures = await bench(app.url);
    console.log(JSON.stringify(figures));
    for (const t of targets(figures))
      console.log(`${t.met ? "met   " : "MISSED"} ${t.name}: ${t.value} (target ${t.target})`);
  } finally {
    await app.stop();
    fs.rmSync(db.dir, { recursive: true, force: true });
  }
}
