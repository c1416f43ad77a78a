// axe-core on every wizard step, the review and every other page, in light and dark: no serious or
// critical violations. Each page is opened once and checked in both schemes (switched in place with
// emulateMedia: the dark theme is CSS under prefers-color-scheme), which halves the sweep's time.
// A failing page's screenshot is attached to the report.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type TestInfo } from "@playwright/test";

const ANSWERS =
  "workloads=linux-apps,vdi&guestOs=mixed&licensing=open-source-preferred&cloudPlatform=openstack&currentPlatform=esxi&scale=large&budget=minimal&mustHaves=live-migration,confidential-computing&teamSkills=linux,vmware";

async function expectAccessible(page: Page, testInfo: TestInfo, label: string) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(colorScheme === "dark");
    await expectAccessibleNow(page, testInfo, `${label}-${colorScheme}`);
  }
}

async function expectAccessibleNow(page: Page, testInfo: TestInfo, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    // One run inside the page: the default mode opens a new tab per check to merge frame results,
    // which these pages (no iframes) do not need, and which cost more than the check itself.
    .setLegacyMode()
    .analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 5)
        .join("; ")}`,
  );
  // A picture of the page only when it fails: full-page screenshots of every step took a third of the sweep.
  if (report.length > 0) {
    await testInfo.attach(`${label}-${testInfo.project.name}.png`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: "image/png",
    });
  }
  expect(report, `${label}: axe found serious or critical violations`).toEqual([]);
}

test("every wizard step and the review", async ({ page }, testInfo) => {
  await page.goto("/questionnaire");
  for (let step = 1; step <= 10; step++) {
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^Step ${step} of 10`) })).toBeVisible();
    await expectAccessible(page, testInfo, `wizard-step-${step}`);
    // Nothing is chosen for the person: answer with the first option where a question needs one.
    const form = page.getByRole("form", { name: "Questionnaire" });
    if (step < 10) await form.locator("fieldset input").first().check();
    await form.locator('button[type="submit"]').click();
  }
  await expect(page.getByRole("heading", { level: 2, name: /Review your answers/ })).toBeVisible();
  await expectAccessible(page, testInfo, "wizard-review");
});

test("the results page, with a must-have knockout", async ({ page }, testInfo) => {
  await page.goto(`/results?${ANSWERS}`);
  await expect(page.getByTestId("winner-name")).toBeVisible();
  await expectAccessible(page, testInfo, "results");
});

test("the landing, knowledge-base and My recommendations pages", async ({ page }, testInfo) => {
  for (const [path, label] of [
    ["/", "landing"],
    ["/knowledge", "knowledge"],
    ["/mine", "mine"],
  ] as const) {
    await page.goto(path);
    await expectAccessible(page, testInfo, label);
  }
});

test("a shared recommendation and the compare page", async ({ page, request }, testInfo) => {
  const answers = Object.fromEntries(new URLSearchParams(ANSWERS));
  const body = {
    workloads: answers.workloads!.split(","),
    guestOs: answers.guestOs,
    licensing: answers.licensing,
    cloudPlatform: answers.cloudPlatform,
    currentPlatform: answers.currentPlatform,
    scale: answers.scale,
    budget: answers.budget,
    mustHaves: answers.mustHaves!.split(","),
    teamSkills: answers.teamSkills!.split(","),
  };
  const ids: string[] = [];
  for (const budget of ["minimal", "flexible"]) {
    const response = await request.post("/api/v1/recommendations", {
      data: { answers: { ...body, budget }, name: `Plan (${budget} budget)` },
    });
    expect(response.status()).toBe(201);
    ids.push((await response.json()).id);
  }
  await page.goto(`/r/${ids[0]}`);
  await expectAccessible(page, testInfo, "share");
  await page.goto(`/compare?ids=${ids.join(",")}`);
  await expectAccessible(page, testInfo, "compare");
});
