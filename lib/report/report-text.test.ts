import { wrapText } from "./pdf/text-layout";
import { citation, SourceRegistry } from "./report-sources";
import { sanitizeText } from "./report-text";

test("typed text loses what changes how it reads, keeps what it says, and is cut at a character", () => {
  expect(sanitizeText("\u202Etxt.exe\u200B =SUM(A1) <b>", 80)).toBe("txt.exe =SUM(A1) <b>");
  expect(sanitizeText("a\u0000b\tc\n\nd", 80)).toBe("a b c d");
  expect(sanitizeText("line one\n\n\n\nline two", 80, true)).toBe("line one\n\nline two");
  const cut = sanitizeText("😀".repeat(300), 10);
  expect([...cut]).toHaveLength(10);
  expect(cut.endsWith("😀…")).toBe(true);
});

test("sources are numbered in the order first cited, one number per URL, with the latest date", () => {
  const sources = new SourceRegistry();
  const a = { title: "A", url: "https://a.example/" };
  const b = { title: "B", url: "https://b.example/" };
  expect(sources.cite(b, "2026-01-01")).toBe(1);
  expect(sources.citeAll([a, b, a], "2026-05-01")).toEqual([1, 2]);
  expect(sources.list().map((s) => [s.number, s.title, s.asOf])).toEqual([
    [1, "B", "2026-05-01"],
    [2, "A", "2026-05-01"],
  ]);
  expect(citation([1, 2, 3, 5, 7, 8])).toBe("[1–3, 5, 7, 8]");
  expect(citation([])).toBe("");
});

test("lines fill to the width, long words break between characters, and a cap ends in an ellipsis", () => {
  const measure = (text: string) => text.length; // one unit a character
  expect(wrapText("the quick brown fox", 10, measure).map((l) => l.text)).toEqual(["the quick", "brown fox"]);
  expect(wrapText("https://example.org/a/long/path", 10, measure).map((l) => l.text)).toEqual([
    "https://ex",
    "ample.org/",
    "a/long/pat",
    "h",
  ]);
  const capped = wrapText("one two three four five six", 9, measure, 2);
  expect(capped.map((l) => l.text)).toEqual(["one two", "three…"]);
  expect(capped.every((l) => l.width <= 9)).toBe(true);
});
