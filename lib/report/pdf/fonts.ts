// The report's typeface: Inter, from the @fontsource/inter package the project installs (no network,
// no system fonts). Fontsource splits Inter by script into subsets; the report registers every subset
// of its two weights with the PDF and draws each character with the subset that holds it, so a name
// in Polish, Czech, Greek or Cyrillic prints as typed. Characters no subset holds become a plain
// equivalent ("→" as "->"), or one "…" per run of them (CJK, emoji): the report never asks anything
// for a font.
// The files are read once per process (lib/process-state.ts) and only the glyphs used are embedded.
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { processValue } from "@/lib/process-state";
import { woffToSfnt } from "./woff-to-sfnt";

export type Weight = "regular" | "bold";

/** Scripts in the order a character is looked up: the common ones first. */
const SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext", "greek", "vietnamese"] as const;
const FILE_WEIGHT: Record<Weight, number> = { regular: 400, bold: 600 };

/** Plain stand-ins for characters the engine's and sources' words use that Inter's subsets lack. */
const STAND_INS: Record<string, string> = { "→": "->", "←": "<-", "≤": "<=", "≥": ">=", "✓": "yes", "≈": "~" };
/** One ellipsis stands for each run of characters no subset draws (Inter has no glyph for U+FFFD). */
const REPLACEMENT = "…";

export interface ReportFonts {
  /** Font file bytes by registered name ("regular-latin", …). */
  files: Map<string, Buffer>;
  /** Each font's advance widths by character, in font units per em: measuring without shaping. */
  advance: (font: string, char: string) => number;
  /** Code point ranges of each subset, from the package's own unicode.json. */
  ranges: { subset: (typeof SUBSETS)[number]; from: number; to: number }[];
}

const FONT_DIR = () => path.join(process.cwd(), "node_modules", "@fontsource", "inter");

function parseRanges(unicode: Record<string, string>): ReportFonts["ranges"] {
  return SUBSETS.flatMap((subset) =>
    unicode[subset]!.split(",").map((range) => {
      const [from, to] = range.replace(/U\+/g, "").split("-");
      return { subset, from: parseInt(from!, 16), to: parseInt(to ?? from!, 16) };
    }),
  );
}

export function reportFonts(): ReportFonts {
  return processValue("report-fonts", () => {
    const dir = FONT_DIR();
    const files = new Map<string, Buffer>();
    for (const weight of ["regular", "bold"] as const)
      for (const subset of SUBSETS)
        files.set(
          `${weight}-${subset}`,
          woffToSfnt(readFileSync(path.join(dir, "files", `inter-${subset}-${FILE_WEIGHT[weight]}-normal.woff`))),
        );
    const unicode = JSON.parse(readFileSync(path.join(dir, "unicode.json"), "utf8")) as Record<string, string>;
    return { files, ranges: parseRanges(unicode), advance: advances(files) };
  });
}

/** Advance widths as a share of the em, read from each font once and kept by character. */
function advances(files: Map<string, Buffer>): ReportFonts["advance"] {
  const faces = new Map([...files].map(([name, bytes]) => [name, fontkit.create(bytes) as fontkit.Font]));
  const known = new Map<string, number>();
  return (font, char) => {
    const key = font + char;
    let width = known.get(key);
    if (width === undefined) {
      const face = faces.get(font)!;
      width = face.glyphForCodePoint(char.codePointAt(0)!).advanceWidth / face.unitsPerEm;
      known.set(key, width);
    }
    return width;
  };
}

/** The subset that draws `char`, or null when none does. */
function subsetOf(fonts: ReportFonts, codePoint: number): string | null {
  for (const range of fonts.ranges) if (codePoint >= range.from && codePoint <= range.to) return range.subset;
  return null;
}

export interface FontRun {
  font: string;
  text: string;
}

/** `text` cut into runs of one registered font each, with stand-ins for what no subset draws. */
export function fontRuns(fonts: ReportFonts, text: string, weight: Weight): FontRun[] {
  const runs: FontRun[] = [];
  const push = (subset: string, char: string) => {
    const font = `${weight}-${subset}`;
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += char;
    else runs.push({ font, text: char });
  };
  let gap = false;
  for (const char of text) {
    const subset = subsetOf(fonts, char.codePointAt(0)!);
    const standIn = STAND_INS[char];
    if (subset) push(subset, char);
    else if (standIn) push("latin", standIn);
    else if (!gap) push("latin", REPLACEMENT);
    gap = !subset && !standIn;
  }
  return runs;
}
