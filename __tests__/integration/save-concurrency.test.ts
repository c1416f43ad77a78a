// Saves at 50 in flight, while another connection keeps taking the SQLite write lock as a second
// instance would: all succeed and leave exactly as many rows (a busy database waits; it never
// surfaces as a 500). Bounded to 500 here (in-process saves under Jest cost ~40 ms of CPU each);
// `npm run bench` runs the full 5,000 at 50 connections against the production server.
import { spawn, type ChildProcess } from "node:child_process";
import { useFreshDatabase } from "../support/test-database";
import { answers } from "../support/answers";

jest.setTimeout(120_000);

type Route = (request: Request, context: unknown) => Promise<Response>;
let save: Route;
let databaseUrl: string;
const ANSWERS = answers("linuxOnOpenStack");
const SAVES = Number(process.env.CONCURRENCY_SAVES ?? 500);

beforeAll(async () => {
  process.env.SAVE_RATE_LIMIT_MAX = "1000000"; // counted on every save, never refusing one
  databaseUrl = (await useFreshDatabase("save-concurrency")).url;
  save = (await import("@/app/api/v1/recommendations/route")).POST as Route;
});

const request = () =>
  new Request("http://localhost:3000/api/v1/recommendations", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ answers: ANSWERS }),
  });

/** On SQLite, a second process that holds the write lock in short bursts, as another instance would. */
function startCompetingWriter(url: string): ChildProcess | undefined {
  if (!url.startsWith("file:")) return undefined;
  const script = `
    const db = new (require("better-sqlite3"))(process.argv[1], { timeout: 10000 });
    const hold = db.prepare("UPDATE KbVersion SET note = note WHERE id = (SELECT MIN(id) FROM KbVersion)");
    const tick = () => { db.exec("BEGIN IMMEDIATE"); hold.run(); const until = Date.now() + 3; while (Date.now() < until); db.exec("COMMIT"); setTimeout(tick, 20); };
    tick();`;
  return spawn(process.execPath, ["-e", script, url.slice("file:".length)], { stdio: "ignore" });
}

test(`${SAVES} saves at 50 in flight: all 201, exactly ${SAVES} rows, even with a competing writer`, async () => {
  const { getDb } = await import("@/lib/db/client");
  const before = await getDb().recommendation.count();
  const writer = startCompetingWriter(databaseUrl);
  const statuses = new Map<number, number>();
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (next < SAVES) {
          next++;
          const response = await save(request(), undefined);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        }
      }),
    );
  } finally {
    writer?.kill();
  }
  expect(Object.fromEntries(statuses)).toEqual({ 201: SAVES });
  expect((await getDb().recommendation.count()) - before).toBe(SAVES);
});
