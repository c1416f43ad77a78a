// The layout check every page gets (issue 14): at 360, 390, 768 and 1,280 px, in light and dark,
// the document never scrolls sideways and no two header cells of a table print their text over
// each other. Each page is opened once and resized in place (layout is CSS and resize listeners; the
// dark theme is CSS under prefers-color-scheme). With E2E_PICTURES=1 (`npm run pictures`), pictures of
// each page at 390 and 1,280 px in both schemes, the viewport and the whole page, go into the report
// (test-results/playwright/<test>/), to be looked at, not compared. They are left out of `npm test`:
// full-page pictures of the long pages were a third of the layout tests' time.
import { expect, type Page, type TestInfo } from "@playwright/test";

export const LAYOUT_WIDTHS = [360, 390, 768, 1280] as const;
const PICTURED = new Set<number>(process.env.E2E_PICTURES ? [390, 1280] : []);

type Overlap = { table: string; first: string; second: string };

/** Pairs of header cells in one table whose text boxes intersect, read in the page. */
function headerOverlaps(page: Page): Promise<Overlap[]> {
  return page.evaluate(() => {
    const found: Overlap[] = [];
    // Text hidden from sight (the visually-hidden pattern: clipped to a 1 px box) cannot print over
    // anything and is left out; the rest of the cell's text is measured glyph box by glyph box.
    const hidden = (element: Element | null, cell: Element) => {
      for (let e = element; e && e !== cell.parentElement; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.clip !== "auto" || style.clipPath !== "none" || style.display === "none") return true;
      }
      return false;
    };
    const textBox = (cell: Element) => {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim() || hidden(node.parentElement, cell)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const r = range.getBoundingClientRect();
        [left, top, right, bottom] = [
          Math.min(left, r.left),
          Math.min(top, r.top),
          Math.max(right, r.right),
          Math.max(bottom, r.bottom),
        ];
      }
      return { left, top, right, bottom };
    };
    document.querySelectorAll("table").forEach((table, index) => {
      const measured = [...table.querySelectorAll("thead th")]
        .map((cell) => ({ cell, box: textBox(cell) }))
        .filter(({ box }) => box.left !== Infinity);
      const cells = measured.map(({ cell }) => cell);
      const boxes = measured.map(({ box }) => box);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          // One pixel of slack: anti-aliased glyph edges of neighbours may touch.
          const apart =
            a.right <= b.left + 1 || b.right <= a.left + 1 || a.bottom <= b.top + 1 || b.bottom <= a.top + 1;
          if (!apart)
            found.push({
              table: table.getAttribute("aria-label") ?? table.caption?.textContent ?? `table ${index + 1}`,
              first: cells[i]!.textContent!.trim(),
              second: cells[j]!.textContent!.trim(),
            });
        }
    });
    return found;
  });
}

/** Runs the check at every width and scheme on the page as it is now; restores light at 1,280 px. */
export async function expectLaidOut(page: Page, testInfo: TestInfo, label: string): Promise<void> {
  const height = page.viewportSize()?.height ?? 800;
  for (const width of LAYOUT_WIDTHS) {
    await page.setViewportSize({ width, height });
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      // Two frames: the resize's layout, then anything a resize listener changed.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const [scrollWidth, innerWidth] = await page.evaluate(() => [
        document.scrollingElement!.scrollWidth,
        window.innerWidth,
      ]);
      const where = `${label} at ${width} px, ${colorScheme}`;
      if (PICTURED.has(width)) {
        // Attached as files, not bodies: the JSON report would otherwise carry every picture inline.
        for (const fullPage of [false, true]) {
          const kind = fullPage ? "page" : "viewport";
          const file = testInfo.outputPath(`${label}-${width}-${colorScheme}-${kind}.png`);
          await page.screenshot({ path: file, fullPage });
          await testInfo.attach(`${label} at ${width} px, ${colorScheme} (${kind})`, {
            path: file,
            contentType: "image/png",
          });
        }
      }
      expect(scrollWidth, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(innerWidth);
      expect(await headerOverlaps(page), `${where}: table headers print over each other`).toEqual([]);
    }
  }
  await page.setViewportSize({ width: 1280, height });
  await page.emulateMedia({ colorScheme: "light" });
}
