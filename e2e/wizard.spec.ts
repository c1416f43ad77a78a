// The questionnaire wizard as a person uses it: by keyboard alone, with a refused Next, going
// back (in the form and in the browser), leaving and returning, reviewing and changing answers, the
// optional estate step, and on a 360 px screen. The results page is someone else's: these tests
// stop at its URL.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEFAULT_ANSWERS } from "../lib/questionnaire/questions";

const DRAFT_KEY = "hypervisor-advisor:draft:v1";

/** Nine questions, then the optional estate step, then the review (which has no number). */
const STEP_COUNT = 10;
const ESTATE_STEP = 10;

function stepHeading(page: Page, step: number) {
  return page.getByRole("heading", { level: 2, name: new RegExp(`^Step ${step} of ${STEP_COUNT}`) });
}

function estateInput(page: Page, name: string | RegExp) {
  return page
    .getByRole("form", { name: "Questionnaire" })
    .getByRole("textbox", { name, exact: typeof name === "string" });
}

/** The nine questions answered (with the API's example answers) and the estate step open, as after a reload there. */
async function goToEstateStep(page: Page) {
  await page.goto("/questionnaire");
  await page.evaluate(
    ([key, answers]) => localStorage.setItem(key, JSON.stringify({ answers, step: 9, furthest: 9 })),
    [DRAFT_KEY, DEFAULT_ANSWERS] as const,
  );
  await page.goto("/questionnaire?step=estate");
  await expect(stepHeading(page, ESTATE_STEP)).toBeVisible();
}

/** The question answered with its first option (kept if already ticked), then Next. */
async function answerFirstAndNext(page: Page, to: number) {
  await page.getByRole("form", { name: "Questionnaire" }).locator("fieldset input").first().check();
  await nextStep(page, to);
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

/** Databases, Mostly Linux, then `licensing` on step 3, leaving the wizard on step 3. */
async function answerFirstThree(page: Page, licensing: string) {
  await page.goto("/questionnaire");
  await page.getByRole("checkbox", { name: "Databases" }).check();
  await nextStep(page, 2);
  await page.getByRole("radio", { name: "Mostly Linux" }).check();
  await nextStep(page, 3);
  await page.getByRole("radio", { name: licensing }).check();
}

async function expectNoHorizontalScroll(page: Page) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [
    document.scrollingElement!.scrollWidth,
    window.innerWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

test("the wizard can be completed with the keyboard alone and leads to the results URL", async ({ page }) => {
  await page.goto("/questionnaire");
  const submit = page.locator('form[aria-label="Questionnaire"] button[type="submit"]');

  // 1 Workloads: nothing is ticked for the person; Linux applications is the third option.
  await expect(page.getByRole("form", { name: "Questionnaire" }).locator("input:checked")).toHaveCount(0);
  await tabTo(page, page.getByRole("checkbox", { name: "General servers" }));
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("checkbox", { name: "Linux applications" })).toBeFocused();
  await page.keyboard.press("Space");
  await tabTo(page, submit);
  await page.keyboard.press("Enter");

  // Single choices, none chosen beforehand: Tab lands on the first radio, Space picks it, the arrows move the choice.
  const radioSteps: [step: number, presses: number][] = [
    [2, 1], // Mostly Windows → Mostly Linux
    [3, 1], // Open source required → Open source preferred
    [4, 4], // On-premises → Kubernetes
    [5, 3], // Nothing yet → KVM
    [6, 2], // Small → Large
    [7, 0], // Minimal
  ];
  for (const [step, presses] of radioSteps) {
    await expect(stepHeading(page, step)).toBeFocused();
    await expect(page.getByRole("form", { name: "Questionnaire" }).locator("input:checked")).toHaveCount(0);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    for (let i = 0; i < presses; i++) await page.keyboard.press("ArrowDown");
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
  await expect(submit).toHaveText("Next");
  await tabTo(page, submit);
  await page.keyboard.press("Enter");

  // 10 Your estate: left empty, so the button skips it.
  await expect(stepHeading(page, ESTATE_STEP)).toBeFocused();
  await expect(submit).toHaveAccessibleName("Skip this step");
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
  await expect(generalServers).not.toBeChecked();
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

  // A single choice nobody made is refused in words, not with the validator's list of options.
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(alert).toHaveText("Choose one of the answers to go on.");
  await expect(page.getByRole("radio", { name: "Mostly Windows" })).toBeFocused();
  await page.getByRole("radio", { name: "A mix" }).check();
  await expect(alert).toHaveText("");
  await nextStep(page, 3);
});

test("each step is a history entry: Back and Forward move between steps and a reload keeps the step", async ({
  page,
}) => {
  await answerFirstThree(page, "No preference");
  await nextStep(page, 4);
  await expect(page).toHaveURL(/\?step=cloudPlatform$/);

  await page.goBack();
  await expect(stepHeading(page, 3)).toBeFocused();
  await expect(page).toHaveURL(/\?step=licensing$/);
  await expect(page.getByRole("radio", { name: "No preference" })).toBeChecked();
  await page.goBack();
  await expect(stepHeading(page, 2)).toBeFocused();
  await expect(page.getByRole("radio", { name: "Mostly Linux" })).toBeChecked();
  await page.goForward();
  await expect(stepHeading(page, 3)).toBeFocused();

  await page.reload();
  await expect(stepHeading(page, 3)).toBeVisible();
  await expect(page.getByRole("radio", { name: "No preference" })).toBeChecked();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("radio", { name: "Mostly Linux" })).toBeChecked();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("checkbox", { name: "Databases" })).toBeChecked();

  // A step nobody has reached cannot be opened by its address.
  await page.goto("/questionnaire?step=budget");
  await expect(stepHeading(page, 4)).toBeVisible();
  await expect(page).toHaveURL(/\?step=cloudPlatform$/);
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
  await expect(page.getByRole("checkbox", { name: "General servers" })).not.toBeChecked();

  // The steps list jumps forward to a step already reached, with the answers shown beside it.
  const steps = page.getByRole("navigation", { name: "Steps" });
  await expect(steps.getByRole("button", { name: /Guest OS/ })).toContainText("Mostly Windows");
  await steps.getByRole("button", { name: /Licensing/ }).click();
  await expect(stepHeading(page, 3)).toBeFocused();
});

