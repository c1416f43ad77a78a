// Shared by the benchmark and durability scripts: free loopback ports, a throwaway migrated and
// seeded SQLite database, and the production server (server.ts over the build) on 127.0.0.1.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { OFFLINE_ENV } from "./offline-env";
import { prepareDatabase } from "./prepare-database";
import { serverCommand } from "./server-command";

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

export type AppServer = {
  port: number;
  url: string;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
};

/** Starts the production server in its own process group, so a SIGKILL reaches the whole server. */
export async function startApp(
  databaseUrl: string,
  port: number,
  env: Record<string, string> = {},
): Promise<AppServer> {
  const { command, args } = serverCommand(port);
  const child = spawn(command, args, {
    cwd: root,
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, ...OFFLINE_ENV, ...env, DATABASE_URL: databaseUrl, NODE_ENV: "production" },
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${stderr}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server did not answer /api/health within 60 s:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    port,
    url,
    child,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid!, signal);
        } catch {
          // already gone
        }
      }
      await exited;
    },
  };
}

/** A valid save body: the same answers the integration tests use. */
export const SAVE_BODY = {
  answers: {
    workloads: ["linux-apps"],
    guestOs: "mostly-linux",
    licensing: "open-source-required",
    cloudPlatform: "openstack",
    currentPlatform: "none",
    scale: "medium",
    budget: "moderate",
    mustHaves: [],
    teamSkills: ["linux"],
  },
  name: "Benchmark plan",
  notes: "Saved by the benchmark",
};
