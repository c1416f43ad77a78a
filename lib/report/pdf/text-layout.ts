// Line breaking for the report's text: words fill a line up to the width, a word wider than the
// line (a long URL, a name with no spaces) breaks between characters, and explicit line breaks
// start a new line. Measuring is the caller's (the PDF's font metrics), so this stays pure.

export interface TextLine {
  text: string;
  width: number;
}

/** Width of `text` in points at the style being laid out. */
export type Measure = (text: string) => number;

function breakWord(word: string, width: number, measure: Measure): string[] {
  const parts: string[] = [];
  let current = "";
  for (const char of word) {
    if (current !== "" && measure(current + char) > width) {
      parts.push(current);
      current = char;
    } else current += char;
  }
  if (current !== "") parts.push(current);
  return parts;
}

/**
 * The lines `text` fills at `width`, at most `maxLines` (the last one then ends with "…"). A line's
 * width is the sum of its words' and spaces' widths: kerning across a space is nil, and measuring
 * each word once keeps long tables fast.
 */
export function wrapText(text: string, width: number, measure: Measure, maxLines = Infinity): TextLine[] {
  const space = measure(" ");
  const lines: TextLine[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    let lineWidth = 0;
    const flush = () => {
      lines.push({ text: line, width: lineWidth });
      line = "";
      lineWidth = 0;
    };
    for (const word of paragraph.split(/\s+/)) {
      if (word === "") continue;
      const wordWidth = measure(word);
      if (line !== "" && lineWidth + space + wordWidth <= width) {
        line += ` ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line !== "") flush();
      if (wordWidth <= width) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      const parts = breakWord(word, width, measure);
      for (const part of parts.slice(0, -1)) lines.push({ text: part, width: measure(part) });
      line = parts[parts.length - 1] ?? "";
      lineWidth = measure(line);
    }
    flush();
  }
  if (lines.length <= maxLines) return lines;
  const out = lines.slice(0, maxLines);
  let last = out[maxLines - 1]!.text;
  while (last !== "" && measure(`${last}…`) > width) last = [...last].slice(0, -1).join("");
  const ended = `${last.trimEnd()}…`;
  out[maxLines - 1] = { text: ended, width: measure(ended) };
  return out;
}