test("returning to the questionnaire offers to resume; resuming restores the step and answers, starting over resets", async ({
  page,
}) => {
  await answerFirstThree(page, "Open source required");

  // The landing page offers the way back, with how far the answers got.
  await page.goto("/");
  const resume = page.getByRole("link", { name: /^Continue your answers/ });
  await expect(resume).toHaveText("Continue your answers: 3 of 9 answered, at Licensing");
  await resume.click();
  await expect(stepHeading(page, 3)).toBeVisible();
  await expect(page.getByRole("radio", { name: "Open source required" })).toBeChecked();

  // Coming back later to the bare address asks before reopening the answers.
  await page.goto("/questionnaire");
  const prompt = page.getByRole("region", { name: "Continue your saved answers?" });
  await expect(prompt).toContainText("3 of 9 questions answered");
  await expect(page.getByRole("form", { name: "Questionnaire" })).toHaveCount(0);
  await prompt.getByRole("button", { name: "Resume where you left off" }).click();
  await expect(stepHeading(page, 3)).toBeFocused();
  await expect(page.getByRole("radio", { name: "Open source required" })).toBeChecked();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("radio", { name: "Mostly Linux" })).toBeChecked();

  await page.goto("/questionnaire");
  await page.getByRole("button", { name: "Start over" }).click();
  await expect(stepHeading(page, 1)).toBeFocused();
  await expect(page.getByRole("checkbox", { name: "Databases" })).not.toBeChecked();
  await expect(page.getByRole("form", { name: "Questionnaire" }).locator("input:checked")).toHaveCount(0);
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
  await goToEstateStep(page);
  await page.getByRole("button", { name: "Skip this step" }).click();

  const review = page.getByRole("region", { name: "Review your answers" });
  await expect(review.getByRole("heading", { level: 2 })).toBeFocused();
  for (const words of [
    "General servers",
    "A mix",
    "No preference",
    "On-premises cluster, no cloud stack",
    "Nothing yet",
    "Medium",
    "Moderate",
    "Not given",
  ]) {
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

test("no horizontal scrolling at any step, with the longest answers in the steps list @layout", async ({ page }) => {
  await page.goto("/questionnaire");
  await expectNoHorizontalScroll(page);
  const form = page.getByRole("form", { name: "Questionnaire" });
  for (let step = 2; step <= ESTATE_STEP; step++) {
    // Every box ticked on the list questions: their summaries are the longest the steps list shows.
    const boxes = form.getByRole("checkbox");
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
    await answerFirstAndNext(page, step);
    await expectNoHorizontalScroll(page);
  }
  // The estate step again with every error showing, its longest state.
  await estateInput(page, "Hosts").fill("4");
  await estateInput(page, /^Of which Windows/).fill("many");
  await page.getByRole("button", { name: "Review answers" }).click();
  await expect(estateInput(page, "CPU sockets per host")).toBeFocused();
  await expectNoHorizontalScroll(page);
  await estateInput(page, "Hosts").fill("");
  await estateInput(page, /^Of which Windows/).fill("");
  await page.getByRole("button", { name: "Skip this step" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /Review your answers/ })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.goto("/questionnaire");
  await expect(page.getByRole("button", { name: "Resume where you left off" })).toBeVisible();
  await expectNoHorizontalScroll(page);
});

test("the estate step prices the plan: its numbers go into the results URL", async ({ page }) => {
  await goToEstateStep(page);
  const submit = page.locator('form[aria-label="Questionnaire"] button[type="submit"]');
  await expect(submit).toHaveAccessibleName("Skip this step");

  await estateInput(page, "Hosts").fill("4");
  await expect(submit).toHaveText("Review answers");
  await estateInput(page, "CPU sockets per host").fill("2");
  await estateInput(page, "Cores per CPU").fill("8");
  await expect(page.getByRole("form", { name: "Questionnaire" }).getByRole("status")).toHaveText("= 64 physical cores");
  await estateInput(page, /^Virtual machines/).fill("80");
  await estateInput(page, /^Of which Windows/).fill("40");
  await submit.click();

  const review = page.getByRole("region", { name: "Review your answers" });
  await expect(review.getByRole("heading", { level: 2 })).toBeFocused();
  for (const words of ["4 hosts × 2 sockets × 8 cores", "80 VMs (40 Windows Server)", "3 years"])
    await expect(review).toContainText(words);
  const steps = page.getByRole("navigation", { name: "Steps" });
  await expect(steps.getByRole("button", { name: /Your estate/ })).toContainText(
    "4 hosts × 2 sockets × 8 cores, 80 VMs (40 Windows Server), 3 years",
  );

  // Change brings the numbers back as typed.
  await review.getByRole("button", { name: "Change Your estate" }).click();
  await expect(stepHeading(page, ESTATE_STEP)).toBeFocused();
  await expect(estateInput(page, "Hosts")).toHaveValue("4");
  await expect(estateInput(page, /^Of which Windows/)).toHaveValue("40");
  await page.getByRole("button", { name: "Back to review" }).click();

  await page.getByRole("button", { name: "See the recommendation" }).click();
  await page.waitForURL(/\/results\?/);
  const params = new URL(page.url()).searchParams;
  expect(params.get("estate.hosts")).toBe("4");
  expect(params.get("estate.socketsPerHost")).toBe("2");
  expect(params.get("estate.coresPerSocket")).toBe("8");
  expect(params.get("estate.vms")).toBe("80");
  expect(params.get("estate.windowsVms")).toBe("40");
  // The horizon was left empty: the default applies and the URL does not spell it out.
  expect(params.has("years")).toBe(false);
  expect(params.get("workloads")).toBe("general-server");

  // The saved draft keeps the estate: Back from the results reopens the review with it.
  await page.goBack();
  await expect(page.getByRole("region", { name: "Review your answers" })).toContainText(
    "4 hosts × 2 sockets × 8 cores",
  );
});

test("hosts alone is refused with errors naming sockets and cores; clearing it skips the step", async ({ page }) => {
  await goToEstateStep(page);
  const hosts = estateInput(page, "Hosts");
  const sockets = estateInput(page, "CPU sockets per host");
  const cores = estateInput(page, "Cores per CPU");
  await hosts.fill("4");
  await page.getByRole("button", { name: "Review answers" }).click();

  await expect(stepHeading(page, ESTATE_STEP)).toBeVisible();
  const alert = page.getByRole("form", { name: "Questionnaire" }).getByRole("alert");
  await expect(alert).toContainText("CPU sockets per host");
  await expect(alert).toContainText("cores per CPU");
  // Focus goes to the first field to fix; each carries its own message as its description.
  await expect(sockets).toBeFocused();
  await expect(sockets).toHaveAttribute("aria-invalid", "true");
  await expect(sockets).toHaveAccessibleDescription(/Enter the CPU sockets per host too\./);
  await expect(cores).toHaveAttribute("aria-invalid", "true");
  await expect(cores).toHaveAccessibleDescription(/Enter the cores per CPU too\./);
  await expect(hosts).not.toHaveAttribute("aria-invalid", "true");

  // A value out of range is the schema's message, by its field.
  await sockets.fill("40");
  await expect(sockets).toHaveAccessibleDescription(/CPU sockets per host must be at most 16/);

  // Clearing everything again makes the step skippable, with no errors left behind.
  await hosts.fill("");
  await sockets.fill("");
  await expect(alert).toHaveText("");
  await expect(cores).not.toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Skip this step" }).click();
  await expect(page.getByRole("region", { name: "Review your answers" })).toContainText("Not given");
});

test("the VDI broker is asked under workloads once desktops are chosen, reviewed, and dropped with them", async ({
  page,
}) => {
  const answers =
    "workloads=vdi&guestOs=mostly-windows&licensing=commercial-preferred&cloudPlatform=on-premises&currentPlatform=esxi&scale=small&budget=flexible&mustHaves=&teamSkills=vmware";
  await page.goto(`/questionnaire?${answers}&vdiBroker=horizon`);
  const review = page.getByRole("region", { name: "Review your answers" });
  await expect(review.getByRole("definition").filter({ hasText: "Omnissa Horizon" })).toBeVisible();
  await page.getByRole("button", { name: "Change VDI broker" }).click();
  const broker = page.getByRole("group", { name: "Which broker runs your virtual desktops?" });
  await expect(broker.getByRole("radio", { name: "Omnissa Horizon" })).toBeChecked();
  await broker.getByRole("radio", { name: "Citrix" }).check();
  await page.getByRole("button", { name: "Back to review" }).click();
  await expect(review).toContainText("Citrix");
  await page.getByRole("button", { name: "See the recommendation" }).click();
  await page.waitForURL(/\/results\?/);
  expect(new URL(page.url()).searchParams.get("vdiBroker")).toBe("citrix");

  await page.goBack();
  await page.getByRole("button", { name: "Change Workloads" }).click();
  await page.getByRole("checkbox", { name: "General servers" }).check();
  await page.getByRole("checkbox", { name: /^Virtual desktops/ }).uncheck();
  await expect(broker).toHaveCount(0);
  await page.getByRole("button", { name: "Back to review" }).click();
  await expect(review).not.toContainText("VDI broker");
  await page.getByRole("button", { name: "See the recommendation" }).click();
  await page.waitForURL(/\/results\?/);
  expect(new URL(page.url()).searchParams.has("vdiBroker")).toBe(false);
});

/** The answers saved as a draft open at `step` (an index: 9 is the estate step, 10 the review), every step up to it reached. */
async function saveDraft(page: Page, answers: object, step: number) {
  await page.goto("/questionnaire");
  await page.evaluate(([key, draft]) => localStorage.setItem(key, JSON.stringify(draft)), [
    DRAFT_KEY,
    { answers, step, furthest: step },
  ] as const);
}

test("@phone at 390 × 740 the introduction is read on the first step only: every later step starts within 160 px of the top", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 740 });
  await page.goto("/questionnaire");
  const intro = page.getByText(/^9 questions on workloads/);
  await expect(intro).toBeVisible();
  await expect(stepHeading(page, 1)).toBeVisible();

  await saveDraft(page, DEFAULT_ANSWERS, 10);
  const form = page.getByRole("form", { name: "Questionnaire" });
  for (const step of ["guestOs", "scale", "estate", "review"]) {
    await page.goto(`/questionnaire?step=${step}`);
    const heading = form.getByRole("heading", { level: 2 }).first();
    await expect(heading).toBeVisible();
    expect((await heading.boundingBox())!.y, step).toBeLessThanOrEqual(160);
    await expect(intro).toBeHidden();
    // Out of sight, the page keeps its heading for screen readers.
    await expect(page.getByRole("heading", { level: 1, name: "Describe your environment" })).toHaveCount(1);
  }
});

