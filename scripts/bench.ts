// `npm run bench`: load figures for the production server on loopback, each next to the same run's
// static-file throughput (a JS chunk under /_next/static/, served by the same server; the mean of a
// run before the varied scenarios and one after them) as the baseline, since absolute numbers on a
// shared 2-core machine mean little. Every request says
// `Accept-Encoding: gzip, deflate, br`, as every browser does: without it the baseline would be an
// uncompressed file no browser downloads (that figure is printed too, for reference). Writes
// bench/results.json and the figures table in docs/performance.md. A script, not a test: it asserts
// nothing, it reports.
import { fork } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import autocannon from "autocannon";
import fc from "fast-check";
import { answersArbitrary } from "@/lib/questionnaire/answers-arbitrary";
import { makeDatabase, requireBuild, root, SAVE_BODY, startApp, type BenchTarget } from "./lib/bench-server";
import { freePort } from "./lib/free-port";
import { cpuPerRequest, cpuTimes } from "./lib/thread-cpu";
import { firstLoadSizes } from "./size";
import { benchInventory, inventoryTargets } from "./bench-inventory";
import { benchReports, reportTargets } from "./bench-reports";

const CONNECTIONS = 50;
const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 10);
const MIXED_SECONDS = Number(process.env.BENCH_MIXED_DURATION ?? 60);
const SHARE_LINKS = 200;
/** The save limit is raised so the limiter still runs on every save (its cost is measured) but never refuses one. */
const SERVER_ENV = { SAVE_RATE_LIMIT_MAX: "100000000", SAVE_RATE_LIMIT_WINDOW_SECONDS: "60" };
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br" };

type Figure = {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Responses with a 2xx status. */
  created: number;
  errors: number;
  non2xx: number;
  /** Microseconds of CPU per request: the server's main thread, its other threads, the load generator. */
  cpu?: ReturnType<typeof cpuPerRequest>;
};
type Target = BenchTarget;

function meanFigure(a: Figure, b: Figure): Figure {
  const mean = (x: number, y: number) => Math.round((x + y) / 2);
  return {
    requestsPerSecond: mean(a.requestsPerSecond, b.requestsPerSecond),
    p50: mean(a.p50, b.p50),
    p99: mean(a.p99, b.p99),
    requests: a.requests + b.requests,
    created: a.created + b.created,
    errors: a.errors + b.errors,
    non2xx: a.non2xx + b.non2xx,
  };
}

/** One scenario's figures; with the server's pid, also the CPU each request cost (Linux /proc). */
async function load(options: autocannon.Options, serverPid?: number): Promise<Figure> {
  const before = serverPid ? cpuTimes(serverPid) : null;
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION_SECONDS, ...options });
  const cpu = before && serverPid ? cpuPerRequest(before, cpuTimes(serverPid), result.requests.total) : undefined;
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    created: result["2xx"],
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    ...(cpu ? { cpu } : {}),
  };
}

const get = (url: string): autocannon.Options => ({ url, headers: BROWSER_HEADERS });

/** One autocannon request slot whose method, path and body `next` picks, request by request. */
function cycle(next: (i: number) => autocannon.RequestParams): NonNullable<autocannon.Options["requests"]>[number] {
  let i = 0;
  return { setupRequest: (request) => ({ ...request, ...next(i++) }) };
}

/** The same POST with a different body each time (cycling through `bodies`). */
function postEach(url: string, bodies: string[]): autocannon.Options {
  return {
    url,
    method: "POST",
    headers: { ...BROWSER_HEADERS, "content-type": "application/json" },
    requests: [cycle((i) => ({ body: bodies[i % bodies.length] }))],
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

/** Different valid answer sets from a fixed seed, so every request is a team the server has not seen. */
function answerBodies(count: number, seed: number, extra: Record<string, unknown> = {}): string[] {
  return fc
    .sample(
      fc.uniqueArray(answersArbitrary, { minLength: count, maxLength: count, selector: (a) => JSON.stringify(a) }),
      { seed, numRuns: 1 },
    )[0]!
    .map((answers) => JSON.stringify({ answers, ...extra }));
}

/** Resident memory of the server process, from /proc (Linux), in MB. */
function residentMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(status.match(/^VmRSS:\s+(\d+)/m)?.[1] ?? NaN);
  return Math.round(kb / 1024);
}

/** Bytes on the wire for a GET with the browsers' Accept-Encoding (fetch would decode them). */
function transferBytes(url: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: BROWSER_HEADERS }, (response) => {
        let bytes = 0;
        response.on("data", (chunk: Buffer) => (bytes += chunk.length));
        response.on("end", () =>
          resolve({ bytes, encoding: String(response.headers["content-encoding"] ?? "identity") }),
        );
      })
      .on("error", reject);
  });
}

