// Security end to end: every response carries the security headers, free-text payloads render as
// inert text, and the page CSP blocks a script injected into the HTML while Next's own scripts run.
import { expect, test, type Page } from "@playwright/test";
import { answers } from "../__tests__/support/answers";

const ANSWERS = answers("linuxOnOpenStack");
const NAME = `<img src=x onerror="window.__xss='name'">"><svg onload=window.__xss=1>`;
const NOTES = `<script>window.__xss='notes'</script> javascript:alert(1) {{constructor.constructor('window.__xss=1')()}}`;

/**
 * Simulates a stored-XSS hole: the page is rewritten on its way to the browser (keeping its headers)
 * with a script of the attacker's, and every CSP violation the page reports is recorded.
 */
async function injectScript(page: Page, url: string): Promise<void> {
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("<body>", "<body><script>window.__injected = true</script>");
    await route.fulfill({ response, body: html });
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __violations: string[] }).__violations ??= [];
      (window as unknown as { __violations: string[] }).__violations.push(event.violatedDirective);
    });
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations);

test.describe.configure({ mode: "serial" });
test.skip(({ isMobile }) => isMobile, "server-side behaviour: run once");

test("pages, API answers and static files all carry the security headers", async ({ request, page }) => {
  const pageResponse = await request.get("/");
  const csp = pageResponse.headers()["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp).toContain("frame-ancestors 'none'");
  await page.goto("/");
  const chunk = await page.locator('script[src^="/_next/static/"]').first().getAttribute("src");
  const apiAnswers = [
    await request.get("/api/v1/questionnaire"),
    // The two routes host/server.ts answers itself, past Next: the same headers, on success and on error.
    await request.post("/api/v1/evaluate", { data: { answers: ANSWERS } }),
    await request.post("/api/v1/evaluate", { data: { answers: {} } }),
    await request.post("/api/v1/recommendations", { data: { answers: ANSWERS } }),
  ];
  expect(apiAnswers.map((response) => response.status())).toEqual([200, 200, 400, 201]);
  for (const response of [pageResponse, ...apiAnswers, await request.get(chunk!)]) {
    const headers = response.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  }
});

test("markup in a recommendation's name and notes renders as text and runs nothing", async ({ page, request }) => {
  const saved = await (
    await request.post("/api/v1/recommendations", { data: { answers: ANSWERS, name: NAME, notes: NOTES } })
  ).json();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`/r/${saved.id}`);
  await expect(page.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expect(page.getByText(NOTES)).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await page.locator('main img[src="x"], main svg[onload]').count()).toBe(0);
  expect(violations).toEqual([]); // the page's own scripts all ran under its policy
});

test("a script injected into the HTML is blocked by the CSP, while Next's own scripts run", async ({ page }) => {
  await injectScript(page, "**/questionnaire");
  await page.goto("/questionnaire");
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(await violations(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/)]));
  // Hydration happened: Next's nonced scripts ran and the router is live.
  expect(await page.evaluate(() => typeof (window as unknown as { next?: unknown }).next)).toBe("object");
});

test("a share page served from memory runs Next's scripts by their hashes and blocks an injected one", async ({
  page,
  request,
}) => {
  const saved = await (
    await request.post("/api/v1/recommendations", { data: { answers: ANSWERS, name: "Kept page" } })
  ).json();
  await request.get(`/r/${saved.id}`); // the first view renders it and keeps it
  const kept = await request.get(`/r/${saved.id}`);
  expect(kept.headers()["x-advisor-cache"]).toBe("hit");
  const csp = kept.headers()["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|nonce-)/);

  await injectScript(page, `**/r/${saved.id}`);
  await page.goto(`/r/${saved.id}`);
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  // Exactly one violation: the injected script. Every script Next wrote was allowed by its hash.
  expect(await violations(page)).toEqual([expect.stringMatching(/^script-src/)]);
  expect(await page.evaluate(() => typeof (window as unknown as { next?: unknown }).next)).toBe("object");
  await expect(page.getByRole("button", { name: "Copy link" })).toBeEnabled();
});
