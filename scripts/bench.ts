// `npm run bench`: load figures for the production server on loopback, each next to the same run's
// static-file throughput (a JS chunk under /_next/static/, served by the same server) as the
// baseline, since absolute numbers on a shared 2-core machine mean little. Every request says
// `Accept-Encoding: gzip, deflate, br`, as every browser does: without it the baseline would be an
// uncompressed file no browser downloads (that figure is printed too, for reference). Writes
// bench/results.json and the figures table in docs/performance.md. A script, not a test: it asserts
// nothing, it reports.
import { fork } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import fc from "fast-check";
import { answersArbitrary } from "@/lib/questionnaire/answers-arbitrary";
import { makeDatabase, requireBuild, root, SAVE_BODY, startApp } from "./lib/bench-server";
import { freePort } from "./lib/free-port";
import { firstLoadSizes } from "./size";

const CONNECTIONS = 50;
const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 10);
const CONCURRENCY_SAVES = 5000;
/** The save limit is raised so the limiter still runs on every save (its cost is measured) but never refuses one. */
const SERVER_ENV = { SAVE_RATE_LIMIT_MAX: "100000000", SAVE_RATE_LIMIT_WINDOW_SECONDS: "60" };
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br" };

type Figure = { requestsPerSecond: number; p50: number; p99: number; requests: number; errors: number; non2xx: number };

async function load(options: autocannon.Options): Promise<Figure> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION_SECONDS, ...options });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const get = (url: string): autocannon.Options => ({ url, headers: BROWSER_HEADERS });

/**
 * The same POST with a different valid answer set each time (3,000, from a fixed seed, cycling), so
 * no evaluation is remembered: what a stream of different teams costs rather than one team's
 * answers sent over and over. For reference; the targets are measured with one body, as specified.
 */
function postNewAnswers(url: string, extra: Record<string, unknown> = {}): autocannon.Options {
  const bodies = fc
    .sample(
      fc.uniqueArray(answersArbitrary, { minLength: 3000, maxLength: 3000, selector: (a) => JSON.stringify(a) }),
      { seed: 8, numRuns: 1 },
    )[0]!
    .map((answers) => JSON.stringify({ answers, ...extra }));
  let next = 0;
  return {
    url,
    method: "POST",
    headers: { ...BROWSER_HEADERS, "content-type": "application/json" },
    requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
  };
}
const post = (url: string, body: unknown): autocannon.Options => ({
  url,
  method: "POST",
  headers: { ...BROWSER_HEADERS, "content-type": "application/json" },
  body: JSON.stringify(body),
});

async function startBareServer(file: string, synchronous: string) {
  const port = await freePort();
  const child = fork(path.join(__dirname, "lib", "bare-insert-server.ts"), [file, String(port), synchronous], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", reject);
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => {
      child.kill();
    },
  };
}

