import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// /docs/api is rendered by the app itself from its OpenAPI document: no CDN, no script needed.
test("the API reference lists every operation with its answers and links each body to its fields", async ({ page }) => {
  const outside: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("http://127.0.0.1")) outside.push(request.url());
  });
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  const evaluate = page.getByRole("heading", { level: 3, name: "POST /api/v1/evaluate" });
  await expect(evaluate).toBeVisible();
  const answers = page.getByRole("region", { name: "POST /api/v1/evaluate answers" });
  await expect(answers.getByRole("row", { name: /^400/ })).toContainText("error.fields");
  await page.getByRole("link", { name: "EvaluateRequest" }).first().click();
  await expect(page).toHaveURL(/#schema-EvaluateRequest$/);
  await expect(
    page
      .getByRole("region", { name: "EvaluateRequest fields" })
      .getByRole("row", { name: /^answers\.estate\.hosts integer 1–100000/ }),
  ).toBeVisible();
  const machine = await page.request.get("/api/v1/openapi.json");
  expect(((await machine.json()) as { openapi: string }).openapi).toBe("3.1.0");
  expect(outside).toEqual([]);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    // The schema field tables are the same table component as the operations' answers checked here,
    // repeated for hundreds of rows: checking them again costs seconds and finds nothing new.
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa"])
      .exclude('[role="region"][aria-label$=" fields"]')
      .setLegacyMode()
      .analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  }
});

test("the API reference fits a 390 px phone without scrolling sideways @phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/docs/api");
  const [scrollWidth, innerWidth] = await page.evaluate(() => [
    document.scrollingElement!.scrollWidth,
    window.innerWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
});
