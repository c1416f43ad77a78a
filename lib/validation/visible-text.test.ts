import { withoutInvisibleControls } from "./visible-text";

test("bidirectional controls and zero-width characters are taken out; everything visible stays", () => {
  expect(withoutInvisibleControls("invoice\u202Egnp.exe")).toBe("invoicegnp.exe");
  expect(withoutInvisibleControls("\u2067evil\u2069 plan\u200B\u200D\uFEFF")).toBe("evil plan");
  expect(withoutInvisibleControls("a\u200Eb\u200Fc\u061Cd\u2060e")).toBe("abcde");
  for (const visible of ["Zürich DC", "数据中心迁移", "مركز البيانات", "Миграция", "plan 🚀", "a\tb\nc"])
    expect(withoutInvisibleControls(visible)).toBe(visible);
});
