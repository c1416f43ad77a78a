// From an RVTools export to a shared plan per cluster: the file is read in the browser (its worker),
// reviewed with the same counts the API gives for it, used as the estate, and planned per cluster on
// the results page and on the share page. Refused files are said as the reader says them.
import { XLSX_TYPE as XLSX } from "../lib/inventory/limits";
import { expect, test, type Page } from "@playwright/test";
import { DEFAULT_ANSWERS } from "../lib/questionnaire/questions";
import { DRAFT_KEY } from "../components/wizard/draft-progress";
import { HOSTILE_FILES } from "../__tests__/support/hostile-files";
import { expectedReading, THREE_CLUSTERS, writeRvtoolsExport } from "../__tests__/support/rvtools-export";

async function openEstateStep(page: Page) {
  await page.goto("/questionnaire");
  await page.evaluate(
    ([key, answers]) => localStorage.setItem(key, JSON.stringify({ answers, step: 9, furthest: 9 })),
    [DRAFT_KEY, DEFAULT_ANSWERS] as const,
  );
  await page.goto("/questionnaire?step=estate");
}

test("an RVTools export read in the browser gives the API's counts, and becomes a shared plan per cluster", async ({
  page,
  request,
}) => {
  const file = Buffer.from(writeRvtoolsExport(THREE_CLUSTERS));
  const expected = expectedReading(THREE_CLUSTERS);
  const api = await request.post("/api/v1/inventory", { headers: { "content-type": XLSX }, data: file });
  expect(api.status()).toBe(200);
  const reading = await api.json();
  expect(reading.summary).toEqual(expected.summary);

  // The file never leaves the page: no request carries it.
  const uploads: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") uploads.push(r.url());
  });
  await openEstateStep(page);
  await page
    .getByLabel("Import an RVTools export")
    .setInputFiles({ name: "estate.xlsx", mimeType: XLSX, buffer: file });
  const totals = page.getByTestId("inventory-totals");
  await expect(totals).toBeVisible();
  const { summary } = expected;
  for (const [label, value] of [
    ["Hosts", summary.hosts],
    ["VMs", summary.vms],
    ["Templates", summary.templates],
    ["Windows Server", summary.windowsServerVms],
    ["Desktops", summary.desktopVms],
  ] as const) {
    await expect(totals).toContainText(`${label}${value.toLocaleString("en-US")}`);
  }
  const table = page.getByRole("table", { name: `Clusters (${summary.clusters})` });
  for (const cluster of reading.estate.clusters) {
    await expect(page.getByLabel(`VMs in ${cluster.name}`, { exact: true })).toHaveValue(String(cluster.vms));
    await expect(table).toContainText(cluster.name);
  }
  await page.getByRole("button", { name: "Use this estate" }).click();
  await expect(page.getByTestId("estate-in-use")).toContainText(`${summary.clusters} clusters`);
  await page.getByRole("button", { name: "Review answers" }).click();
  await page.getByRole("button", { name: "See the recommendation" }).click();
  await page.waitForURL(/\/results\?/);
  expect(new URL(page.url()).searchParams.get("estate.clusters")).not.toBeNull();
  expect(uploads.filter((url) => url.includes("/api/v1/inventory"))).toEqual([]);

  const plan = page.getByTestId("plan-clusters");
  await expect(plan).toBeVisible();
  for (const cluster of reading.estate.clusters) {
    await expect(plan.locator(`[data-testid="plan-cluster"][data-cluster="${cluster.name}"]`)).toBeVisible();
  }

  // Saved and shared, the plan per cluster is on the share page too.
  await page.getByRole("button", { name: "Save & share" }).click();
  const dialog = page.getByRole("dialog", { name: /Save & share/ });
  await dialog.getByLabel(/^Name/).fill("Estate from RVTools");
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  const shareUrl = await page
    .getByRole("dialog", { name: "Saved" })
    .getByRole("textbox", { name: "Share link" })
    .inputValue();
  await page.goto(shareUrl);
  for (const cluster of reading.estate.clusters) {
    await expect(
      page.getByTestId("plan-clusters").locator(`[data-testid="plan-cluster"][data-cluster="${cluster.name}"]`),
    ).toBeVisible();
  }
});

test("a file that is not an RVTools export is refused in the browser, saying what is wrong", async ({ page }) => {
  await openEstateStep(page);
  await page
    .getByLabel("Import an RVTools export")
    .setInputFiles({ name: "hosts.xlsx", mimeType: XLSX, buffer: Buffer.from("VM,Host,Cluster\nweb01,esx01,PROD\n") });
  await expect(page.getByRole("alert").filter({ hasText: "not an .xlsx workbook" })).toBeVisible();
});

test("hostile files sent to the running server each get their 4xx within 5 s, and it keeps answering", async ({
  request,
}) => {
  const expected: Record<string, number> = {
    "zip-bomb": 413,
    "too-many-rows": 413,
    csv: 415,
    ole: 415,
    "no-vinfo": 400,
  };
  for (const [name, status] of Object.entries(expected)) {
    const data = Buffer.from(HOSTILE_FILES[name]!.build());
    const started = Date.now();
    const response = await request.post("/api/v1/inventory", { headers: { "content-type": XLSX }, data });
    expect({ name, status: response.status(), fast: Date.now() - started < 5000 }).toEqual({
      name,
      status,
      fast: true,
    });
    expect((await request.get("/api/health")).status()).toBe(200);
  }
  // Through the front door as a form's file too, which the JSON-only rule lets through on this path alone.
  const form = await request.post("/api/v1/inventory", {
    multipart: {
      file: { name: "export.xlsx", mimeType: XLSX, buffer: Buffer.from(writeRvtoolsExport(THREE_CLUSTERS)) },
    },
  });
  expect(form.status()).toBe(200);
  const elsewhere = await request.post("/api/v1/evaluate", {
    multipart: { file: { name: "export.xlsx", mimeType: XLSX, buffer: Buffer.from("x") } },
  });
  expect(elsewhere.status()).toBe(415);
});
