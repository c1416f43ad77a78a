import { andList } from "./and-list";

test("names are joined with commas and a last “and”", () => {
  expect(andList([])).toBe("");
  expect(andList(["KVM"])).toBe("KVM");
  expect(andList(["KVM", "Xen"])).toBe("KVM and Xen");
  expect(andList(["ESXi", "KVM", "Xen"])).toBe("ESXi, KVM and Xen");
});
