import { rateConfidence } from "./confidence";

describe("confidence rule", () => {
  it.each([
    [0.5, 0.9, "tie"],
    [0.99, 0.99, "tie"],
    [1, 0.9, "narrow"],
    [4.9, 0.9, "narrow"],
    [12, 0.59, "narrow"],
    [5, 0.6, "clear"],
    [20, 0.95, "clear"],
  ] as const)("margin %d with robustness share %d is %s", (margin, share, label) => {
    const c = rateConfidence(margin, share, "KVM", "Xen");
    expect(c.label).toBe(label);
    expect(c.margin).toBe(margin);
    expect(c.explanation).toMatch(/KVM/);
  });

  it("is clear when only one option is eligible", () => {
    expect(rateConfidence(null, 1, "KVM", null)).toMatchObject({ label: "clear", margin: null });
  });
});
