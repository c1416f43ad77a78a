import { groupedNumber } from "./grouped-number";

test("whole numbers read as toLocaleString writes them in English, fractions too", () => {
  for (const n of [0, 7, 999, 1_000, 12_345, 1_000_000, -4_500, 10_000, 0.5, 1234.5678, 2 ** 60])
    expect(groupedNumber(n)).toBe(n.toLocaleString("en-US"));
});