async function main() {
  requireBuild();
  const db = await makeDatabase("bench");
  const app = await startApp(db.url, await freePort(), SERVER_ENV);
  try {
    const saved = (await (
      await fetch(`${app.url}/api/v1/recommendations`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(SAVE_BODY),
      })
    ).json()) as { id: string };
    const sharePath = `/r/${saved.id}`;
    const html = await (await fetch(`${app.url}${sharePath}`)).text();
    const chunk = html.match(/<script src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
    if (!chunk) throw new Error("No /_next/static/ script on the share page to use as the baseline.");

    // A second copy of the database, with one app-made row as the template, for the bare server.
    const bareFile = path.join(db.dir, "bare.db");
    const { default: Database } = await import("better-sqlite3");
    const source = new Database(db.file);
    await source.backup(bareFile);
    source.close();

    console.log(
      `Benchmark: ${CONNECTIONS} connections, ${DURATION_SECONDS} s per scenario, production build on ${app.url}`,
    );
    const figures: Record<string, Figure> = {};
    const run = async (name: string, options: autocannon.Options) => {
      await autocannon({ ...options, connections: 10, duration: 2 }); // warm-up, not counted
      figures[name] = await load(options);
      const f = figures[name];
      console.log(
        `${name.padEnd(22)} ${String(f.requestsPerSecond).padStart(6)} req/s  p99 ${String(f.p99).padStart(4)} ms  errors ${f.errors}  non-2xx ${f.non2xx}`,
      );
    };
    await run("static", get(`${app.url}${chunk}`));
    await run("share", get(`${app.url}${sharePath}`));
    await run("evaluate", post(`${app.url}/api/v1/evaluate`, { answers: SAVE_BODY.answers }));
    await run("save", post(`${app.url}/api/v1/recommendations`, SAVE_BODY));
    await run("evaluate, new answers", postNewAnswers(`${app.url}/api/v1/evaluate`));
    await run(
      "save, new answers",
      postNewAnswers(`${app.url}/api/v1/recommendations`, { name: SAVE_BODY.name, notes: SAVE_BODY.notes }),
    );

    // Concurrency: exactly CONCURRENCY_SAVES saves at 50 connections, then count the rows.
    const { default: Sqlite } = await import("better-sqlite3");
    const count = () =>
      (
        new Sqlite(db.file, { readonly: true }).prepare("SELECT COUNT(*) AS n FROM Recommendation").get() as {
          n: number;
        }
      ).n;
    await new Promise((resolve) => setTimeout(resolve, 2000)); // let the last scenario's in-flight saves land
    const before = count();
    const burst = await autocannon({
      ...post(`${app.url}/api/v1/recommendations`, SAVE_BODY),
      connections: CONNECTIONS,
      amount: CONCURRENCY_SAVES,
    });
    const concurrency = {
      saves: CONCURRENCY_SAVES,
      created: burst["2xx"],
      errors: burst.errors + burst.timeouts,
      non2xx: burst.non2xx,
      rowsAdded: count() - before,
    };
    console.log(
      `concurrency      ${concurrency.saves} saves: ${concurrency.created} × 201, ${concurrency.non2xx} non-2xx, ${concurrency.errors} errors, ${concurrency.rowsAdded} rows added`,
    );

    // For reference, the same two without Accept-Encoding (not browsers' case; not targets).
    await run("static identity", { url: `${app.url}${chunk}` });
    await run("share identity", { url: `${app.url}${sharePath}` });

    for (const synchronous of ["FULL", "NORMAL"]) {
      const bare = await startBareServer(bareFile, synchronous);
      try {
        await run(`bare insert ${synchronous.toLowerCase()}`, post(bare.url, SAVE_BODY));
      } finally {
        bare.stop();
      }
    }

    const base = figures.static!;
    const ratio = (f: Figure) => Math.round((f.requestsPerSecond / base.requestsPerSecond) * 100) / 100;
    const targets = {
      share: {
        ratio: ratio(figures.share!),
        target: 0.8,
        p99Ratio: Math.round((figures.share!.p99 / Math.max(1, base.p99)) * 100) / 100,
        p99Target: 1.5,
      },
      evaluate: { ratio: ratio(figures.evaluate!), target: 0.3 },
      save: {
        ratio: ratio(figures.save!),
        target: 0.25,
        ofBareInsert:
          Math.round((figures.save!.requestsPerSecond / figures["bare insert full"]!.requestsPerSecond) * 100) / 100,
      },
    };
    const sizes = firstLoadSizes().map(({ route, gzip }) => ({ route, gzipKB: Math.round(gzip / 100) / 10 }));
    const results = {
      date: new Date().toISOString(),
      machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
      method: {
        connections: CONNECTIONS,
        durationSeconds: DURATION_SECONDS,
        requestHeaders: BROWSER_HEADERS,
        serverEnv: SERVER_ENV,
        baseline: chunk,
        sharePath: "/r/<id>",
      },
      figures,
      targets,
      concurrency,
      firstLoadJs: sizes,
    };
    fs.mkdirSync(path.join(root, "bench"), { recursive: true });
    fs.writeFileSync(path.join(root, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
    updateDocs(results.figures, base, targets, concurrency, sizes, results.date);
    console.log("\nRatios to the static file:", JSON.stringify(targets));
    console.log("Wrote bench/results.json and the table in docs/performance.md.");
  } finally {
    await app.stop();
    fs.rmSync(db.dir, { recursive: true, force: true });
  }
}

function updateDocs(
  figures: Record<string, Figure>,
  base: Figure,
  targets: Record<string, { ratio: number; target: number }>,
  concurrency: Record<string, number>,
  sizes: { route: string; gzipKB: number }[],
  date: string,
) {
  const file = path.join(root, "docs", "performance.md");
  const rows = Object.entries(figures).map(([name, f]) => {
    const ratio = (f.requestsPerSecond / base.requestsPerSecond).toFixed(2);
    const target = targets[name] ? `≥ ${targets[name].target}` : "";
    return `| ${name} | ${f.requestsPerSecond} | ${ratio} | ${target} | ${f.p50} | ${f.p99} | ${f.errors + f.non2xx} |`;
  });
  const table = [
    `<!-- bench:start (written by \`npm run bench\`, ${date.slice(0, 10)}) -->`,
    "| scenario | req/s | × static | target | p50 ms | p99 ms | errors + non-2xx |",
    "| --- | ---: | ---: | --- | ---: | ---: | ---: |",
    ...rows,
    "",
    `Concurrency: ${concurrency.saves} saves at ${CONNECTIONS} connections → ${concurrency.created} × 201, ${concurrency.non2xx} non-2xx, ${concurrency.errors} errors, ${concurrency.rowsAdded} rows added.`,
    "",
    "| route | first-load JS, gzip |",
    "| --- | ---: |",
    ...sizes.map(({ route, gzipKB }) => `| ${route} | ${gzipKB} kB |`),
    "<!-- bench:end -->",
  ].join("\n");
  const text = fs.existsSync(file)
    ? fs.readFileSync(file, "utf8")
    : "# Performance\n\n<!-- bench:start --><!-- bench:end -->\n";
  fs.writeFileSync(file, text.replace(/<!-- bench:start[\s\S]*?<!-- bench:end -->/, table));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
