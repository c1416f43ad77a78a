import { seedKnowledge } from "./seed-data";
import { checkKnowledge } from "./completeness";
import { compactDiff, countChanges, diffKnowledge } from "./diff";

test("identical contents have no changes", () => {
  expect(countChanges(diffKnowledge(seedKnowledge, structuredClone(seedKnowledge)))).toBe(0);
});

test("reports a changed rating field by field, and added and removed entries by key", () => {
  const next = structuredClone(seedKnowledge);
  const rating = next.ratings.find((r) => r.hypervisor === "kvm" && r.criterion === "licence-cost")!;
  const oldScore = rating.score;
  rating.score = 3;
  next.history = next.history.slice(1);
  next.criteria.push({
    key: "new-one",
    name: "New one",
    description: "A criterion added for the test only.",
    defaultWeight: 1,
    kind: "rated",
  });
  const diff = diffKnowledge(seedKnowledge, next);
  expect(diff.ratings.changed).toEqual([
    { key: "kvm/licence-cost", fields: [{ field: "score", before: oldScore, after: 3 }] },
  ]);
  expect(diff.history.removed.map((e) => e.key)).toEqual([seedKnowledge.history[0]!.key]);
  expect(diff.criteria.added.map((e) => e.key)).toEqual(["new-one"]);
  expect(countChanges(diff)).toBe(3);
  expect(Object.keys(compactDiff(diff)).sort()).toEqual(["criteria", "history", "ratings"]);
});

test("the seed is complete", () => {
  expect(checkKnowledge(seedKnowledge)).toEqual([]);
});

test("completeness lists every gap with its path", () => {
  const broken = structuredClone(seedKnowledge);
  broken.ratings = broken.ratings.filter((r) => !(r.hypervisor === "xen" && r.criterion === "gpu"));
  broken.ratings.push({ ...broken.ratings[0]!, criterion: "platform-fit" });
  broken.platformSupport = broken.platformSupport.filter((s) => !(s.platform === "aws" && s.hypervisor === "kvm"));
  broken.hypervisors = broken.hypervisors.filter((h) => h.id !== "esxi");
  const fields = checkKnowledge(broken, "content");
  expect(fields).toEqual(
    expect.arrayContaining([
      { field: "content.ratings", message: 'has no rating for xen on "gpu"' },
      {
        field: `content.ratings[${broken.ratings.length - 1}].criterion`,
        message: '"platform-fit" is derived and takes no ratings',
      },
      { field: "content.platformSupport", message: "has no entry for kvm on aws" },
      { field: "content.hypervisors", message: 'is missing "esxi"' },
    ]),
  );
});
