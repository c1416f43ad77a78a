// No outbound calls at start: the Prisma CLI contacts its checkpoint host from a detached child
// process on every command unless CHECKPOINT_DISABLE is set. Here the CLI runs as `npm start` runs it
// (migrate), with every outbound connection blocked and reported to a file, and a cache of its own so
// an earlier check cannot hide a new one. The first test proves the check would see a connection:
// without CHECKPOINT_DISABLE the CLI's child names checkpoint.prisma.io:443. Both wait for every
// process the preload entered to exit, a signal, rather than for a fixed time. `postinstall` sets the variable in package.json itself; it is not run
// here because regenerating the clients would rewrite files other test workers are loading.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { migrateDatabase } from "@/scripts/lib/prepare-database";

jest.setTimeout(60_000);

const root = path.resolve(__dirname, "..", "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "advisor-offline-"));
const log = path.join(dir, "blocked.log");
const saved = { ...process.env };

beforeAll(() => {
  Object.assign(process.env, {
    XDG_CACHE_HOME: path.join(dir, "cache"),
    BLOCK_NETWORK_LOG: log,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${path.join(root, "__tests__", "support", "block-network.cjs")}`,
  });
  delete process.env.CHECKPOINT_DISABLE; // as on a fresh machine: only what the project sets counts
});

afterAll(() => {
  process.env = saved;
  fs.rmSync(dir, { recursive: true, force: true });
});

const logText = () => (fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "");
const blocked = () =>
  logText()
    .split("\n")
    .filter((line) => line.startsWith("[blocked outbound]"));

/**
 * Resolves once every process the preload was loaded into (the CLI and its detached checkpoint
 * child) has exited: the signal that nothing more can be tried. The log file is watched, not polled.
 */
async function allExited(timeoutMs = 30_000): Promise<void> {
  const done = () => {
    const text = logText();
    const started = text.match(/\[started\] pid \d+/g) ?? [];
    const exited = new Set((text.match(/\[exited\] pid \d+/g) ?? []).map((line) => line.replace("exited", "started")));
    return started.length > 0 && started.every((line) => exited.has(line));
  };
  if (done()) return;
  await new Promise<void>((resolve, reject) => {
    const watcher = fs.watch(dir, () => {
      if (!done()) return;
      clearTimeout(timer);
      watcher.close();
      resolve();
    });
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`Processes still running after ${timeoutMs} ms:\n${logText()}`));
    }, timeoutMs);
  });
}

test("the check would see a connection: the Prisma CLI without CHECKPOINT_DISABLE reaches for its checkpoint host", async () => {
  fs.rmSync(log, { force: true });
  const prisma = path.join(root, "node_modules", ".bin", "prisma");
  const env = { ...process.env };
  delete env.CHECKPOINT_DISABLE;
  env.DATABASE_URL = `file:${path.join(dir, "control.db")}`;
  env.XDG_CACHE_HOME = path.join(dir, "control-cache"); // the migrate test below keeps a fresh cache
  spawnSync(prisma, ["migrate", "deploy"], { cwd: root, env, encoding: "utf8" });
  await allExited();
  expect(blocked().join("\n")).toMatch(/checkpoint\.prisma\.io/);
});

test("migrating the database, as npm start does, contacts no host", async () => {
  fs.rmSync(log, { force: true });
  migrateDatabase(`file:${path.join(dir, "offline.db")}`);
  await allExited();
  expect(blocked()).toEqual([]);
});
