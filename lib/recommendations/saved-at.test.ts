import { formatSavedAt } from "./saved-at";

test("two saves of one day read apart: the date and the minute, in UTC whatever the server's zone", () => {
  expect(formatSavedAt("2026-12-02T09:05:00.000Z")).toBe("2 December 2026 at 09:05 UTC");
  expect(formatSavedAt("2026-12-02T17:40:59.000Z", "medium")).toBe("2 Dec 2026, 17:40 UTC");
});