async function saveAll(baseUrl: string, bodies: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const body of bodies) {
    const response = await fetch(`${baseUrl}/api/v1/recommendations`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    if (response.status !== 201) throw new Error(`Saving a benchmark recommendation answered ${response.status}`);
    ids.push(((await response.json()) as { id: string }).id);
  }
  return ids;
}

async function main() {
  requireBuild();
  const db = await makeDatabase("bench");
  const app = await startApp(db.url, await freePort(), SERVER_ENV);
  const pid = app.child.pid!;
  try {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const memory: Record<string, number> = { idleAfterStart: residentMb(pid) };

    // 200 share links, each opened once (the share-page cache holds each page from its first view).
    const shareIds = await saveAll(app.url, answerBodies(SHARE_LINKS, 3, { name: SAVE_BODY.name }));
    const sharePaths = shareIds.map((id) => `/r/${id}`);
    for (const sharePath of sharePaths) await fetch(`${app.url}${sharePath}`);
    const html = await (await fetch(`${app.url}${sharePaths[0]}`)).text();
    const chunk = html.match(/<script src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
    if (!chunk) throw new Error("No /_next/static/ script on the share page to use as the baseline.");

    // Sizes: the share page as a browser receives it, and the evaluate answer before compression.
    const shareTransfer = await transferBytes(`${app.url}${sharePaths[0]}`);
    const evaluateText = await (
      await fetch(`${app.url}/api/v1/evaluate`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ answers: SAVE_BODY.answers }),
      })
    ).text();
    const sizes = {
      shareHtmlBytes: Buffer.byteLength(html),
      shareTransferBytes: shareTransfer.bytes,
      shareTransferEncoding: shareTransfer.encoding,
      evaluateJsonBytes: Buffer.byteLength(evaluateText),
    };

    // A second copy of the database, with one app-made row as the template, for the bare server.
    const bareFile = path.join(db.dir, "bare.db");
    const { default: Database } = await import("better-sqlite3");
    const source = new Database(db.file);
    await source.backup(bareFile);
    source.close();
    const rows = () => {
      const reader = new Database(db.file, { readonly: true });
      try {
        return (reader.prepare("SELECT COUNT(*) AS n FROM Recommendation").get() as { n: number }).n;
      } finally {
        reader.close();
      }
    };

    console.log(
      `Benchmark: ${CONNECTIONS} connections, ${DURATION_SECONDS} s per scenario (mixed ${MIXED_SECONDS} s), production build on ${app.url}`,
    );
    const figures: Record<string, Figure> = {};
    const report = (name: string) => {
      const f = figures[name]!;
      console.log(
        `${name.padEnd(24)} ${String(f.requestsPerSecond).padStart(6)} req/s  p99 ${String(f.p99).padStart(4)} ms  errors ${f.errors}  non-2xx ${f.non2xx}` +
          (f.cpu
            ? `  CPU µs/request: main ${f.cpu.mainUs}, other threads ${f.cpu.otherThreadsUs}, load ${f.cpu.loadGeneratorUs}`
            : ""),
      );
    };
    /** `serverPid`: whose CPU per request to measure (null for the bare insert server: not measured). */
    const run = async (name: string, options: autocannon.Options, warmUp = true, serverPid: number | null = pid) => {
      if (warmUp) await autocannon({ ...options, connections: 10, duration: 2 }); // not counted
      figures[name] = await load(options, serverPid ?? undefined);
      report(name);
    };

    const evaluateBodies = answerBodies(3000, 8);
    const saveBodies = answerBodies(3000, 9, { name: SAVE_BODY.name, notes: SAVE_BODY.notes });
    await run("static", get(`${app.url}${chunk}`));
    await run("share, 200 links", {
      ...get(app.url),
      requests: [cycle((i) => ({ path: sharePaths[i % SHARE_LINKS] }))],
    });
    await run("evaluate, new answers", postEach(`${app.url}/api/v1/evaluate`, evaluateBodies));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const beforeSaves = rows();
    await run("save, new answers", postEach(`${app.url}/api/v1/recommendations`, saveBodies), false);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const saveDurability = { created: figures["save, new answers"]!.created, rowsAdded: rows() - beforeSaves };
    console.log(`save durability: ${saveDurability.created} × 201, ${saveDurability.rowsAdded} rows added`);
    // The baseline once more: on a shared machine one 10-second figure can be a fifth off either way.
    await run("static, again", get(`${app.url}${chunk}`));

    // Mixed traffic, twice: 85 % share views of the 200 links, 10 % new evaluates, 5 % new saves.
    for (const round of [1, 2]) {
      const name = `mixed ${round}`;
      figures[name] = await load(
        {
          ...get(app.url),
          duration: MIXED_SECONDS,
          requests: [
            cycle((i) => {
              const slot = i % 20;
              if (slot < 17) return { method: "GET", path: sharePaths[i % SHARE_LINKS], body: undefined };
              const bodies = slot < 19 ? evaluateBodies : saveBodies;
              return {
                method: "POST",
                path: slot < 19 ? "/api/v1/evaluate" : "/api/v1/recommendations",
                headers: { ...BROWSER_HEADERS, "content-type": "application/json" },
                body: bodies[(i * 7 + round * 1000) % bodies.length],
              };
            }),
          ],
        },
        pid,
      );
      report(name);
      memory[`afterMixed${round}`] = residentMb(pid);
      console.log(`resident memory after ${name}: ${memory[`afterMixed${round}`]} MB`);
    }

    // For reference: one body over and over (the memo answers it), the bare insert, identity.
    await run("evaluate, one body", post(`${app.url}/api/v1/evaluate`, { answers: SAVE_BODY.answers }));
    await run("static identity", { url: `${app.url}${chunk}` });
    for (const synchronous of ["FULL", "NORMAL"]) {
      const bare = await startBareServer(bareFile, synchronous);
      try {
        await run(`bare insert ${synchronous.toLowerCase()}`, post(bare.url, SAVE_BODY), true, null);
      } finally {
        bare.stop();
      }
    }

    // An RVTools export of 20,000 VMs read on the server, through the API and in Chromium's worker.
    const inventory = await benchInventory(app.url);
    console.log(`inventory: ${JSON.stringify(inventory)}`);

    // A saved three-cluster plan's report.pdf and costs.xlsx, made and then kept, for several plans.
    const reports = await benchReports(app.url, chunk);
    console.log(`reports: ${JSON.stringify(reports)}`);

    // Every ratio is to the mean of the two static runs, one before the varied scenarios, one after.
    const base = meanFigure(figures.static!, figures["static, again"]!);
    console.log(`baseline: ${base.requestsPerSecond} req/s, p99 ${base.p99} ms (mean of the two static runs)`);
    const ratio = (f: Figure) => Math.round((f.requestsPerSecond / base.requestsPerSecond) * 100) / 100;
    const p99Ratio = (f: Figure) => Math.round((f.p99 / Math.max(1, base.p99)) * 100) / 100;
    const mixedErrors = (f: Figure) => f.errors + f.non2xx;
    const targets: Target[] = [
      {
        name: "evaluate, new answers",
        target: "≥ 0.6× static, zero errors",
        value: `${ratio(figures["evaluate, new answers"]!)}×, ${mixedErrors(figures["evaluate, new answers"]!)} errors`,
        met: ratio(figures["evaluate, new answers"]!) >= 0.6 && mixedErrors(figures["evaluate, new answers"]!) === 0,
      },
      {
        name: "save, new answers",
        target: "≥ 0.4× static, zero errors, every 201 durable",
        value: `${ratio(figures["save, new answers"]!)}×, ${mixedErrors(figures["save, new answers"]!)} errors, ${saveDurability.rowsAdded}/${saveDurability.created} rows`,
        met:
          ratio(figures["save, new answers"]!) >= 0.4 &&
          mixedErrors(figures["save, new answers"]!) === 0 &&
          saveDurability.rowsAdded >= saveDurability.created,
      },
      {
        name: "share, 200 links",
        target: "≥ 1.0× static, p99 ≤ static's",
        value: `${ratio(figures["share, 200 links"]!)}×, p99 ${p99Ratio(figures["share, 200 links"]!)}× static's`,
        met: ratio(figures["share, 200 links"]!) >= 1 && figures["share, 200 links"]!.p99 <= base.p99,
      },
      ...[1, 2].map((round) => {
        const f = figures[`mixed ${round}`]!;
        return {
          name: `mixed ${round}`,
          target: "zero errors, p99 ≤ 2× static's",
          value: `${mixedErrors(f)} errors, p99 ${p99Ratio(f)}× static's`,
          met: mixedErrors(f) === 0 && f.p99 <= 2 * base.p99,
        };
      }),
      {
        name: "share page transfer",
        target: "≤ 12 KB (brotli)",
        value: `${(sizes.shareTransferBytes / 1024).toFixed(1)} KB (${sizes.shareTransferEncoding}; ${(sizes.shareHtmlBytes / 1024).toFixed(0)} KB of HTML)`,
        met: sizes.shareTransferBytes <= 12 * 1024 && sizes.shareTransferEncoding === "br",
      },
      {
        name: "evaluate answer",
        target: "≤ 25 KB of JSON",
        value: `${(sizes.evaluateJsonBytes / 1024).toFixed(1)} KB`,
        met: sizes.evaluateJsonBytes <= 25 * 1024,
      },
      {
        name: "memory, idle after start",
        target: "≤ 200 MB resident",
        value: `${memory.idleAfterStart} MB`,
        met: memory.idleAfterStart! <= 200,
      },
      {
        name: "memory, after mixed",
        target: "≤ 400 MB, no growth over a second run",
        value: `${memory.afterMixed1} MB, then ${memory.afterMixed2} MB`,
        // "No growth": within 5 % of the first run's figure (the heap breathes between collections).
        met:
          memory.afterMixed1! <= 400 && memory.afterMixed2! <= 400 && memory.afterMixed2! <= memory.afterMixed1! * 1.05,
      },
      ...inventoryTargets(inventory),
      ...reportTargets(reports),
    ];
    const firstLoad = firstLoadSizes().map(({ route, gzip }) => ({ route, gzipKB: Math.round(gzip / 100) / 10 }));
    const results = {
      date: new Date().toISOString(),
      machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
      method: {
        connections: CONNECTIONS,
        durationSeconds: DURATION_SECONDS,
        mixedSeconds: MIXED_SECONDS,
        requestHeaders: BROWSER_HEADERS,
        serverEnv: SERVER_ENV,
        baseline: chunk,
        shareLinks: SHARE_LINKS,
      },
      figures,
      targets,
      sizes,
      memoryMb: memory,
      saveDurability,
      firstLoadJs: firstLoad,
      inventory,
      reports,
    };
    fs.mkdirSync(path.join(root, "bench"), { recursive: true });
    fs.writeFileSync(path.join(root, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
    updateDocs(results.figures, base, targets, firstLoad, results.date);
    console.log("\nTargets:");
    for (const t of targets) console.log(`  ${t.met ? "met   " : "MISSED"} ${t.name}: ${t.value} (target ${t.target})`);
    console.log("Wrote bench/results.json and the tables in docs/performance.md.");
  } finally {
    await app.stop();
    fs.rmSync(db.dir, { recursive: true, force: true });
  }
}

