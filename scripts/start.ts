// `npm start`, first half: validate the environment, migrate and seed the database, build the app if
// the build is missing or older than the sources, and compile the production server (host/server.ts) to
// dist/server.cjs. The start script then `exec`s plain node on it, so the server process replaces
// the shell and receives signals itself (package.json). One command from a fresh clone.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { EnvError, parseEnv } from "@/lib/config/env";
import { OFFLINE_ENV } from "@/lib/config/offline-env";
import { prepareDatabase } from "./lib/prepare-database";
import { buildServerBundle } from "./lib/server-bundle";
import { logger } from "@/lib/observability/logger";

const root = path.resolve(__dirname, "..");
const nextBin = path.join(root, "node_modules", ".bin", "next");
const SOURCES = [
  "app",
  "components",
  "lib",
  "next.config.js",
  "proxy.ts",
  "instrumentation.ts",
  "package-lock.json",
  "tsconfig.json",
];
const IGNORED = new Set(["generated", "node_modules"]);

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) {
    if (!IGNORED.has(entry)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return false;
  const builtAt = fs.statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestMtime(path.join(root, source)) <= builtAt);
}

async function main() {
  Object.assign(process.env, OFFLINE_ENV); // for everything this process runs or spawns
  const env = parseEnv(process.env);
  await prepareDatabase(env.DATABASE_URL, (line) => logger().info(line));

  if (!buildIsCurrent()) {
    logger().info("Building the app (first start, or the sources changed since the last build)…");
    const build = spawnSync(nextBin, ["build"], {
      cwd: root,
      stdio: "inherit",
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  buildServerBundle(); // under a second; the package.json start script then execs it
}

main().catch((error) => {
  // A bad environment is a person's typo: said in plain words, not as a stack trace.
  if (error instanceof EnvError) console.error(error.message);
  else logger().fatal({ err: error }, "the app could not start");
  process.exit(1);
});
