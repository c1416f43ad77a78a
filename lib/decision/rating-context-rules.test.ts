import { seedKnowledge } from "@/lib/knowledge/seed-data";
import { scoreAnswers } from "./score";
import { buildAnswers } from "./test-fixtures";

// The rules raise the family's rating; Windows Server Datacenter takes its family's licence-cost rating
// (Standard and the System Center product rate their own), so it is the one Hyper-V product kept here.
const kb = {
  ...seedKnowledge,
  products: seedKnowledge.products.filter((p) => p.hypervisor !== "hyper-v" || p.id === "windows-server-datacenter"),
  version: { number: 1, label: "kb-1", publishedAt: null, note: "seed" },
};

function hyperVLicence(guestOs: "mostly-windows" | "mostly-linux" | "mixed") {
  const result = scoreAnswers({ answers: buildAnswers({ guestOs }), kb });
  return result.ranking
    .find((e) => e.hypervisor === "hyper-v")!
    .contributions.find((c) => c.criterion === "licence-cost")!;
}

test.each([
  ["mostly-windows", 9],
  ["mixed", 7],
] as const)("%s guests raise Hyper-V's licence-cost rating to %d, saying why", (guestOs, floor) => {
  const base = seedKnowledge.ratings.find((r) => r.hypervisor === "hyper-v" && r.criterion === "licence-cost")!.score;
  expect(base).toBeLessThan(floor);
  const adjusted = hyperVLicence(guestOs);
  expect(adjusted.rating).toBe(floor);
  expect(adjusted.rationale).toMatch(/every physical core of the hosts they run on, whichever hypervisor/);
  expect(adjusted.rationale).toMatch(/Datacenter/);
  expect(adjusted.rationale).toContain(`Knowledge-base rating ${base}/10`);
  expect(adjusted.sources.length).toBeGreaterThan(0);
});

test("mostly Linux guests keep the knowledge-base rating", () => {
  const base = seedKnowledge.ratings.find((r) => r.hypervisor === "hyper-v" && r.criterion === "licence-cost")!;
  expect(hyperVLicence("mostly-linux")).toMatchObject({ rating: base.score, rationale: base.rationale });
});