function updateDocs(
  figures: Record<string, Figure>,
  base: Figure,
  targets: Target[],
  sizes: { route: string; gzipKB: number }[],
  date: string,
) {
  const file = path.join(root, "docs", "performance.md");
  const rows = Object.entries({ ...figures, "baseline (mean of the two static runs)": base }).map(([name, f]) => {
    const ratio = (f.requestsPerSecond / base.requestsPerSecond).toFixed(2);
    const cpu = f.cpu ? `${f.cpu.mainUs} + ${f.cpu.otherThreadsUs} + ${f.cpu.loadGeneratorUs}` : "";
    return `| ${name} | ${f.requestsPerSecond} | ${ratio} | ${f.p50} | ${f.p99} | ${f.errors + f.non2xx} | ${cpu} |`;
  });
  const table = [
    `<!-- bench:start (written by \`npm run bench\`, ${date.slice(0, 10)}) -->`,
    "| target | measured | goal | met |",
    "| --- | --- | --- | --- |",
    ...targets.map((t) => `| ${t.name} | ${t.value} | ${t.target} | ${t.met ? "yes" : "**no**"} |`),
    "",
    "| scenario | req/s | × static | p50 ms | p99 ms | errors + non-2xx | CPU µs per request: server main + other threads + load generator |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
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