test("the single-choice hint mentions the arrow keys where a mouse and keyboard are likely", async ({ page }) => {
  await saveDraft(page, { workloads: ["general-server"] }, 1);
  await page.goto("/questionnaire?step=guestOs");
  await expect(stepHeading(page, 2)).toBeVisible();
  await expect(page.getByText("The arrow keys move between the answers.", { exact: true })).toBeVisible();
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 740 } });

  test("@phone the single-choice hint does not mention arrow keys a touch screen has not got", async ({ page }) => {
    await saveDraft(page, { workloads: ["general-server"] }, 1);
    await page.goto("/questionnaire?step=guestOs");
    await expect(stepHeading(page, 2)).toBeVisible();
    expect(await page.evaluate(() => matchMedia("(pointer: coarse)").matches)).toBe(true);
    const form = page.getByRole("form", { name: "Questionnaire" });
    await expect(form.getByText("Choose one.")).toBeVisible();
    const keys = form.getByText("The arrow keys move between the answers.", { exact: true });
    await expect(keys).toHaveCount(1);
    await expect(keys).toBeHidden();
  });
});

test("@phone at 390 × 740 an option reached with Tab is never under the sticky Back/Next bar", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 740 });
  await page.goto("/questionnaire");
  const form = page.getByRole("form", { name: "Questionnaire" });
  const boxes = form.getByRole("checkbox");
  await expect(boxes).toHaveCount(9);
  const card = (index: number) => boxes.nth(index).locator("xpath=ancestor::label[1]");
  // The last workloads start below the screen: reaching them scrolls the page.
  expect((await card(8).boundingBox())!.y).toBeGreaterThan(740);
  const bar = form.getByRole("button", { name: "Next", exact: true }).locator("..");

  await tabTo(page, boxes.first());
  for (let index = 0; index < 9; index++) {
    if (index > 0) await page.keyboard.press("Tab");
    await expect(boxes.nth(index)).toBeFocused();
    const option = (await card(index).boundingBox())!;
    const actions = (await bar.boundingBox())!;
    expect(option.y + option.height, `option ${index + 1}`).toBeLessThanOrEqual(actions.y);
  }
});

