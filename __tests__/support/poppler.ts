// Reading the report's PDF as a person's tools would: its text (pdftotext), its page count and size
// (pdfinfo) and its pages as pictures (pdftoppm), all from Debian's poppler-utils. The tests fail
// loudly, with the install command, when poppler is missing: never a skipped test counted as passing.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export function requirePoppler(): void {
  for (const tool of ["pdftotext", "pdfinfo", "pdftoppm"])
    try {
      execFileSync(tool, ["-v"], { stdio: "ignore" });
    } catch {
      throw new Error(`${tool} is missing: the report tests need poppler-utils (sudo apt-get install poppler-utils).`);
    }
}

function withFile<T>(pdf: Uint8Array, read: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), "report-"));
  try {
    const file = path.join(dir, "report.pdf");
    writeFileSync(file, pdf);
    return read(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text in reading order. */
export const pdfText = (pdf: Uint8Array) =>
  withFile(pdf, (file) => execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }));

/** Page count and the first page's size in points. */
export function pdfInfo(pdf: Uint8Array): { pages: number; width: number; height: number; title: string } {
  const info = withFile(pdf, (file) => execFileSync("pdfinfo", [file], { encoding: "utf8" }));
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    width: Number(size[1]),
    height: Number(size[2]),
    title: /Title:\s+(.*)/.exec(info)?.[1]?.trim() ?? "",
  };
}

/** Renders every page to `<dir>/page-NN.png` (a test artefact to look at) and lists the files. */
export function renderPages(pdf: Uint8Array, dir: string, dpi = 60): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  withFile(pdf, (file) => execFileSync("pdftoppm", ["-r", String(dpi), "-png", file, path.join(dir, "page")]));
  return readdirSync(dir)
    .filter((name) => name.endsWith(".png"))
    .sort()
    .map((name) => path.join(dir, name));
}
