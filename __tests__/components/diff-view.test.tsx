/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { render, screen } from "@testing-library/react";
import { DiffView } from "@/components/admin/diff-view";
import { diffKnowledge } from "@/lib/knowledge/diff";
import { describeEntryKey } from "@/lib/knowledge/entries";
import { seedKnowledge } from "@/lib/knowledge/seed-data";

test("a changed rationale shows the words removed and added, named by field label and entry names", () => {
  const after: typeof seedKnowledge = JSON.parse(JSON.stringify(seedKnowledge));
  const rating = after.ratings.find((r) => r.hypervisor === "kvm" && r.criterion === "backup")!;
  const original = rating.rationale;
  rating.rationale = original.replace("Veeam", "Veeam and Commvault");
  rating.score = rating.score - 1;
  render(<DiffView diff={diffKnowledge(seedKnowledge, after)} describeKey={(key) => describeEntryKey(key, after)} />);
  expect(screen.getByText("KVM · Backup and DR ecosystem")).toBeInTheDocument();
  expect(screen.getByText(/^Rationale:/)).toBeInTheDocument();
  // Only the inserted words are marked; the rest of the 200-character rationale reads as is.
  const added = document.querySelectorAll("ins");
  expect([...added].map((element) => element.textContent?.replace(/\[added: |\]/g, "").trim())).toEqual([
    "and Commvault",
  ]);
  expect(document.querySelectorAll("del")).toHaveLength(0);
  // A number keeps its before and after boxes.
  expect(screen.getByText(/^Score \(0–10\):/)).toBeInTheDocument();
});
