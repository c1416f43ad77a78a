// The admin journey in a browser: sign in, correct a rating, publish, and see the new rating on the
// public knowledge-base page, with the audit entry to show for it. Runs against its own server (on a
// free loopback port) and its own database, so publishing kb-2 cannot disturb the other specs, which
// expect the seed's kb-1, nor collide with another run of this spec.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { freePort } from "../scripts/lib/free-port";

const PASSWORD = "e2e-admin-password-123";
const root = path.resolve(__dirname, "..");
const dbFile = `test-results/e2e-admin-${process.pid}.db`;
let BASE = "";
let server: ChildProcess | undefined;

function removeDatabase(): void {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(path.join(root, `${dbFile}${suffix}`), { force: true });
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(120_000);
  const port = await freePort();
  BASE = `http://127.0.0.1:${port}`;
  // E2E_ADMIN_DATABASE_URL: an empty database of its own on PostgreSQL (scripts/test.ts's PostgreSQL run).
  const env = {
    ...process.env,
    DATABASE_URL: process.env.E2E_ADMIN_DATABASE_URL || `file:./${dbFile}`,
    ADMIN_PASSWORD: PASSWORD,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  removeDatabase();
  const prepared = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/prepare-db.ts"], {
    cwd: root,
    env,
    encoding: "utf8",
  });
  if (prepared.status !== 0) throw new Error(`preparing the admin database failed: ${prepared.stderr}`);
  // The Playwright webServer has already built the app; this only serves that build a second time.
  server = spawn(
    path.join(root, "node_modules/.bin/next"),
    ["start", "--port", String(port), "--hostname", "127.0.0.1"],
    { cwd: root, env, stdio: "ignore" },
  );
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error(`the admin test server exited with ${server.exitCode}`);
    const ok = await fetch(`${BASE}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the admin test server did not start");
});

test.afterAll(() => {
  if (server && server.exitCode === null) server.kill();
  removeDatabase();
});

test("an admin corrects a rating, publishes it, and the change and its audit entry are visible", async ({ page }) => {
  await page.goto(`${BASE}/admin/audit`);
  await expect(page).toHaveURL(`${BASE}/admin/login`);
  const password = page.getByLabel("Admin password");
  await password.fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong password." })).toBeVisible();
  await password.fill(PASSWORD);
  await password.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Knowledge-base administration" })).toBeVisible();

  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Edit knowledge" }).click();
  await page.getByRole("link", { name: /^Edit KVM on Licence and subscription cost: / }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Edit rating kvm\/licence-cost/ })).toBeVisible();
  const score = page.getByLabel("Score (0–10)");
  await score.fill("11");
  await page.getByRole("button", { name: "Save to draft" }).click();
  await expect(page.getByText(/Score \(0–10\): .*10/)).toBeVisible(); // the shared schema's limit, in the browser
  await score.fill("3.5");
  await page.getByLabel("As of").fill("2026-11-24");
  await page.getByRole("button", { name: "Save to draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved to the draft" })).toBeVisible();

  await page.getByRole("link", { name: "Overview" }).click();
  await expect(page.getByText(/Draft kb-2 holds 1 change against kb-1/)).toBeVisible();
  await page.getByLabel("Publish note").fill("KVM licence cost re-rated");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published as kb-2" })).toBeVisible();

  await page.goto(`${BASE}/knowledge`);
  await expect(page.getByText(/Version kb-2/)).toBeVisible();
  const matrix = page.getByRole("region", { name: "Ratings of each hypervisor on each criterion, out of 10" });
  await expect(
    matrix.getByRole("button", { name: /^KVM, Licence and subscription cost: 3\.5 out of 10/ }),
  ).toBeVisible();

  await page.goto(`${BASE}/admin/audit`);
  const rows = page.getByRole("table").getByRole("row");
  const action = (name: string) => rows.filter({ has: page.getByRole("cell", { name, exact: true }) });
  await expect(action("publish").filter({ hasText: "kb-2" })).toHaveCount(1);
  const edit = action("edit").filter({ hasText: "kvm/licence-cost" });
  await expect(edit).toHaveCount(1);
  await edit.getByText("Show").click();
  await expect(edit).toContainText('"score": 3.5');

  // Signed out, the admin area is closed again.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${BASE}/admin/login`);
  expect((await page.request.get(`${BASE}/api/admin/audit`)).status()).toBe(401);
});

test("an admin corrects a price and publishes it; the knowledge-base page shows the new figure", async ({ page }) => {
  await page.goto(`${BASE}/admin/login`);
  await page.getByLabel("Admin password").fill(PASSWORD);
  await page.getByLabel("Admin password").press("Enter");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Edit knowledge" }).click();
  await page.getByRole("link", { name: /^Edit price VVF subscription of / }).click();
  const amount = page.getByLabel("Amount per unit");
  await amount.fill("");
  await page.getByRole("button", { name: "Save to draft" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: /Amount per unit: .*quoteRequired|never both/ }),
  ).toBeVisible(); // no amount without "quote required"
  await amount.fill("149");
  await page.getByLabel("As of").fill("2026-12-01");
  await page.getByRole("button", { name: "Save to draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved to the draft" })).toBeVisible();

  await page.getByRole("link", { name: "Overview" }).click();
  await page.getByLabel("Publish note").fill("VVF price corrected");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Published as kb-3/ })).toBeVisible();

  await page.goto(`${BASE}/knowledge`);
  await expect(page.locator('tr[data-price="vvf:subscription"]')).toContainText("149");
  await expect(page.locator('tr[data-price="vvf:subscription"] time')).toHaveAttribute("datetime", "2026-12-01");
});
