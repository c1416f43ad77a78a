// The admin journey in a browser: sign in, correct a rating, publish, and see the new rating on the
// public knowledge-base page, with the audit entry to show for it; then the same-site forgery a
// SameSite cookie does not stop, from an attacker page on another loopback port. Runs against its
// own production server (host/server.ts, as `npm start` serves it) and its own database, so publishing
// kb-2 cannot disturb the other specs, which expect the seed's kb-1.
import http from "node:http";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { answers } from "../__tests__/support/answers";
import { startAppServer, type AppServer } from "../scripts/lib/app-server";
import { freePort } from "../scripts/lib/free-port";
import { expectLaidOut } from "./lib/layout";

const NAME = "admin";
const PASSWORD = "e2e-admin-password-123";
const root = path.resolve(__dirname, "..");
const dbFile = `test-results/e2e-admin-${process.pid}.db`;
let BASE = "";
let server: AppServer | undefined;

function removeDatabase(): void {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(path.join(root, `${dbFile}${suffix}`), { force: true });
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(120_000);
  // E2E_ADMIN_DATABASE_URL: an empty PostgreSQL database of its own, to run this spec against PostgreSQL by hand.
  const env = {
    DATABASE_URL: process.env.E2E_ADMIN_DATABASE_URL || `file:./${dbFile}`,
    ADMIN_PASSWORD: PASSWORD,
  };
  removeDatabase();
  const prepared = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/prepare-db.ts"], {
    cwd: root,
    env: { ...process.env, ...env, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
  });
  if (prepared.status !== 0) throw new Error(`preparing the admin database failed: ${prepared.stderr}`);
  // The Playwright webServer has already built the app; this serves that build a second time.
  server = await startAppServer(env);
  BASE = server.url;
});

test.afterAll(async () => {
  await server?.stop();
  removeDatabase();
});

async function signIn(page: Page, name = NAME, password = PASSWORD) {
  await page.goto(`${BASE}/admin/login`);
  await page.getByLabel("Account name").fill(name);
  await page.getByLabel("Password").fill(password);
  await page.getByLabel("Password").press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Knowledge-base administration" })).toBeVisible();
}

// Saved before anything is published, to be opened after the publishes below.
let savedBeforePublishing = "";

test("a recommendation saved on the seed's knowledge base", async ({ request }) => {
  const response = await request.post(`${BASE}/api/v1/recommendations`, {
    data: { answers: answers("linuxOnOpenStack"), name: "Saved before the corrections" },
  });
  expect(response.status()).toBe(201);
  savedBeforePublishing = (await response.json()).id;
});

test("an admin corrects a rating, publishes it, and the change and its audit entry are visible", async ({ page }) => {
  await page.goto(`${BASE}/admin/audit`);
  await expect(page).toHaveURL(`${BASE}/admin/login`);
  await page.getByLabel("Account name").fill(NAME);
  const password = page.getByLabel("Password");
  await password.fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong name or password" })).toBeVisible();
  await password.fill(PASSWORD);
  await password.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Knowledge-base administration" })).toBeVisible();

  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Edit knowledge" }).click();
  await page.getByRole("link", { name: /^Edit KVM on Licence and subscription cost: / }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Edit rating: KVM · Licence and subscription cost" }),
  ).toBeVisible();
  const score = page.getByLabel("Score (0–10)");
  await score.fill("11");
  await page.getByRole("button", { name: "Save to draft" }).click();
  // The shared schema's limit, in the browser, in plain words (not zod's "Too big: expected number to be <=10").
  await expect(page.getByText("Score (0–10): must be at most 10")).toBeVisible();
  await score.fill("3.5");
  await page.getByLabel("As of").fill("2026-11-24");
  await page.getByRole("button", { name: "Save to draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved to the draft" })).toBeVisible();

  await page.getByRole("link", { name: "Overview" }).click();
  await expect(page.getByText(/Draft kb-2 holds 1 change against kb-1/)).toBeVisible();
  // Before publishing: what the draft would do to the one recommendation saved so far (KVM's score moves).
  await expect(page.getByTestId("publish-preview")).toContainText(
    /the one saved recommendation: (1 would rank differently, 0 would change scores only|0 would rank differently, 1 would change scores only), 0 would not change\./,
  );
  await page.getByLabel("Publish note").fill("KVM licence cost re-rated");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published as kb-2" })).toBeVisible();

  await page.goto(`${BASE}/knowledge`);
  await expect(page.getByText(/^Version 2, published/)).toBeVisible();
  const matrix = page.getByRole("region", { name: "Ratings of each hypervisor on each criterion, out of 10" });
  await expect(
    matrix.getByRole("button", { name: /^KVM, Licence and subscription cost: 3\.5 out of 10/ }),
  ).toBeVisible();

  await page.goto(`${BASE}/admin/audit`);
  // Sentences, with the stored JSON one click away.
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: `${NAME} published version 2.` })).toHaveCount(1);
  const edit = rows.filter({
    hasText: new RegExp(
      `^.*${NAME} changed the rating KVM · Licence and subscription cost: Score \\(0–10\\) [\\d.]+ → 3\\.5, As of [\\d-]+ → 2026-11-24\\.`,
    ),
  });
  await expect(edit).toHaveCount(1);
  const json = edit.locator("dd").filter({ hasText: '"score": 3.5' });
  await expect(json).toBeHidden();
  await edit.getByText("JSON").click();
  await expect(json).toBeVisible();
  await expect(edit).toContainText("edit ratings kvm/licence-cost");

  // Signed out, the admin area is closed again.
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(`${BASE}/admin/login`);
  expect((await page.request.get(`${BASE}/api/admin/audit`)).status()).toBe(401);
});

