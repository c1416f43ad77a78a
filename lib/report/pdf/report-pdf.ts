// The approvers' report as a PDF (GET /r/{id}/report.pdf): drawn on the server by PDFKit from the
// report model, in the project's own Inter font, text selectable and searchable, A4 or US Letter.
// PDFKit because it is pure JavaScript, maintained, embeds and subsets TrueType/WOFF fonts and writes
// links and document metadata; it is loaded only when a report is asked for (report-files.ts).
import "server-only";
import PDFDocument from "pdfkit";
import type { ReportModel } from "../report-model";
import { drawCostPages } from "./cost-pages";
import { drawDecisionPage } from "./decision-page";
import { reportFonts } from "./fonts";
import { PageWriter } from "./page-writer";
import { drawPlanPages } from "./plan-pages";
import { drawReferencePages } from "./reference-pages";
import { drawWhyPages } from "./why-pages";

export const PAPER_SIZES = { a4: "A4", letter: "LETTER" } as const;
export type Paper = keyof typeof PAPER_SIZES;

export function renderReportPdf(model: ReportModel, paper: Paper): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: PAPER_SIZES[paper],
    margins: { top: 46, bottom: 50, left: 50, right: 50 },
    bufferPages: true,
    autoFirstPage: true,
    lang: "en",
    displayTitle: true,
    info: {
      Title: `${model.title}: decision report`,
      Author: "Hypervisor Advisor",
      Subject: model.decision.headline,
      Creator: "Hypervisor Advisor",
      // The snapshot's date, not the drawing's: the same snapshot makes the same document.
      CreationDate: new Date(`${model.savedOn}T00:00:00Z`),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  for (const [name, bytes] of reportFonts().files) doc.registerFont(name, bytes);

  const writer = new PageWriter(doc);
  drawDecisionPage(writer, model);
  drawCostPages(writer, model.costs);
  drawPlanPages(writer, model.plan);
  drawWhyPages(writer, model.why, model.decision.change);
  drawReferencePages(writer, model);
  writer.footers(`${model.title} · decision report · saved ${model.savedOn}`);
  doc.end();
  return done;
}
