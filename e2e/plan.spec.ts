// "Your plan" on the results page: the product, the cost table next to staying put with its sourced
// lines, the user's own quotes (applied in the browser, kept in the URL, saved with a share link),
// the no-estate case, and the phone layout.
import { expect, test, type Page } from "@playwright/test";
import { answersToSearchParams } from "../lib/questionnaire/url-state";
import { ESTATE, VSPHERE } from "./lib/answers";

const WITH_ESTATE = answersToSearchParams({ ...VSPHERE, estate: ESTATE, years: 3 }).toString();
const WITHOUT_ESTATE = answersToSearchParams(VSPHERE).toString();

const planSection = (page: Page) => page.getByTestId("plan-section");
const family = (page: Page, hypervisor: string) =>
  planSection(page).locator(`[data-testid="plan-family"][data-hypervisor="${hypervisor}"]`);
const perYear = (page: Page, hypervisor: string) =>
  planSection(page).locator(`td[data-testid="plan-per-year"][data-hypervisor="${hypervisor}"]`);
/** Controls respond once the page has hydrated: the weights section marks it. */
const interactive = (page: Page) => expect(page.locator("[data-interactive]")).toBeAttached();

test("a 40-host vSphere shop: the plan names a product, prices staying put as today, and each line shows its source and date", async ({
  page,
}) => {
  await page.goto(`/results?${WITH_ESTATE}`);
  const section = planSection(page);
  await expect(section.getByRole("heading", { level: 2, name: "Your plan" })).toBeVisible();
  const productName = ((await section.getByTestId("plan-product-name").textContent()) ?? "").trim();
  expect(productName.length).toBeGreaterThan(2);
  await expect(section.getByTestId("plan-summary-text")).toContainText(productName);

  // ESXi is both the winner and what runs today: its column is the one marked "today", with a figure.
  const table = section.getByTestId("plan-cost-table");
  const today = table.locator('thead th[data-hypervisor="esxi"]');
  await expect(today).toContainText("today");
  await expect(today).toContainText(productName);
  await expect(table.locator("thead th[data-today]")).toHaveCount(1);
  await expect(perYear(page, "esxi")).toHaveText(/^US\$\d{1,3}(,\d{3})+$/);
  await expect(table.locator('tbody th[scope="row"]').first()).toHaveText("Per year");

  // The lines open from the keyboard.
  await interactive(page);
  const esxi = family(page, "esxi");
  const details = esxi.locator("details").first();
  await expect(details).toHaveJSProperty("open", false);
  await esxi.getByTestId("plan-family-summary").focus();
  await page.keyboard.press("Enter");
  await expect(details).toHaveJSProperty("open", true);
  const line = esxi.getByTestId("plan-cost-line").first();
  await expect(line).toBeVisible();
  await expect(line).toContainText(/[\d,]+ × US\$[\d,]+\.\d{2} per .+ = US\$[\d,]+/);
  await expect(line.getByRole("link")).toHaveAttribute("href", /^https?:\/\//);
  await expect(line.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
});

test("a quote for a product without a public price replaces “Quote required” with a line marked as yours, and the URL keeps it", async ({
  page,
}) => {
  await page.goto(`/results?${WITH_ESTATE}`);
  await interactive(page);
  const first = planSection(page).locator('[data-testid="plan-family"][data-quote-required="true"]').first();
  const hypervisor = (await first.getAttribute("data-hypervisor"))!;
  const product = (await first.getAttribute("data-product"))!;
  expect(product).toMatch(/^[a-z][a-z0-9-]+$/);
  const block = family(page, hypervisor); // ranked order may change once priced: follow the family
  await expect(perYear(page, hypervisor)).toHaveText("Quote required");
  await expect(block.getByTestId("plan-quote-needed").first()).toContainText("Quote required");

  const quote = block.getByTestId("plan-quote");
  if (!(await quote.evaluate((d) => (d as HTMLDetailsElement).open))) await quote.locator("summary").click();
  const amount = quote.getByLabel("Amount", { exact: true });
  const apply = quote.getByRole("button", { name: "Apply quote" });

  // Blank or negative input is named beside the field and changes nothing.
  await apply.click();
  await expect(quote.getByTestId("plan-quote-error")).toHaveText("Enter the quoted amount.");
  await amount.fill("-5");
  await apply.click();
  await expect(quote.getByTestId("plan-quote-error")).toHaveText(/0 or more/);
  await expect(amount).toHaveAttribute("aria-invalid", "true");
  await expect(perYear(page, hypervisor)).toHaveText("Quote required");
  expect(page.url()).not.toMatch(/[?&]q\./);

  await amount.fill("200");
  await quote.getByRole("combobox", { name: "Unit", exact: true }).selectOption("core-year");
  await quote.getByRole("combobox", { name: "Currency", exact: true }).selectOption("USD");
  await apply.click();
  await expect(quote.getByTestId("plan-quote-error")).toBeEmpty();
  await expect(block).toHaveAttribute("data-quote-required", "false");
  await expect(block.getByTestId("plan-quote-needed")).toHaveCount(0);
  await expect(perYear(page, hypervisor)).toHaveText(/^US\$[\d,]+$/);
  await block.getByTestId("plan-family-summary").click();
  const mine = block.locator('[data-testid="plan-cost-line"][data-basis="quote"]');
  await expect(mine).toHaveCount(1);
  await expect(mine).toBeVisible();
  await expect(mine.getByTestId("plan-line-basis")).toHaveText("Your quote");
  await expect(mine).toContainText("1,280 × US$200.00 per physical core per year");
  await expect(page).toHaveURL(new RegExp(`[?&]q\\.${product}=200(:|%3A)core-year(&|$)`));

  // The link reproduces it; removing the quote brings "Quote required" back.
  await page.reload();
  await interactive(page);
  await expect(block.locator('[data-testid="plan-cost-line"][data-basis="quote"]')).toHaveCount(1);
  const again = block.getByTestId("plan-quote");
  if (!(await again.evaluate((d) => (d as HTMLDetailsElement).open))) await again.locator("summary").click();
  await again.getByRole("button", { name: "Remove quote" }).click();
  await expect(perYear(page, hypervisor)).toHaveText("Quote required");
  await expect(page).not.toHaveURL(/[?&]q\./);
});

test("a results URL without an estate shows no dollar figures in the plan, only the way to add the estate", async ({
  page,
}) => {
  await page.goto(`/results?${WITHOUT_ESTATE}`);
  const section = planSection(page);
  await expect(section.getByTestId("plan-product-name")).not.toBeEmpty();
  await expect(section.getByTestId("plan-cost-table")).toHaveCount(0);
  await expect(section.getByTestId("plan-no-estate")).toBeVisible();
  await expect(section.getByRole("link", { name: "Add your estate in the questionnaire" })).toHaveAttribute(
    "href",
    /^\/questionnaire\?.*currentPlatform=esxi/,
  );
  await expect(section.getByRole("button", { name: "Apply quote" })).toHaveCount(0);
  // textContent covers closed disclosures too: nothing anywhere in the section is a price.
  await expect(section).not.toContainText(/US\$\s?\d|€\s?\d/);
});

test("the plan sentence copies with a visible confirmation", async ({ page }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/results?${WITH_ESTATE}`);
  await interactive(page);
  const box = planSection(page).getByTestId("plan-summary");
  await box.getByRole("button", { name: "Copy the plan summary" }).click();
  await expect(box.getByRole("status")).toHaveText("Copied");
  const text = ((await box.getByTestId("plan-summary-text").textContent()) ?? "").trim();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
});

test("@phone at 390 px the plan never scrolls the page sideways: the cost table scrolls in its own box with the row labels pinned", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/results?${WITH_ESTATE}`);
  await interactive(page);
  for (const summary of await planSection(page).getByTestId("plan-family-summary").all()) await summary.click();
  const [scrollWidth, innerWidth] = await page.evaluate(() => [
    document.scrollingElement!.scrollWidth,
    window.innerWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  const region = planSection(page).getByRole("region", { name: /^Cost per year and over 3 years/ });
  const inner = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(inner.scroll).toBeGreaterThan(inner.client);
  await expect(region.locator('tbody th[scope="row"]').first()).toHaveCSS("position", "sticky");
});

test("a saved plan keeps the quote: the shared page marks the quoted line and offers no quote controls", async ({
  page,
  browser,
}) => {
  await page.goto(`/results?${WITH_ESTATE}`);
  const product = (await family(page, "esxi").getAttribute("data-product"))!;
  await page.goto(`/results?${WITH_ESTATE}&q.${product}=300:core-year`);
  await expect(family(page, "esxi").locator('[data-testid="plan-cost-line"][data-basis="quote"]')).toHaveCount(1);
  await page.getByRole("button", { name: "Save & share" }).click();
  const dialog = page.getByRole("dialog", { name: /Save & share/ });
  await expect(dialog).toContainText("your quote");
  await dialog.getByLabel(/^Name/).fill("Renewal with our quote");
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  const url = await page
    .getByRole("dialog", { name: "Saved" })
    .getByRole("textbox", { name: "Share link" })
    .inputValue();

  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  await other.goto(url);
  const esxi = family(other, "esxi");
  const mine = esxi.locator('[data-testid="plan-cost-line"][data-basis="quote"]');
  await expect(mine).toHaveCount(1);
  await expect(mine.getByTestId("plan-line-basis")).toHaveText("Your quote");
  await expect(planSection(other).getByTestId("plan-quote")).toHaveCount(0);
  await expect(planSection(other).getByRole("button", { name: "Apply quote" })).toHaveCount(0);
  await colleague.close();
});

test("the estate step to a shared plan: the figures on the results page are the share page's and the costs CSV's", async ({
  page,
  browser,
}) => {
  // The nine answers as a draft, so the journey starts at the estate step.
  await page.goto("/questionnaire");
  await page.evaluate(
    (answers) => localStorage.setItem("hypervisor-advisor:draft:v1", JSON.stringify({ answers, step: 9, furthest: 9 })),
    VSPHERE,
  );
  await page.reload();
  await page.getByRole("button", { name: /Resume/ }).click();
  await page.getByRole("textbox", { name: "Hosts" }).fill("40");
  await page.getByRole("textbox", { name: "CPU sockets per host" }).fill("2");
  await page.getByRole("textbox", { name: "Cores per CPU" }).fill("16");
  await page.getByRole("textbox", { name: /^Virtual machines/ }).fill("800");
  await page.getByRole("textbox", { name: /^Of which Windows/ }).fill("300");
  await page.getByRole("button", { name: "Review answers" }).click();
  await page.getByRole("button", { name: "See the recommendation" }).click();
  await page.waitForURL(/\/results\?.*estate\.hosts=40/);

  const figures = async (p: Page) =>
    Object.fromEntries(
      await Promise.all(
        ["esxi", "hyper-v", "kvm", "xen"].map(
          async (h) => [h, ((await perYear(p, h).textContent()) ?? "").trim()] as const,
        ),
      ),
    );
  const onResults = await figures(page);
  expect(onResults.esxi).toMatch(/^US\$[\d,]+$/);
  await page.getByRole("button", { name: "Save & share" }).click();
  await page
    .getByRole("dialog", { name: /Save & share/ })
    .getByRole("button", { name: "Save", exact: true })
    .click();
  const url = await page
    .getByRole("dialog", { name: "Saved" })
    .getByRole("textbox", { name: "Share link" })
    .inputValue();

  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  await other.goto(url);
  expect(await figures(other)).toEqual(onResults);
  await expect(planSection(other).getByTestId("plan-summary-text")).toHaveText(
    (await planSection(page).getByTestId("plan-summary-text").textContent()) ?? "",
  );

  const csv = (await (await other.request.get(`${url}/costs.csv`)).text()).trim().split("\r\n");
  const header = csv[0]!.split(",");
  const perYearColumn = header.indexOf("per_year_usd");
  const esxiRow = csv.find((row) => row.split(",")[1] === "esxi")!.split(",");
  expect(`US$${Number(esxiRow[perYearColumn]).toLocaleString("en-US", { maximumFractionDigits: 0 })}`).toBe(
    onResults.esxi,
  );
  await colleague.close();
});
