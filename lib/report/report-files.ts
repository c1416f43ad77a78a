// The report files of a saved recommendation (GET /r/{id}/report.pdf and /r/{id}/costs.xlsx): made
// once per version of the recommendation and kept, bounded by bytes, in the process's report cache
// (a rename makes a new version; a deletion is seen at once, since every request asks the database
// for the version first). Making one is CPU work on the main thread (a PDF about 0.4 s, a workbook a
// few ms), so one is made at a time and a burst queues behind it, up to MAX_WAITING; beyond that the
// answer is 429 with Retry-After. Each file's size is bounded by what the report shows (clusters and
// knockouts are capped, text is cut), so its time is too. The PDF library loads only when a report is
// first asked for.
import "server-only";
import { NotFoundError, TooManyRequestsError } from "@/lib/errors/app-error";
import { oneAtATime } from "@/lib/one-at-a-time";
import { processCache } from "@/lib/process-state";
import { getRecommendation, getRecommendationVersion } from "@/lib/recommendations/service";
import { costsWorkbook } from "./costs-workbook";
import type { Paper } from "./pdf/report-pdf";
import { buildReport } from "./report-model";

/** ~80 KB a report, ~30 KB a workbook: 32 MB keeps a few hundred. */
const MAX_BYTES = 32 * 1024 * 1024;
const MAX_WAITING = 8;

export type ReportFile = { kind: "pdf"; paper: Paper } | { kind: "xlsx" };

export interface MadeFile {
  bytes: Uint8Array;
  /** The recommendation's version (ms since epoch of its last change): the file's validator. */
  version: number;
}

const files = () =>
  processCache<string, Uint8Array>("report-files", { maxSize: MAX_BYTES, sizeCalculation: (bytes) => bytes.length });

const keyOf = (id: string, version: number, file: ReportFile) =>
  `${id}:${version}:${file.kind}${file.kind === "pdf" ? `:${file.paper}` : ""}`;

/** The version a request's validator is compared with, or a 404 when the recommendation is gone. */
export async function reportVersion(id: string): Promise<number> {
  const version = await getRecommendationVersion(id);
  if (version === null) throw new NotFoundError("No recommendation has this id; it may have been deleted.");
  return version;
}

/** The file of `id` at `version`, from memory or made now. */
export async function reportFile(id: string, version: number, file: ReportFile): Promise<MadeFile> {
  const kept = files().get(keyOf(id, version, file));
  if (kept) return { bytes: kept, version };
  const turn = await oneAtATime("report-file-queue", MAX_WAITING, async () => {
    const again = files().get(keyOf(id, version, file)); // made by the request this one waited behind
    if (again) return { bytes: again, version };
    const snapshot = await getRecommendation(id);
    const current = Date.parse(snapshot.updatedAt);
    const bytes = file.kind === "xlsx" ? costsWorkbook(snapshot) : await renderPdf(snapshot, file.paper);
    files().set(keyOf(id, current, file), bytes);
    return { bytes, version: current };
  });
  if ("busy" in turn) throw new TooManyRequestsError(2, "Reports are being made for other requests.");
  return turn.done;
}

async function renderPdf(snapshot: Awaited<ReturnType<typeof getRecommendation>>, paper: Paper) {
  const { renderReportPdf } = await import("./pdf/report-pdf");
  return renderReportPdf(buildReport(snapshot), paper);
}
