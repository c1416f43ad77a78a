import { seedKnowledge } from "@/lib/knowledge/seed-data";
import { shortenRationale } from "./reasons";

describe("a reason quotes its rationale's first sentence whole", () => {
  it("stops at the first full stop outside brackets", () => {
    expect(shortenRationale("Open formats (qcow2, raw. vmdk) and open APIs. More follows.")).toBe(
      "Open formats (qcow2, raw. vmdk) and open APIs.",
    );
  });

  it("reads past an abbreviation", () => {
    expect(shortenRationale("Brokers, e.g. Citrix, support it. More.")).toBe("Brokers, e.g. Citrix, support it.");
  });

  it("keeps a rationale without a full stop as it is", () => {
    expect(shortenRationale("  No sentence end here ")).toBe("No sentence end here");
  });

  it.each(seedKnowledge.ratings.map((r) => [`${r.hypervisor}/${r.criterion}`, r.rationale]))(
    "the seed's %s is never cut mid-phrase",
    (_key, rationale) => {
      const reason = shortenRationale(rationale);
      expect(rationale.startsWith(reason)).toBe(true);
      expect(reason).not.toMatch(/…$/);
      expect(reason === rationale.trim() || /[.!?]$/.test(reason)).toBe(true);
      // Brackets close in the sentence they open in.
      expect((reason.match(/\(/g) ?? []).length).toBe((reason.match(/\)/g) ?? []).length);
    },
  );
});
