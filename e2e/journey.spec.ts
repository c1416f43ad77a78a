// From the landing page to a recommendation with the keyboard alone, for two situations a domain
// expert would answer without hesitation (QUESTIONNAIRE.md's first two examples).
import { expect, test, type Page } from "@playwright/test";

type Choice = { single: string } | { multiple: string[] };

/** Each step's answer, by option label; multiple choices replace the defaults. */
type Journey = { name: string; steps: Choice[]; winner: string; ruledOut: string[] };

const JOURNEYS: Journey[] = [
  {
    name: "Linux estate moving to OpenStack, open source required",
    steps: [
      { multiple: ["Linux applications"] },
      { single: "Mostly Linux" },
      { single: "Open source required" },
      { single: "OpenStack" },
      { single: "Nothing yet" },
      { single: "Medium" },
      { single: "Moderate" },
      { multiple: ["Live migration"] },
      { multiple: ["Linux"] },
    ],
    winner: "KVM",
    ruledOut: ["VMware ESXi (vSphere)", "Microsoft Hyper-V"],
  },
  {
    name: "Windows Server shop extending into Azure, on Hyper-V today",
    steps: [
      { multiple: ["Windows applications"] },
      { single: "Mostly Windows" },
      { single: "No preference" },
      { single: "Microsoft Azure" },
      { single: "Microsoft Hyper-V" },
      { single: "Medium" },
      { single: "Moderate" },
      { multiple: [] },
      { multiple: ["Windows Server"] },
    ],
    winner: "Microsoft Hyper-V",
    ruledOut: [],
  },
];

async function press(page: Page, key: string, times = 1) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** Tab forward until the focused element satisfies `isTarget` (bounded, so a trap fails the test). */
async function tabUntil(page: Page, isTarget: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 60; i++) {
    if (await isTarget()) return;
    await press(page, "Tab");
  }
  throw new Error(`Tab never reached ${what}`);
}

const focusedIs = (page: Page, role: "radio" | "checkbox", name?: string) => async () =>
  page.evaluate(
    ([type, label]) => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el || el.type !== type) return false;
      return label === undefined || el.labels?.[0]?.textContent?.trim().startsWith(label) === true;
    },
    [role, name] as const,
  );

async function answerStep(page: Page, choice: Choice) {
  if ("single" in choice) {
    const target = page.getByRole("radio", { name: choice.single, exact: true });
    await tabUntil(page, focusedIs(page, "radio"), "the option group");
    // Arrow keys move the choice within a radio group, wrapping at the end.
    for (let i = 0; i < 12 && !(await target.isChecked()); i++) await press(page, "ArrowDown");
    await expect(target).toBeChecked();
  } else {
    const boxes = page.getByRole("checkbox");
    for (let i = 0; i < (await boxes.count()); i++) {
      const box = boxes.nth(i);
      const label =
        (await box.getAttribute("aria-label")) ??
        (await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? ""));
      const wanted = choice.multiple.some((name) => label.trim().startsWith(name));
      if ((await box.isChecked()) !== wanted) {
        await tabUntil(page, async () => box.evaluate((el) => el === document.activeElement), `checkbox ${label}`);
        await press(page, "Space");
      }
    }
  }
  const submit = page.locator('form[aria-label="Questionnaire"] button[type="submit"]');
  await tabUntil(page, async () => submit.evaluate((el) => el === document.activeElement), "the Next button");
  await press(page, "Enter");
}

for (const journey of JOURNEYS) {
  test(`keyboard only: ${journey.name} → ${journey.winner}`, async ({ page }) => {
    await page.goto("/");
    const start = page.getByRole("link", { name: "Start the questionnaire" });
    await tabUntil(page, async () => start.evaluate((el) => el === document.activeElement), "Start the questionnaire");
    await press(page, "Enter");
    await expect(page.getByRole("heading", { level: 2, name: /^Step 1 of 10/ })).toBeVisible();

    for (const [index, choice] of journey.steps.entries()) {
      // Focus moves to each new step's heading; on arrival it stays where the page put it.
      const heading = page.getByRole("heading", { level: 2, name: new RegExp(`^Step ${index + 1} of 10`) });
      await (index === 0 ? expect(heading).toBeVisible() : expect(heading).toBeFocused());
      await answerStep(page, choice);
    }
    // The optional estate step: skipped, so the result is priced by nothing and the journey is as before.
    await expect(page.getByRole("heading", { level: 2, name: /^Step 10 of 10/ })).toBeFocused();
    await answerStepSubmitOnly(page, "Skip this step");
    await expect(page.getByRole("heading", { level: 2, name: /Review your answers/ })).toBeFocused();
    await answerStepSubmitOnly(page);

    await page.waitForURL(/\/results\?/);
    await expect(page.getByTestId("winner-name")).toHaveText(journey.winner);
    for (const name of journey.ruledOut) {
      await expect(page.getByRole("region", { name: /Ruled out/i })).toContainText(name);
    }
  });
}

async function answerStepSubmitOnly(page: Page, label = "See the recommendation") {
  const submit = page.locator('form[aria-label="Questionnaire"] button[type="submit"]');
  await tabUntil(page, async () => submit.evaluate((el) => el === document.activeElement), label);
  await press(page, "Enter");
}
