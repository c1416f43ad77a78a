// Every public page at 360, 390, 768 and 1,280 px, light and dark: no sideways scrolling and no
// table header printing over its neighbour (e2e/lib/layout.ts). The admin pages get the same check
// in admin.spec.ts, which has a signed-in server of its own. Pages are filled the way a person
// would see them at their busiest: every must-have, an estate with a plan, three saved plans side
// by side.
import { expect, test } from "@playwright/test";
import type { Answers } from "../lib/questionnaire/answers";
import { QUESTIONS } from "../lib/questionnaire/questions";
import { answersToSearchParams } from "../lib/questionnaire/url-state";
import { ESTATE, VSPHERE } from "./lib/answers";
import { expectLaidOut } from "./lib/layout";

const DRAFT_KEY = "hypervisor-advisor:draft:v1";
const REVIEW_STEP = QUESTIONS.length + 1;

const BUSY: Answers = {
  ...VSPHERE,
  workloads: ["general-server", "databases", "vdi", "linux-apps", "windows-apps"],
  vdiBroker: "citrix",
  teamSkills: ["vmware", "windows"],
  estate: ESTATE,
  years: 3,
};

// The longest answer summary the steps list and the review can show.
const EVERY_MUST_HAVE = QUESTIONS.find((question) => question.id === "mustHaves")!.options.map(
  (option) => option.value,
);

test("the landing, knowledge-base, API reference and empty My recommendations pages, a bad results link and a missing share", async ({
  page,
}, testInfo) => {
  for (const [path, label] of [
    ["/", "landing"],
    ["/knowledge", "knowledge"],
    ["/docs/api", "api-reference"],
    ["/mine", "mine-empty"],
    // A mistyped results link: the field errors in words, inside the card.
    [
      "/results?workloads=general-server,mainframes&guestOs=mostly-beos&scale=enormous&w.not-a-criterion=5000",
      "results-invalid",
    ],
    ["/r/not-a-saved-link", "share-missing"],
  ] as const) {
    await page.goto(path);
    await expectLaidOut(page, testInfo, label);
  }
});

test("every wizard step and the review, with a draft answered throughout", async ({ page }, testInfo) => {
  await page.goto("/questionnaire");
  await page.evaluate(
    ([key, answers, review]) => localStorage.setItem(key, JSON.stringify({ answers, step: review, furthest: review })),
    [DRAFT_KEY, { ...BUSY, mustHaves: EVERY_MUST_HAVE }, REVIEW_STEP] as const,
  );
  for (const name of [...QUESTIONS.map((question) => question.id), "estate", "review"]) {
    await page.goto(`/questionnaire?step=${name}`);
    await expect(page).toHaveURL(new RegExp(`step=${name}$`));
    await expectLaidOut(page, testInfo, `wizard-${name}`);
  }
});

test("the results page with a plan and a knockout", async ({ page }, testInfo) => {
  await page.goto(`/results?${answersToSearchParams(BUSY)}`);
  await expect(page.getByTestId("winner-name")).toBeVisible();
  await expect(page.locator("[data-interactive]")).toBeAttached();
  await expectLaidOut(page, testInfo, "results");
});

test("a shared plan, three compared, and My recommendations listing them", async ({ page }, testInfo) => {
  const ids: string[] = [];
  for (const [budget, name] of [
    ["flexible", "Datacentre renewal 2027, flexible budget, with the long name a board paper gets"],
    ["moderate", "Moderate"],
    ["minimal", "Minimal budget"],
  ] as const) {
    // page.request shares the page's cookies: the owner cookie lists these on /mine.
    const response = await page.request.post("/api/v1/recommendations", {
      data: { answers: { ...BUSY, budget }, name },
    });
    expect(response.status()).toBe(201);
    ids.push((await response.json()).id);
  }
  await page.goto(`/r/${ids[0]}`);
  await expect(page.getByTestId("winner-name")).toBeVisible();
  await expectLaidOut(page, testInfo, "share");
  await page.goto(`/compare?ids=${ids.join(",")}`);
  await expectLaidOut(page, testInfo, "compare");
  await page.goto("/mine");
  await expect(page.getByRole("link", { name: "Minimal budget" })).toBeVisible();
  await expectLaidOut(page, testInfo, "mine");
});
