// The answer for a report file of a saved recommendation: the validator (ETag and Last-Modified from
// the recommendation's version) answered 304 when the client has it, else the file, made once per
// version (lib/report/report-files.ts). `no-cache` lets browsers and proxies keep the file but ask
// each time, so a rename or a deletion is never served stale.
import { ValidationError } from "@/lib/errors/app-error";
import { XLSX_TYPE } from "@/lib/inventory/limits";
import { exportFileName } from "@/lib/recommendations/export";
import { reportFile, reportVersion, type ReportFile } from "@/lib/report/report-files";
import type { Paper } from "@/lib/report/pdf/report-pdf";

const PAPERS: readonly Paper[] = ["a4", "letter"];

/** `?paper=a4` (the default) or `?paper=letter`. */
export function paperOf(request: Request): Paper {
  const value = new URL(request.url).searchParams.get("paper");
  if (value === null || value === "") return "a4";
  const paper = PAPERS.find((p) => p === value.toLowerCase());
  if (!paper) throw new ValidationError([{ field: "paper", message: 'must be "a4" or "letter"' }]);
  return paper;
}

const TYPES = { pdf: "application/pdf", xlsx: XLSX_TYPE } as const;

export async function reportResponse(request: Request, id: string, file: ReportFile): Promise<Response> {
  const version = await reportVersion(id);
  const tag = (v: number) => `"${v.toString(36)}-${file.kind}${file.kind === "pdf" ? `-${file.paper}` : ""}"`;
  const validators = (v: number) => ({
    ETag: tag(v),
    "Last-Modified": new Date(v).toUTCString(),
    "Cache-Control": "public, no-cache",
  });
  if (request.headers.get("if-none-match") === tag(version))
    return new Response(null, { status: 304, headers: validators(version) });
  const made = await reportFile(id, version, file);
  const name =
    file.kind === "pdf"
      ? exportFileName({ id }, "pdf", file.paper === "a4" ? "report" : "report-letter")
      : exportFileName({ id }, "xlsx", "costs");
  return new Response(made.bytes as BodyInit, {
    headers: {
      ...validators(made.version),
      "Content-Type": TYPES[file.kind],
      "Content-Length": String(made.bytes.length),
      // A PDF opens in the browser's viewer; a workbook is saved.
      "Content-Disposition": `${file.kind === "pdf" ? "inline" : "attachment"}; filename="${name}"`,
    },
  });
}
