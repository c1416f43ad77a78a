// `npm run bench:reports` (and a part of `npm run bench`): how long a saved three-cluster plan's
// report.pdf and costs.xlsx take on the production server, the first time (made) and after (kept),
// for several different plans (their clusters, horizon and names differ), with a browser's headers.
// The same run's static file is timed the same way for comparison. A script, not a test: it prints.
import { EDGE_QUOTES, THREE_CLUSTERS } from "@/lib/decision/cluster-fixtures";
import { buildAnswers } from "@/lib/decision/test-fixtures";
import { benchAlone } from "./lib/bench-server";

const PLANS = 7;
const CACHED_RUNS = 15;
const BROWSER = {
  accept: "application/pdf,text/html;q=0.9,*/*;q=0.8",
  "accept-encoding": "gzip, deflate, br",
  "user-agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
};

export type ReportFigures = {
  plans: number;
  pdfFirstMs: number[];
  pdfCachedMs: number[];
  xlsxFirstMs: number[];
  xlsxCachedMs: number[];
  staticMs: number[];
  pdfBytes: number;
  xlsxBytes: number;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The i-th plan: the three unlike clusters, grown and renamed so that no two plans are alike. */
function planBody(i: number) {
  const clusters = THREE_CLUSTERS.estate!.clusters!.map((cluster) => ({
    ...cluster,
    name: `${cluster.name}-${i + 1}`,
    vms: cluster.vms + i * 7,
    hostGroups: cluster.hostGroups.map((group) => ({ ...group, count: group.count + (i % 3) })),
  }));
  return {
    answers: buildAnswers({ ...THREE_CLUSTERS, years: 3 + (i % 3), estate: { clusters } }),
    quotes: EDGE_QUOTES,
    assumptions: { renewalDate: "2027-06-30" },
    name: `Renewal plan ${i + 1}`,
  };
}

async function timed(url: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: BROWSER });
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return { ms: Math.round((performance.now() - started) * 10) / 10, bytes: body.byteLength };
}

export async function benchReports(appUrl: string, staticPath: string): Promise<ReportFigures> {
  const figures: ReportFigures = {
    plans: PLANS,
    pdfFirstMs: [],
    pdfCachedMs: [],
    xlsxFirstMs: [],
    xlsxCachedMs: [],
    staticMs: [],
    pdfBytes: 0,
    xlsxBytes: 0,
  };
  const ids: string[] = [];
  for (let i = 0; i < PLANS; i++) {
    const response = await fetch(`${appUrl}/api/v1/recommendations`, {
      method: "POST",
      headers: { ...BROWSER, "content-type": "application/json", origin: appUrl },
      body: JSON.stringify(planBody(i)),
    });
    if (response.status !== 201) throw new Error(`saving plan ${i + 1} answered ${response.status}`);
    ids.push(((await response.json()) as { id: string }).id);
  }
  for (const id of ids) {
    const pdf = await timed(`${appUrl}/r/${id}/report.pdf`);
    figures.pdfFirstMs.push(pdf.ms);
    figures.pdfBytes = Math.max(figures.pdfBytes, pdf.bytes);
    const xlsx = await timed(`${appUrl}/r/${id}/costs.xlsx`);
    figures.xlsxFirstMs.push(xlsx.ms);
    figures.xlsxBytes = Math.max(figures.xlsxBytes, xlsx.bytes);
  }
  for (let run = 0; run < CACHED_RUNS; run++) {
    const id = ids[run % ids.length]!;
    figures.pdfCachedMs.push((await timed(`${appUrl}/r/${id}/report.pdf`)).ms);
    figures.xlsxCachedMs.push((await timed(`${appUrl}/r/${id}/costs.xlsx`)).ms);
    figures.staticMs.push((await timed(`${appUrl}${staticPath}`)).ms);
  }
  return figures;
}

export function reportTargets(f: ReportFigures) {
  const target = (name: string, first: number[], cached: number[], bytes: number) => ({
    name,
    target: "first ≤ 1.5 s, kept ≤ 20 ms at the median",
    value: `first ${median(first)} ms (max ${Math.max(...first)}), kept ${median(cached)} ms; static file ${median(f.staticMs)} ms; ${Math.round(bytes / 1024)} KB`,
    met: median(first) <= 1500 && median(cached) <= 20,
  });
  return [
    target("report.pdf, 3 clusters", f.pdfFirstMs, f.pdfCachedMs, f.pdfBytes),
    target("costs.xlsx, 3 clusters", f.xlsxFirstMs, f.xlsxCachedMs, f.xlsxBytes),
  ];
}

/** A JavaScript chunk the server serves from /_next/static: the same run's static file. */
export async function staticChunk(appUrl: string): Promise<string> {
  const html = await (await fetch(`${appUrl}/`, { headers: BROWSER })).text();
  const chunk = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
  if (!chunk) throw new Error("No static chunk found on the home page");
  return chunk;
}

if (require.main === module) {
  benchAlone("reports-bench", async (url) => benchReports(url, await staticChunk(url)), reportTargets).catch(
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
