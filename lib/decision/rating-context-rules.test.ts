import { seedKnowledge } from "@/lib/knowledge/seed-data";
import { scoreAnswers } from "./score";
import { buildAnswers } from "./test-fixtures";

const kb = { ...seedKnowledge, version: { number: 1, label: "kb-1", publishedAt: null, note: "seed" } };

function hyperVLicence(guestOs: "mostly-windows" | "mostly-linux") {
  const result = scoreAnswers({ answers: buildAnswers({ guestOs }), kb });
  return result.ranking
    .find((e) => e.hypervisor === "hyper-v")!
    .contributions.find((c) => c.criterion === "licence-cost")!;
}

test("mostly Windows guests raise Hyper-V's licence-cost rating to 8, saying why", () => {
  const base = seedKnowledge.ratings.find((r) => r.hypervisor === "hyper-v" && r.criterion === "licence-cost")!.score;
  expect(base).toBeLessThan(8);
  const adjusted = hyperVLicence("mostly-windows");
  expect(adjusted.rating).toBe(8);
  expect(adjusted.rationale).toMatch(/Datacenter/);
  expect(adjusted.rationale).toContain(`Knowledge-base rating ${base}/10`);
  expect(adjusted.sources.length).toBeGreaterThan(0);
});

test("other guest mixes keep the knowledge-base rating", () => {
  const base = seedKnowledge.ratings.find((r) => r.hypervisor === "hyper-v" && r.criterion === "licence-cost")!;
  expect(hyperVLicence("mostly-linux")).toMatchObject({ rating: base.score, rationale: base.rationale });
});
