// `npm run bench:pages`: can a burst of public page views slow the API? Eight connections fetch
// link-preview images of 60 saved recommendations (each drawn on its first fetch, as an unfurler meets
// new links) and the knowledge page, for 30 s, while one more connection asks GET /api/health; the
// health figures are printed next to those of health alone on the same server. The target (issue 34):
// health p99 under 50 ms under that load. A script, not a test: it prints figures and asserts nothing.
import autocannon from "autocannon";
import { makeDatabase, requireBuild, SAVE_BODY, startApp } from "./lib/bench-server";
import { freePort } from "./lib/free-port";

const SECONDS = Number(process.env.BENCH_DURATION ?? 30);
const LINKS = 60;
const BROWSER_HEADERS = {
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
  "accept-encoding": "gzip, deflate, br",
  "accept-language": "en-GB,en;q=0.9",
  "user-agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36",
};

type Figure = { requestsPerSecond: number; p50: number; p99: number; max: number; non2xx: number; errors: number };

function figure(result: autocannon.Result): Figure {
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function main() {
  requireBuild();
  const db = await makeDatabase("bench-pages");
  const app = await startApp(db.url, await freePort(), { SAVE_RATE_LIMIT_MAX: "100000" });
  try {
    const images: string[] = [];
    for (let i = 0; i < LINKS; i++) {
      const saved = await fetch(`${app.url}/api/v1/recommendations`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...SAVE_BODY, name: `Preview benchmark ${i + 1}` }),
      });
      const { id } = (await saved.json()) as { id: string };
      const html = await (await fetch(`${app.url}/r/${id}`)).text();
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1]?.replaceAll("&amp;", "&");
      if (!image) throw new Error("The share page names no og:image.");
      const url = new URL(image);
      images.push(`${url.pathname}${url.search}`);
    }
    // BENCH_WARM=1: every image drawn before the run, to see the steady state apart from first draws.
    if (process.env.BENCH_WARM === "1") for (const image of images) await fetch(`${app.url}${image}`);
    const health = (duration: number) =>
      autocannon({ url: `${app.url}/api/health`, connections: 1, duration, headers: BROWSER_HEADERS });

    const alone = figure(await health(10));
    let next = 0;
    const [underLoad, pages] = await Promise.all([
      health(SECONDS),
      autocannon({
        url: app.url,
        connections: 8,
        duration: SECONDS,
        headers: BROWSER_HEADERS,
        requests: [
          {
            setupRequest: (request) => {
              const i = next++;
              const only = process.env.BENCH_ONLY; // "images" or "knowledge", to see what each costs
              const image = only === "images" || (only !== "knowledge" && i % 2 === 0);
              return { ...request, path: image ? images[Math.floor(i / 2) % LINKS]! : "/knowledge" };
            },
          },
        ],
      }),
    ]);
    const loaded = figure(underLoad);
    const views = figure(pages);
    console.log(
      `\nGET /api/health alone (1 connection, 10 s):  p50 ${alone.p50} ms, p99 ${alone.p99} ms, max ${alone.max} ms`,
    );
    console.log(
      `GET /api/health under load (${SECONDS} s):       p50 ${loaded.p50} ms, p99 ${loaded.p99} ms, max ${loaded.max} ms, ${loaded.non2xx} non-2xx`,
    );
    console.log(
      `the load: 8 connections on ${LINKS} link-preview images and /knowledge: ${views.requestsPerSecond} req/s, p99 ${views.p99} ms, ${views.non2xx} non-2xx, ${views.errors} errors`,
    );
    console.log(`\ntarget: health p99 under 50 ms under the load: ${loaded.p99 < 50 ? "met" : "missed"}`);
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