test("hosts that contradict the scale answer are said on the estate step and the review, and one button makes them agree", async ({
  page,
}) => {
  await saveDraft(page, { ...DEFAULT_ANSWERS, scale: "small" }, 9);
  await page.goto("/questionnaire?step=estate");
  await expect(stepHeading(page, ESTATE_STEP)).toBeVisible();
  const form = page.getByRole("form", { name: "Questionnaire" });
  const note = form.getByTestId("scale-mismatch");
  await expect(note).toHaveCount(0);

  // The hosts alone are enough to tell: the note does not wait for sockets and cores.
  await estateInput(page, "Hosts").fill("40");
  await expect(note).toContainText("Your estate has 40 hosts, but you chose Small (1–3 hosts) for the scale.");
  await expect(note.getByRole("button", { name: "Change the scale to Large" })).toBeVisible();
  await estateInput(page, "CPU sockets per host").fill("2");
  await estateInput(page, "Cores per CPU").fill("16");
  await page.getByRole("button", { name: "Review answers" }).click();

  const review = page.getByRole("region", { name: "Review your answers" });
  await expect(review.getByRole("heading", { level: 2 })).toBeFocused();
  await expect(review.getByTestId("scale-mismatch")).toContainText(
    "Your estate has 40 hosts, but you chose Small (1–3 hosts) for the scale.",
  );
  await expect(review.getByRole("definition").filter({ hasText: /^Small$/ })).toBeVisible();
  await review.getByRole("button", { name: "Change the scale to Large" }).click();
  await expect(review.getByTestId("scale-mismatch")).toHaveCount(0);
  await expect(review.getByText(/^The scale is now Large \(more than 32 hosts, or several sites\)/)).toBeFocused();
  await expect(review.getByRole("definition").filter({ hasText: /^Large$/ })).toBeVisible();

  // The other way round, on the estate step: a single host is no Large estate.
  await review.getByRole("button", { name: "Change Your estate" }).click();
  await expect(stepHeading(page, ESTATE_STEP)).toBeFocused();
  await expect(note).toHaveCount(0);
  await estateInput(page, "Hosts").fill("1");
  await expect(note).toContainText(
    "Your estate has 1 host, but you chose Large (more than 32 hosts, or several sites) for the scale.",
  );
  await note.getByRole("button", { name: "Change the scale to Small" }).click();
  await expect(note).toHaveCount(0);
  await expect(form.getByText(/^The scale is now Small \(1–3 hosts\)/)).toBeFocused();

  await page.getByRole("button", { name: "Back to review" }).click();
  await expect(review.getByTestId("scale-mismatch")).toHaveCount(0);
  await page.getByRole("button", { name: "See the recommendation" }).click();
  await page.waitForURL(/\/results\?/);
  const params = new URL(page.url()).searchParams;
  expect([params.get("scale"), params.get("estate.hosts")]).toEqual(["small", "1"]);
});
