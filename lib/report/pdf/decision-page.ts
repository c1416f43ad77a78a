// Page 1, for the approver: what is decided, what it costs next to staying put, why, and the risk.
import "server-only";
import type { ReportModel } from "../report-model";
import { ACCENT, INK, MUTED, RULE, type PageWriter, type TextStyle } from "./page-writer";

const BODY: TextStyle = { size: 9.5, gap: 0.5 };
const SMALL: TextStyle = { size: 8, color: MUTED };

export function drawDecisionPage(writer: PageWriter, model: ReportModel): void {
  writer.paragraph("Hypervisor Advisor · Decision report", { size: 8, weight: "bold", color: ACCENT }, { after: 2 });
  writer.paragraph(model.title, { size: 20, weight: "bold", maxLines: 3 }, { after: 3 });
  writer.paragraph(
    `Saved ${model.savedOn} · knowledge base ${model.kbLabel} · engine ${model.engineVersion} · ${model.years}-year horizon · /r/${model.id}`,
    SMALL,
    { after: model.notes ? 4 : 8 },
  );
  if (model.notes) writer.paragraph(model.notes, { size: 9, color: INK, maxLines: 8 }, { after: 8 });
  writer.rule();

  const { decision } = model;
  writer.paragraph("Decision", { size: 8, weight: "bold", color: MUTED }, { after: 1 });
  writer.paragraph(decision.headline, { size: 15, weight: "bold" }, { after: 3 });
  if (decision.product) writer.paragraph(decision.product, { size: 9, color: MUTED }, { after: 10 });
  drawFigures(writer, model);

  if (decision.reasons.length > 0) {
    writer.heading("Why this product", 2, 40);
    decision.reasons.forEach((reason, i) => {
      writer.paragraph(`${i + 1}. ${reason.headline} ${reason.cite}`, { size: 9.5, weight: "bold" }, { after: 1 });
      writer.paragraph(reason.because, { ...BODY, size: 8.5, color: INK, maxLines: 5 }, { indent: 11, after: 5 });
    });
  }
  if (decision.risk) {
    writer.heading(decision.risk.label, 2, 24);
    writer.paragraph(`${decision.risk.text} ${decision.risk.cite}`.trim(), BODY);
  }
  if (decision.change) {
    writer.heading("What would change the answer", 2, 24);
    writer.paragraph(decision.change, BODY);
  }
  if (decision.summary) {
    writer.heading("The plan in one paragraph", 2, 36);
    writer.paragraph(decision.summary, { ...BODY, size: 9 });
  }
}

/** Up to four boxes in a row: label, the figure, and what it compares with. */
function drawFigures(writer: PageWriter, model: ReportModel): void {
  const figures = model.decision.figures;
  if (figures.length === 0) return;
  const gap = 8;
  const width = (writer.width - gap * (figures.length - 1)) / figures.length;
  const detail: TextStyle = { size: 7.5, color: MUTED };
  const height = 44 + Math.max(...figures.map((f) => writer.heightOf(f.detail, width - 14, detail)));
  writer.ensure(height + 8);
  figures.forEach((figure, i) => {
    const x = writer.left + i * (width + gap);
    writer.doc.roundedRect(x, writer.y, width, height, 3).lineWidth(0.7).strokeColor(RULE).stroke();
    const label = writer.lines(figure.label, width - 14, { size: 7.5, weight: "bold", color: MUTED, maxLines: 1 })[0]!;
    writer.drawLine(label, x + 7, writer.y + 7, width - 14, { size: 7.5, weight: "bold", color: MUTED });
    const value = writer.lines(figure.value, width - 14, { size: 14, weight: "bold", maxLines: 1 })[0]!;
    writer.drawLine(value, x + 7, writer.y + 18, width - 14, { size: 14, weight: "bold" });
    writer
      .lines(figure.detail, width - 14, detail)
      .forEach((line, n) =>
        writer.drawLine(line, x + 7, writer.y + 39 + n * writer.lineHeight(detail), width - 14, detail),
      );
  });
  writer.y += height + 12;
}