test("an admin corrects a price and publishes it; the knowledge-base page shows the new figure", async ({ page }) => {
  await signIn(page);
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

test("every admin page, after two publishes, lays out at every width in both schemes", async ({ page }, testInfo) => {
  await page.goto(`${BASE}/admin/login`);
  await expectLaidOut(page, testInfo, "admin-login");
  await signIn(page);
  for (const [path, label] of [
    ["/admin", "admin-overview"],
    ["/admin/knowledge", "admin-knowledge"],
    ["/admin/edit/ratings/kvm/licence-cost", "admin-edit-rating"],
    ["/admin/versions", "admin-versions"],
    ["/admin/versions/diff?from=1&to=3", "admin-diff"],
    ["/admin/audit", "admin-audit"],
    ["/admin/stale", "admin-stale"],
    ["/admin/import", "admin-import"],
    ["/admin/accounts", "admin-accounts"],
  ] as const) {
    await page.goto(`${BASE}${path}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectLaidOut(page, testInfo, label);
  }
});

test("a link saved before the publishes says so in its header and explains after the verdict, on a phone", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 390, height: 740 });
  await page.goto(`${BASE}/r/${savedBeforePublishing}`);
  const status = page.getByText(/^Saved .* Today's data \(knowledge base version 3\)/);
  await expect(status).toBeVisible();
  const verdict = (await page.getByTestId("winner-name").boundingBox())!;
  expect(verdict.y + verdict.height, "the verdict is on the first screen").toBeLessThan(740);
  // The comparison comes after the verdict, one link away from the header.
  const notice = page.getByRole("region", { name: /^Today's data/ });
  expect((await notice.boundingBox())!.y).toBeGreaterThan(verdict.y);
  await status.getByRole("link").click();
  await expect(notice).toBeInViewport();
  await expect(notice).toContainText("Saved with knowledge base version 1; today's is version 3.");
  await expectLaidOut(page, testInfo, "share-after-publishing");
});

const attribute = (text: string) => text.replaceAll("&", "&amp;").replaceAll("'", "&#39;");

/**
 * A text/plain form sends name + "=" + value: this splits a JSON body, whose last string ends in "=",
 * at that "=", so that what the form sends is exactly the JSON.
 */
function asFormField(body: object): [string, string] {
  const json = JSON.stringify(body);
  const at = json.lastIndexOf("=");
  return [json.slice(0, at), json.slice(at + 1)];
}

test("an owner adds an editor, who is shown no accounts link and no import form, and is refused the accounts API", async ({
  page,
}) => {
  await signIn(page);
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Accounts" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Admin accounts" })).toBeVisible();
  const axe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    // One run inside the page: the default mode opens a new tab per check to merge frame results,
    // which these pages (no iframes) do not need, and which cost more than the check itself.
    .setLegacyMode()
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.getByLabel("Name", { exact: true }).fill("e.editor");
  await page.getByLabel("Role", { exact: true }).selectOption("editor");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Add account" }).click();
  await expect(page.getByText("Password must be at least 12 characters long")).toBeVisible();
  await page.getByLabel("Password", { exact: true }).fill("editor-password-123");
  await page.getByRole("button", { name: "Add account" }).click();
  await expect(page.getByRole("status").filter({ hasText: "e.editor was added as editor." })).toBeVisible();
  await expect(page.getByRole("row", { name: /e\.editor/ })).toContainText("enabled");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(`${BASE}/admin/login`);

  await signIn(page, "e.editor", "editor-password-123");
  await expect(page.getByText("Signed in as e.editor (editor)")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Accounts" })).toHaveCount(0);
  expect((await page.request.get(`${BASE}/api/admin/accounts`)).status()).toBe(403);
  await page.goto(`${BASE}/admin/accounts`); // sent back to the overview, which says why
  await expect(page).toHaveURL(`${BASE}/admin?needs=owner`);
  await expect(page.getByRole("status")).toContainText("That page needs the owner role");
  await page.goto(`${BASE}/admin/import`);
  await expect(page.getByText(/needs the publisher role; your account is an editor/)).toBeVisible();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(`${BASE}/admin/login`);
});

/** An attacker's page on another loopback port (same site, other origin) that posts a plain HTML form. */
async function attackerPage(target: string, name: string, value: string): Promise<{ url: string; close: () => void }> {
  const port = await freePort();
  const html = `<!doctype html><title>Free vouchers</title>
<form id="f" method="POST" action="${target}" enctype="text/plain"><input name='${attribute(name)}' value='${attribute(value)}'></form>
<script>document.getElementById("f").submit()</script>`;
  const attacker = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html" });
    response.end(html);
  });
  await new Promise<void>((resolve) => attacker.listen(port, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${port}/`, close: () => attacker.close() };
}

test("a form posted from another port of the same host changes nothing, though the admin is signed in", async ({
  page,
}) => {
  await signIn(page);
  const before = await (await page.request.get(`${BASE}/api/admin/audit`)).json();
  // A valid import (the live knowledge base, re-imported as a draft), sent as a plain form.
  const file = await (await page.request.get(`${BASE}/api/admin/knowledge/export`)).json();
  const attack = await attackerPage(`${BASE}/api/admin/knowledge/import`, ...asFormField({ ...file, exportedAt: "=" }));
  try {
    const posted = page.waitForResponse((response) => response.url().endsWith("/api/admin/knowledge/import"));
    await page.goto(attack.url);
    const answer = await posted;
    expect(answer.status()).toBe(403);
    expect(await answer.headerValue("set-cookie")).toBeNull();
  } finally {
    attack.close();
  }
  const after = await (await page.request.get(`${BASE}/api/admin/audit`)).json();
  expect(after).toEqual(before); // no import, no draft, no audit entry credited to the admin
});

test("a form posted to the save route from another port leaves the owner cookie as it was", async ({
  page,
  context,
}) => {
  await page.goto(`${BASE}/`);
  const saved = await page.evaluate(async () => {
    const { defaults } = await (await fetch("/api/v1/questionnaire")).json();
    const response = await fetch("/api/v1/recommendations", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ answers: defaults, name: "Mine" }),
    });
    return response.status;
  });
  expect(saved).toBe(201);
  const ownerCookie = async () => (await context.cookies(BASE)).find((c) => c.name === "ha_owned")?.value;
  const mine = await ownerCookie();
  expect(mine).toBeTruthy();
  const answers = await page.evaluate(async () => (await (await fetch("/api/v1/questionnaire")).json()).defaults);
  const attack = await attackerPage(`${BASE}/api/v1/recommendations`, ...asFormField({ answers, name: "Planted=" }));
  try {
    const posted = page.waitForResponse((response) => response.url().endsWith("/api/v1/recommendations"));
    await page.goto(attack.url);
    expect((await posted).status()).toBe(403);
  } finally {
    attack.close();
  }
  expect(await ownerCookie()).toBe(mine);
});
