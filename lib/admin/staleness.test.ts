import { seedKnowledge } from "@/lib/knowledge/seed-data";
import { findFactsToReview } from "./staleness";

test("lists ratings older than 18 months or without a source, oldest first", () => {
  const content = structuredClone(seedKnowledge);
  const [first, second] = content.ratings;
  first!.asOf = "2024-01-15";
  second!.sources = [];
  const items = findFactsToReview(content, new Date("2026-11-25T00:00:00Z"));
  const keys = items.filter((i) => i.entity === "ratings").map((i) => i.key);
  expect(keys).toContain(`${first!.hypervisor}/${first!.criterion}`);
  expect(
    items.find((i) => i.key === `${second!.hypervisor}/${second!.criterion}` && i.entity === "ratings")?.reasons,
  ).toContain("no-source");
  expect(items[0]!.asOf <= items.at(-1)!.asOf).toBe(true);
});

test("evidence from within 18 months is not listed", () => {
  const content = structuredClone(seedKnowledge);
  for (const list of [content.ratings, content.platformSupport, content.capabilities])
    for (const fact of list) fact.asOf = "2026-06-01";
  expect(findFactsToReview(content, new Date("2026-11-25T00:00:00Z"))).toEqual([]);
});
