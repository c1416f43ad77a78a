// Text for the link-preview image, limited to characters next/og's bundled font (Geist Regular) can
// draw. For any other character next/og fetches a font or emoji image from third-party hosts,
// sending them the recommendation's name, and fails without a network; so such characters never
// reach it. Accented letters outside the set lose their accent ("ș" → "s"); what is left over
// (other scripts, emoji) becomes one "…" per run; a text with nothing readable left gets the fallback.

/** Basic Latin, Latin-1 and Latin Extended-A, Cyrillic, and common punctuation: all in the font. */
const DRAWABLE =
  /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u017e\u0400-\u045f\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]$/u;
const COMBINING_MARKS = /\p{M}/gu;

function drawable(char: string): string | null {
  if (DRAWABLE.test(char)) return char;
  const stripped = char.normalize("NFKD").replace(COMBINING_MARKS, "");
  return stripped !== "" && [...stripped].every((c) => DRAWABLE.test(c)) ? stripped : null;
}

export function drawableText(text: string, fallback: string): string {
  let out = "";
  let inGap = false;
  for (const char of text.normalize("NFC")) {
    const replacement = drawable(char);
    if (replacement !== null) out += replacement;
    else if (!inGap) out += "…";
    inGap = replacement === null;
  }
  out = out.replace(/\s+/g, " ").trim();
  return /[\p{L}\p{N}]/u.test(out) ? out : fallback;
}
