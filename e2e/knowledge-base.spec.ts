import { expect, test } from "@playwright/test";

test("the landing page says what the tool does and leads to the knowledge base", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Which hypervisor should your team run?" })).toBeVisible();
  for (const name of ["VMware ESXi", "Hyper-V", "KVM", "Xen"]) {
    await expect(page.getByRole("region", { name: "What is compared" }).getByText(name, { exact: false }).first()).toBeVisible();
  }
  await expect(page.getByRole("contentinfo")).toContainText("Knowledge base kb-1");
  await page.getByRole("main").getByRole("link", { name: "Explore the knowledge base" }).click();
  await expect(page).toHaveURL(/\/knowledge$/);
  await expect(page.getByRole("heading", { level: 1, name: "Knowledge base" })).toBeVisible();
});

test("a rating cell opens its rationale, sources and date", async ({ page }) => {
  await page.goto("/knowledge");
  const matrix = page.getByRole("region", { name: "Ratings of each hypervisor on each criterion, out of 10" });
  const table = matrix.getByRole("table");
  // 4 hypervisor columns plus the criterion column; one row per rated criterion plus the header.
  await expect(table.getByRole("columnheader")).toHaveCount(5);
  expect(await table.getByRole("row").count()).toBeGreaterThanOrEqual(11);

  const cell = matrix.getByRole("button", { name: /^KVM, Licence and subscription cost: \d+(\.\d+)? out of 10/ });
  await cell.focus();
  await page.keyboard.press("Enter");
  await expect(cell).toHaveAttribute("aria-expanded", "true");

  const evidence = page.getByRole("region", { name: "Evidence" }).first();
  await expect(evidence.getByRole("heading", { name: /KVM — Licence and subscription cost: \d+/ })).toBeVisible();
  await expect(evidence.getByText(/^As of \d{1,2} \w{3} \d{4}/)).toBeVisible();
  const sources = evidence.getByRole("list").getByRole("link");
  expect(await sources.count()).toBeGreaterThanOrEqual(1);
  await expect(sources.first()).toHaveAttribute("href", /^https?:\/\//);
});

test("platform support shows which hypervisors OpenStack no longer supports", async ({ page }) => {
  await page.goto("/knowledge");
  const platforms = page.getByRole("region", { name: "Support for each hypervisor on each cloud platform" });
  const xen = platforms.getByRole("button", { name: /^Xen, OpenStack: Not supported/ });
  await xen.click();
  const evidence = page.getByRole("region", { name: "Evidence" }).first();
  await expect(evidence).toContainText(/remov/i);
});
