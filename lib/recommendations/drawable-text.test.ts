import { drawableText } from "./drawable-text";

test("Latin, accented and Cyrillic names are drawn as written", () => {
  expect(drawableText("Rechenzentrum Zürich – Ölkrise", "x")).toBe("Rechenzentrum Zürich – Ölkrise");
  expect(drawableText("Миграция ЦОД", "x")).toBe("Миграция ЦОД");
});

test("letters outside the font lose their accent; other scripts and emoji become one ellipsis per run", () => {
  expect(drawableText("București ẞ", "x")).toBe("Bucuresti …");
  expect(drawableText("数据中心 2026 🚀🔥 plan", "x")).toBe("… 2026 … plan");
  expect(drawableText("Ⅻ ﬁnance", "x")).toBe("XII finance");
});

test("a name with nothing readable left gets the fallback", () => {
  expect(drawableText("🚀🔥", "Shared recommendation")).toBe("Shared recommendation");
  expect(drawableText("مركز البيانات", "Shared recommendation")).toBe("Shared recommendation");
});
