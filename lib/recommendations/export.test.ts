import { evaluateAnswers } from "@/lib/decision";
import { buildAnswers } from "@/lib/decision/test-fixtures";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import { csvCell, rankingCsv } from "./export";
import type { RecommendationSnapshot } from "./service";

test("CSV cells are quoted when needed and never start a formula", () => {
  expect(csvCell("plain")).toBe("plain");
  expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
  expect(csvCell("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
  expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
  expect(csvCell(-3)).toBe("-3");
  expect(csvCell(null)).toBe("");
});

/** Minimal RFC 4180 reader for one line (no embedded line breaks in these exports). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { out.push(cell); cell = ""; }
    else cell += ch;
  }
  out.push(cell);
  return out;
}

test("the ranking CSV has a row per hypervisor and criterion whose points add up to each score", () => {
  const kb = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "" } };
  const answers = buildAnswers({ licensing: "open-source-required" });
  const evaluation = evaluateAnswers({ answers, kb, samples: 100 });
  const snapshot = { id: "x".repeat(22), answers, weights: {}, evaluation } as unknown as RecommendationSnapshot;
  const lines = rankingCsv(snapshot).trim().split("\r\n");
  expect(lines[0]).toBe("rank,hypervisor,name,eligible,score,criterion,criterion_name,rating,weight,points,as_of,sources,knockouts");
  expect(lines).toHaveLength(1 + 4 * kb.criteria.length);
  const rows = lines.slice(1).map(cells);
  expect(rows.every((row) => row.length === 13)).toBe(true);
  const esxi = rows.filter((row) => row[1] === "esxi");
  expect(esxi[0]![3]).toBe("false"); // open source required rules ESXi out
  expect(esxi[0]![12]).toMatch(/^licensing: /);
  for (const entry of evaluation.ranking) {
    const points = rows.filter((row) => row[1] === entry.hypervisor).map((row) => Number(row[9]));
    expect(points.reduce((a, b) => a + b, 0)).toBeCloseTo(entry.score, 2);
  }
});
