// No outbound calls at start: the Prisma CLI contacts its checkpoint host from a detached child
// process on every command unless CHECKPOINT_DISABLE is set. Here the CLI runs as `npm start` runs it
// (migrate), with every outbound connection blocked and reported to a file, and a cache of its own so
// an earlier check cannot hide a new one. (Without CHECKPOINT_DISABLE the file names
// checkpoint.prisma.io:443.) `postinstall` sets the variable in package.json itself; it is not run
// here because regenerating the clients would rewrite files other test workers are loading.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
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

/** The checkpoint child is detached: give it the time it takes to try. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 3_000));
const blocked = () => (fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "");

test("migrating the database, as npm start does, contacts no host", async () => {
  migrateDatabase(`file:${path.join(dir, "offline.db")}`);
  await settle();
  expect(blocked()).toBe("");
});
