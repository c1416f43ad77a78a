// `npm run size`: the gzipped first-load JavaScript of every app route in the last `next build`,
// checked against budgets. Next 16 no longer prints sizes, so this computes them.
//
// Method: a route's HTML loads (1) `rootMainFiles` from .next/build-manifest.json (framework,
// runtime) and (2) every chunk in `entryJSFiles` of the route's
// .next/server/app/<route>/page_client-reference-manifest.js (its layouts, error and not-found
// boundaries and the page itself). That union is exactly the set of `<script src async>` tags
// `next start` renders (checked against the HTML of /, /knowledge and /questionnaire on Next
// 16.4); the `noModule` polyfills are left out, as modern browsers skip them. Each distinct file
// is gzipped at zlib's default level, as `next start` compresses responses, and the sizes summed.
// Reading manifests needs no server or database, so it runs right after the build.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

/** Budgets in kB (1 kB = 1000 bytes, as Next printed them). */
const BUDGETS: Record<string, number> = {
  "/questionnaire": 200,
  "/results": 220,
};

const root = path.resolve(__dirname, "..");
const dist = path.join(root, ".next");

type ClientReferenceManifest = { entryJSFiles?: Record<string, string[]> };

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(dist, file), "utf8")) as T;
}

/** The manifest is a script that assigns to globalThis.__RSC_MANIFEST; run it in a sandbox. */
function readClientManifest(pageKey: string): ClientReferenceManifest | undefined {
  const file = path.join(dist, "server", "app", `${pageKey}_client-reference-manifest.js`);
  if (!fs.existsSync(file)) return undefined;
  const sandbox: { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  vm.runInNewContext(fs.readFileSync(file, "utf8"), Object.assign(sandbox, { globalThis: sandbox, self: sandbox }));
  return sandbox.__RSC_MANIFEST?.[pageKey];
}

const gzipCache = new Map<string, { raw: number; gzip: number }>();
function measure(chunk: string): { raw: number; gzip: number } {
  const cached = gzipCache.get(chunk);
  if (cached) return cached;
  const bytes = fs.readFileSync(path.join(dist, chunk));
  const size = { raw: bytes.length, gzip: zlib.gzipSync(bytes).length };
  gzipCache.set(chunk, size);
  return size;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export type RouteSize = { route: string; chunks: number; raw: number; gzip: number };

/** Every page route's first-load JavaScript in the last build (also used by `npm run bench`). */
export function firstLoadSizes(): RouteSize[] {
  const { rootMainFiles } = readJson<{ rootMainFiles: string[] }>("build-manifest.json");
  const routes = readJson<Record<string, string>>("app-path-routes-manifest.json");

  const rows: RouteSize[] = [];
  for (const [pageKey, route] of Object.entries(routes)) {
    // Route handlers ship no JavaScript; the internal error pages are not routes a person opens.
    if (!pageKey.endsWith("/page") || route.startsWith("/_")) continue;
    const manifest = readClientManifest(pageKey);
    if (!manifest?.entryJSFiles)
      throw new Error(`No client reference manifest for ${route} (${pageKey}): has the .next layout changed?`);
    const chunks = new Set([...rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()]);
    const sizes = [...chunks].map(measure);
    rows.push({
      route,
      chunks: chunks.size,
      raw: sizes.reduce((sum, s) => sum + s.raw, 0),
      gzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
    });
  }
  rows.sort((a, b) => a.route.localeCompare(b.route));
  return rows;
}

function main(): number {
  if (!fs.existsSync(path.join(dist, "BUILD_ID"))) {
    console.error("No production build in .next: run `next build` first.");
    return 2;
  }
  const rows = firstLoadSizes();

  let failed = 0;
  const width = Math.max(5, ...rows.map((row) => row.route.length));
  console.log(
    `First-load JavaScript per route (build ${fs.readFileSync(path.join(dist, "BUILD_ID"), "utf8").trim()})\n`,
  );
  console.log(`${"Route".padEnd(width)}  Chunks  ${"Raw".padStart(9)}  ${"Gzip".padStart(9)}  Budget`);
  for (const row of rows) {
    const budget = BUDGETS[row.route];
    const verdict =
      budget === undefined
        ? ""
        : row.gzip <= budget * 1000
          ? `${budget} kB  ok`
          : `${budget} kB  OVER by ${kB(row.gzip - budget * 1000)}`;
    if (budget !== undefined && row.gzip > budget * 1000) failed++;
    console.log(
      `${row.route.padEnd(width)}  ${String(row.chunks).padStart(6)}  ${kB(row.raw).padStart(9)}  ${kB(row.gzip).padStart(9)}  ${verdict}`,
    );
  }
  // A budgeted route missing from the build is reported, not failed: it may simply not exist yet.
  for (const route of Object.keys(BUDGETS).filter((r) => !rows.some((row) => row.route === r))) {
    console.log(`${route.padEnd(width)}  not in this build (budget ${BUDGETS[route]} kB not checked)`);
  }

  if (failed > 0) {
    console.error(`\n${failed} route${failed === 1 ? "" : "s"} over budget.`);
    return 1;
  }
  console.log("\nAll budgets met.");
  return 0;
}

if (require.main === module) process.exitCode = main();
