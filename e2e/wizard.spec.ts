// The questionnaire wizard as a person uses it: by keyboard alone, with a refused Next, going
// back, leaving and returning, reviewing and changing answers, and on a 360 px screen. The results
// page is someone else's: these tests stop at its URL.
import { expect, test, type Locator, type Page } from "@playwright/test";

const DRAFT_KEY = "hypervisor-advisor:draft:v1";

function stepHeading(page: Page, step: number) {
  return page.getByRole("heading", { level: 2, name: new RegExp(`^Step ${step} of 9`) });
}

/** Presses Tab until `target` has focus, the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

async function nextStep(page: Page, to: number) {
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(stepHeading(page, to)).toBeFocused();
}

async function expectNoHorizontalScroll(page: Page) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.scrollingElement!.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

test("the wizard can be completed with the keyboard alone and leads to the results URL", async ({ page }) => {
  await page.goto("/questionnaire");
  const submit = page.locator('form[aria-label="Questionnaire"] button[type="submit"]');

  // 1 Workloads: drop the default, pick Linux applications (two options further on).
  await tabTo(page, page.getByRole("checkbox", { name: "General servers" }));
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("checkbox", { name: "Linux applications" })).toBeFocused();
  await page.keyboard.press("Space");
  await tabTo(page, submit);
  await page.keyboard.press("Enter");

  // Single choices: Tab lands on the chosen radio, arrows move the choice.
  const radioSteps: [step: number, key: "ArrowUp" | "ArrowDown", presses: number][] = [
    [2, "ArrowUp", 1], // A mix → Mostly Linux
    [3, "ArrowUp", 1], // No preference → Open source preferred
    [4, "ArrowDown", 4], // On-premises → Kubernetes
    [5, "ArrowDown", 3], // Nothing yet → KVM
    [6, "ArrowDown", 1], // Medium → Large
    [7, "ArrowUp", 1], // Moderate → Minimal
  ];
  for (const [step, key, presses] of radioSteps) {
    await expect(stepHeading(page, step)).toBeFocused();
    await page.keyboard.press("Tab");
    for (let i = 0; i < presses; i++) await page.keyboard.press(key);
    await tabTo(page, submit);
    await page.keyboard.press("Enter");
  }

  // 8 Must-haves: the first two.
  await expect(stepHeading(page, 8)).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await tabTo(page, submit);
  await page.keyboard.press("Enter");

  // 9 Team skills: Linux and Automation.
  await expect(stepHeading(page, 9)).toBeFocused();
  await tabTo(page, page.getByRole("checkbox", { name: "Linux" }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("checkbox", { name: "Automation" }));
  await page.keyboard.press("Space");
  await expect(submit).toHaveText("Review answers");
  await tabTo(page, submit);
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 2, name: /Review your answers/ })).toBeFocused();
  await expect(submit).toHaveText("See the recommendation");
  await tabTo(page, submit);
  await page.keyboard.press("Enter");

  await page.waitForURL(/\/results\?/);
  const params = new URL(page.url()).searchParams;
  expect(Object.fromEntries(params)).toEqual({
    workloads: "linux-apps",
    guestOs: "mostly-linux",
    licensing: "open-source-preferred",
    cloudPlatform: "kubernetes",
    currentPlatform: "kvm",
    scale: "large",
    budget: "minimal",
    mustHaves: "live-migration,high-availability",
    teamSkills: "linux,automation",
  });

  // Back from the results reopens the filled-in review without asking.
  await page.goBack();
  await expect(page.getByRole("heading", { level: 2, name: /Review your answers/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Review your answers" })).toContainText("Kubernetes (KubeVirt)");
});

test("Next is refused with an announced message until a workload is chosen", async ({ page }) => {
  await page.goto("/questionnaire");
  const generalServers = page.getByRole("checkbox", { name: "General servers" });
  await generalServers.uncheck();
  await page.getByRole("button", { name: "Next", exact: true }).click();

  // Scoped: Next.js keeps its own route announcer with role "alert" on every page.
  const alert = page.getByRole("form", { name: "Questionnaire" }).getByRole("alert");
  await expect(alert).toHaveText("Choose at least one workload.");
  await expect(alert).toBeVisible();
  await expect(stepHeading(page, 1)).toBeVisible();
  // Focus goes to the field to fix, which carries the message as its description.
  await expect(generalServers).toBeFocused();
  await expect(generalServers).toHaveAttribute("aria-invalid", "true");
  await expect(generalServers).toHaveAccessibleDescription(/Choose at least one workload\./);

  await page.getByRole("checkbox", { name: "Databases" }).check();
  await expect(alert).toHaveText("");
  await nextStep(page, 2);
});

test("Back keeps the answers given so far", async ({ page }) => {
  await page.goto("/questionnaire");
  await page.getByRole("checkbox", { name: "Virtual desktops (VDI)" }).check();
  await nextStep(page, 2);
  await page.getByRole("radio", { name: "Mostly Windows" }).check();
  await nextStep(page, 3);

  await page.getByRole("button", { name: "Back" }).click();
  await expect(stepHeading(page, 2)).toBeFocused();
  await expect(page.getByRole("radio", { name: "Mostly Windows" })).toBeChecked();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("checkbox", { name: "Virtual desktops (VDI)" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "General servers" })).toBeChecked();

  // The steps list jumps forward to a step already reached, with the answers shown beside it.
  const steps = page.getByRole("navigation", { name: "Steps" });
  await expect(steps.getByRole("button", { name: /Guest OS/ })).toContainText("Mostly Windows");
  await steps.getByRole("button", { name: /Licensing/ }).click();
  await expect(stepHeading(page, 3)).toBeFocused();
});

test("a reload offers to resume; resuming restores the step and answers, starting over resets", async ({ page }) => {
  await page.goto("/questionnaire");
  await page.getByRole("checkbox", { name: "Databases" }).check();
  await nextStep(page, 2);
  await page.getByRole("radio", { name: "Mostly Linux" }).check();
  await nextStep(page, 3);
  await page.getByRole("radio", { name: "Open source required" }).check();

  await page.reload();
  const prompt = page.getByRole("region", { name: "Continue your saved answers?" });
  await expect(prompt).toContainText("2 of 9 questions answered");
  await expect(page.getByRole("form", { name: "Questionnaire" })).toHaveCount(0);
  await prompt.getByRole("button", { name: "Resume where you left off" }).click();
  await expect(stepHeading(page, 3)).toBeFocused();
  await expect(page.getByRole("radio", { name: "Open source required" })).toBeChecked();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("radio", { name: "Mostly Linux" })).toBeChecked();

  await page.reload();
  await page.getByRole("button", { name: "Start over" }).click();
  await expect(stepHeading(page, 1)).toBeFocused();
  await expect(page.getByRole("checkbox", { name: "Databases" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "General servers" })).toBeChecked();
  await page.reload();
  await expect(stepHeading(page, 1)).toBeVisible();
  await expect(page.getByRole("button", { name: "Resume where you left off" })).toHaveCount(0);
});

test("a corrupt draft is ignored", async ({ page }) => {
  await page.goto("/questionnaire");
  await page.evaluate((key) => localStorage.setItem(key, "{not json"), DRAFT_KEY);
  await page.reload();
  await expect(stepHeading(page, 1)).toBeVisible();
  await expect(page.getByRole("button", { name: "Resume where you left off" })).toHaveCount(0);
});

test("the review lists every answer in words and Change returns to its step", async ({ page }) => {
  await page.goto("/questionnaire");
  for (let step = 2; step <= 9; step++) await nextStep(page, step);
  await page.getByRole("button", { name: "Review answers" }).click();

  const review = page.getByRole("region", { name: "Review your answers" });
  await expect(review.getByRole("heading", { level: 2 })).toBeFocused();
  for (const words of ["General servers", "A mix", "No preference", "On-premises cluster, no cloud stack", "Nothing yet", "Medium", "Moderate"]) {
    await expect(review.getByRole("definition").filter({ hasText: words }).first()).toBeVisible();
  }
  await expect(review).not.toContainText("general-server");

  await review.getByRole("button", { name: "Change Guest OS" }).click();
  await expect(stepHeading(page, 2)).toBeFocused();
  await page.getByRole("radio", { name: "Mostly Linux" }).check();
  await page.getByRole("button", { name: "Back to review" }).click();
  await expect(review).toContainText("Mostly Linux");
  await expect(review).not.toContainText("A mix");
});

test("answers in the URL open the review, and submitting keeps weight overrides", async ({ page }) => {
  const answers =
    "workloads=vdi,databases&guestOs=mostly-windows&licensing=commercial-preferred&cloudPlatform=azure&currentPlatform=esxi&scale=small&budget=flexible&mustHaves=vendor-support&teamSkills=windows";
  await page.goto(`/questionnaire?${answers}&w.licence-cost=30`);
  const review = page.getByRole("region", { name: "Review your answers" });
  await expect(review).toContainText("Virtual desktops (VDI)");
  await expect(review).toContainText("Microsoft Azure");
  await page.getByRole("button", { name: "See the recommendation" }).click();
  await page.waitForURL(/\/results\?/);
  expect(new URL(page.url()).search).toBe(`?${answers.replaceAll(",", "%2C")}&w.licence-cost=30`);
});

test("no horizontal scrolling at any step", async ({ page }) => {
  await page.goto("/questionnaire");
  await expectNoHorizontalScroll(page);
  for (let step = 2; step <= 9; step++) {
    await nextStep(page, step);
    await expectNoHorizontalScroll(page);
  }
  await page.getByRole("button", { name: "Review answers" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /Review your answers/ })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.reload();
  await expect(page.getByRole("button", { name: "Resume where you left off" })).toBeVisible();
  await expectNoHorizontalScroll(page);
});
