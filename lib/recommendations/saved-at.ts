// When a recommendation was saved, in words: the date and the minute in UTC, so two saves of one day
// read apart in "My recommendations" and a share page names the same moment for every reader.
export function formatSavedAt(iso: string, dateStyle: "long" | "medium" = "long"): string {
  return `${new Date(iso).toLocaleString("en-GB", { dateStyle, timeStyle: "short", timeZone: "UTC" })} UTC`;
}
