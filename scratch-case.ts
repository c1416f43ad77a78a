import { evaluateAnswers } from "@/lib/decision";
import type { KnowledgeBase } from "@/lib/knowledge/schema";
import { seedKnowledge } from "@/lib/knowledge/seed-data";
import { buildAnswers } from "@/lib/decision/test-fixtures";
const kb: KnowledgeBase = { ...seedKnowledge, version: { number: 1, label: "kb", publishedAt: null, note: "x" } };
const a = JSON.parse(process.argv[2]!);
const e = evaluateAnswers({ kb, answers: buildAnswers(a), today: "2026-12-06", samples: 200 });
console.log(e.products.slice(0, 10).map((p) => `${p.id} ${p.score.toFixed(1)}${p.eligible ? "" : "✗ " + p.knockouts.map((k) => k.mustHave).join(",")} ${p.support.status}`).join("\n"));
const show = (process.argv[3] ?? "").split(",").filter(Boolean);
for (const id of show) {
  const fam = e.ranking.find((r) => r.product?.id === id);
  if (fam) console.log(id, fam.contributions.filter((c) => c.weight > 0.02).map((c) => `${c.criterion}:${c.rating}×${(c.weight*100).toFixed(0)}`).join(" "));
}
