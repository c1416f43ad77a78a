// A throwaway PostgreSQL cluster for the tests: initdb in a temporary directory, started with pg_ctl
// on a free loopback port (Unix socket in the same directory), removed afterwards. PostgreSQL refuses
// to run as root, so as root the binaries run as the `postgres` user.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { freePort } from "./free-port";

export const POSTGRES_INSTALL_HINT =
  "PostgreSQL is required for the PostgreSQL half of the tests (initdb and pg_ctl were not found). Install Debian's package with `apt-get update && apt-get install -y postgresql`, or put a PostgreSQL 13+ bin directory on PATH.";

/** initdb/pg_ctl on PATH, else Debian's versioned folder (the package does not link them onto PATH). */
export function findPostgresBin(): string | null {
  const onPath = spawnSync("sh", ["-c", "command -v pg_ctl"], { encoding: "utf8" }).stdout.trim();
  if (onPath && fs.existsSync(path.join(path.dirname(onPath), "initdb"))) return path.dirname(fs.realpathSync(onPath));
  const debian = "/usr/lib/postgresql";
  if (!fs.existsSync(debian)) return null;
  const versions = fs
    .readdirSync(debian)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = path.join(debian, version, "bin");
    if (fs.existsSync(path.join(bin, "pg_ctl")) && fs.existsSync(path.join(bin, "initdb"))) return bin;
  }
  return null;
}

const asRoot = typeof process.getuid === "function" && process.getuid() === 0;

function runAsPostgres(bin: string, tool: string, args: string[]): SpawnSyncReturns<string> {
  const command = path.join(bin, tool);
  return asRoot
    ? spawnSync("runuser", ["-u", "postgres", "--", command, ...args], { encoding: "utf8" })
    : spawnSync(command, args, { encoding: "utf8" });
}

function check(result: SpawnSyncReturns<string>, what: string, logFile?: string): void {
  if (result.status === 0) return;
  const log = logFile && fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").slice(-2000) : "";
  throw new Error(
    `${what} failed (${result.status ?? result.error?.message}):\n${result.stdout}${result.stderr}${log}`,
  );
}

export type PostgresCluster = {
  /** Superuser URL of the `postgres` database, over TCP on 127.0.0.1. */
  url: string;
  port: number;
  dir: string;
  /** Stops the server (fast shutdown: open connections are cut), keeping the data. */
  stop(): void;
  start(): void;
  /** Stops the server if it runs and deletes the directory. Safe to call twice. */
  remove(): void;
};

export async function startPostgresCluster(label = "pg"): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  if (!bin) throw new Error(POSTGRES_INSTALL_HINT);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `advisor-${label}-`));
  const data = path.join(dir, "data");
  const logFile = path.join(dir, "server.log");
  if (asRoot) spawnSync("chown", ["-R", "postgres:postgres", dir]);
  fs.chmodSync(dir, 0o700);
  check(
    runAsPostgres(bin, "initdb", [
      "-D",
      data,
      "-U",
      "postgres",
      "-A",
      "trust",
      "-E",
      "UTF8",
      "--no-sync",
      "--locale=C",
    ]),
    "initdb",
  );
  const port = await freePort();
  // Durability is pointless for a throwaway cluster: skipping fsync keeps the test run fast.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  const start = () =>
    check(
      runAsPostgres(bin, "pg_ctl", ["-D", data, "-l", logFile, "-w", "-t", "30", "-o", options, "start"]),
      "pg_ctl start",
      logFile,
    );
  const stop = () =>
    check(runAsPostgres(bin, "pg_ctl", ["-D", data, "-m", "fast", "-w", "-t", "30", "stop"]), "pg_ctl stop", logFile);
  let removed = false;
  const cluster: PostgresCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    start,
    stop,
    remove() {
      if (removed) return;
      removed = true;
      if (fs.existsSync(path.join(data, "postmaster.pid")))
        runAsPostgres(bin, "pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    start();
  } catch (error) {
    cluster.remove();
    throw error;
  }
  return cluster;
}

/** The URL of another database on the same server as `url`. */
export function databaseUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates an empty database named `name` on the cluster at `adminUrl` and returns its URL. */
/** A new database, empty or (with `template`) a copy of a migrated and seeded one, which is far quicker. */
export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return databaseUrl(adminUrl, name);
}
