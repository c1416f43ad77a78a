// Text a person typed (the recommendation's name and notes, cluster names) as the report prints it:
// nothing in it can change how the text around it reads, and it is bounded. Bidirectional controls
// and zero-width characters go (lib/validation/visible-text.ts), other control characters become
// spaces, runs of blank space shrink to one, and very long text is cut at a character, never inside
// one, with "…". Formula prefixes and markup need nothing: a PDF draws them as the characters they are.
import { withoutInvisibleControls } from "@/lib/validation/visible-text";

const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

/** The text as one paragraph (line breaks kept when `keepLines`), at most `max` characters. */
export function sanitizeText(text: string, max: number, keepLines = false): string {
  let clean = withoutInvisibleControls(text.normalize("NFC")).replace(CONTROLS, " ");
  clean = keepLines
    ? clean
        .split(/\r?\n|\r/)
        .map((line) => line.replace(/[ \t]+/g, " ").trim())
        .join("\n")
        .replace(/\n{3,}/g, "\n\n")
        .trim()
    : clean.replace(/\s+/g, " ").trim();
  const chars = [...clean];
  return chars.length <= max
    ? clean
    : `${chars
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`;
}
