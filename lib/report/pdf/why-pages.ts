// The "why" pages: ranking, deciding criteria, every rating with its sources, knockouts, sensitivity.
import "server-only";
import type { WhySection } from "../why-section";
import { ACCENT, MUTED, SHADE, type Column, type PageWriter } from "./page-writer";

export function drawWhyPages(writer: PageWriter, why: WhySection, change: string | null): void {
  writer.section("Why this answer");
  writer.heading("Ranking", 2, 60);
  writer.table(
    [
      { header: "Rank", width: 0.07 },
      { header: "Family", width: 0.2 },
      { header: "Best product for these answers", width: 0.33 },
      { header: "Score", width: 0.08, align: "right" },
      { header: "Status", width: 0.32 },
    ],
    why.ranking.map((r) => [String(r.rank), r.family, r.product, r.score, r.status]),
  );
  if (why.mustHaves.length > 0) {
    writer.heading("Your must-haves", 2, 50);
    const share = 0.6 / why.families.length;
    writer.table(
      [
        { header: "Must-have", width: 0.22 },
        ...why.families.map((family): Column => ({ header: family, width: share })),
        { header: "Sources", width: 0.18 },
      ],
      why.mustHaves.map((m) => [m.mustHave, ...m.met, m.cite]),
      { size: 7.5 },
    );
  }
  if (why.deciding && why.deciding.rows.length > 0) {
    writer.heading(`What decides between ${why.deciding.first} and ${why.deciding.rival}`, 2, 60);
    writer.table(
      [
        { header: "Criterion", width: 0.4 },
        { header: "Weight", width: 0.12, align: "right" },
        { header: why.deciding.first, width: 0.16, align: "right" },
        { header: why.deciding.rival, width: 0.16, align: "right" },
        { header: "Points apart", width: 0.16, align: "right" },
      ],
      why.deciding.rows.map((r) => [r.criterion, r.weight, r.first, r.rival, r.gap]),
    );
  }
  if (why.ratings.length > 0) {
    writer.heading("Every criterion: weight and each family's rating (0–10)", 2, 80);
    const share = 0.44 / why.families.length;
    const columns: Column[] = [
      { header: "Criterion", width: 0.28 },
      { header: "Weight", width: 0.09, align: "right" },
      ...why.families.map((family): Column => ({ header: family, width: share, align: "right" })),
      { header: "Sources", width: 0.19 },
    ];
    writer.table(
      columns,
      why.ratings.map((r) => [r.criterion, r.weight, ...r.ratings, r.cite]),
      { size: 7.5 },
    );
  }
  if (why.knockouts.length > 0) {
    writer.heading("Ruled out", 2, 50);
    writer.table(
      [
        { header: "Option", width: 0.26 },
        { header: "Why", width: 0.58 },
        { header: "Sources", width: 0.16 },
      ],
      why.knockouts.map((k) => [k.option, k.reason, k.cite]),
      { size: 7.5 },
    );
    if (why.moreKnockouts > 0) writer.paragraph(`And ${why.moreKnockouts} more.`, { size: 8, color: MUTED });
  }
  for (const sentence of why.counterfactuals) writer.paragraph(sentence, { size: 8.5 });
  writer.heading("How sensitive the answer is", 2, 80);
  if (change) writer.paragraph(change, { size: 8.5 });
  if (why.shares.length > 0) drawShares(writer, why);
  if (why.sensitivity.length > 0)
    writer.table(
      [
        { header: "Criterion", width: 0.36 },
        { header: "Weight now", width: 0.14, align: "right" },
        { header: "The first choice holds from", width: 0.22 },
        { header: "Beyond that, first is", width: 0.28 },
      ],
      why.sensitivity.map((s) => [s.criterion, s.weight, s.holds, s.otherwise]),
      { size: 7.5 },
    );
}

/** The share of plausible weightings each eligible option wins, as bars that add up to 100 %. */
function drawShares(writer: PageWriter, why: WhySection): void {
  const rowHeight = 13;
  writer.paragraph(
    `Share of ${why.samples?.toLocaleString("en-US") ?? "the"} weightings drawn at random around yours that each eligible option wins:`,
    { size: 8.5 },
    { after: 4 },
  );
  writer.ensure(why.shares.length * rowHeight + 6);
  const labelWidth = 140;
  const barWidth = writer.width - labelWidth - 40;
  why.shares.forEach((entry, i) => {
    const y = writer.y + i * rowHeight;
    const [label] = writer.lines(entry.family, labelWidth - 6, { size: 8, maxLines: 1 });
    writer.drawLine(label!, writer.left, y + 1, labelWidth - 6, { size: 8 });
    writer.doc.rect(writer.left + labelWidth, y + 2, barWidth, rowHeight - 5).fill(SHADE);
    writer.doc.rect(writer.left + labelWidth, y + 2, (barWidth * entry.share) / 100, rowHeight - 5).fill(ACCENT);
    const text = `${entry.share} %`;
    writer.drawLine(
      { text, width: writer.measure(text, { size: 8 }) },
      writer.left + labelWidth + barWidth + 6,
      y + 1,
      34,
      {
        size: 8,
        color: MUTED,
      },
    );
  });
  writer.y += why.shares.length * rowHeight + 8;
}
