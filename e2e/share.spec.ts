// Fill → save → share link → a colleague opens it; owner controls; compare; exports.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { XLSX_TYPE } from "../lib/inventory/limits";

const LINUX_OPENSTACK =
  "workloads=linux-apps&guestOs=mostly-linux&licensing=open-source-required&cloudPlatform=openstack&currentPlatform=none&scale=medium&budget=moderate&mustHaves=&teamSkills=linux";
const WINDOWS_AZURE =
  "workloads=windows-apps&guestOs=mostly-windows&licensing=no-preference&cloudPlatform=azure&currentPlatform=hyper-v&scale=medium&budget=moderate&mustHaves=&teamSkills=windows";

async function saveFromResults(page: Page, query: string, name: string): Promise<string> {
  await page.goto(`/results?${query}`);
  await page.getByRole("button", { name: "Save & share" }).click();
  const dialog = page.getByRole("dialog", { name: /Save & share/ });
  await dialog.getByLabel(/^Name/).fill(name);
  await dialog.getByLabel(/^Notes/).fill("For the architecture board <script>alert(1)</script>");
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  const saved = page.getByRole("dialog", { name: "Saved" });
  await expect(saved.getByText("To rename or delete it from another browser")).toBeVisible();
  const url = await saved.getByRole("textbox", { name: "Share link" }).inputValue();
  expect(url).toMatch(/\/r\/[A-Za-z0-9_-]{22}$/);
  return url;
}

/** Saves through the API, as a script would, where the dialog is not what a test is about. Returns the id. */
async function saveThroughApi(request: APIRequestContext, name: string, notes?: string): Promise<string> {
  const answers = Object.fromEntries(new URLSearchParams(LINUX_OPENSTACK));
  const response = await request.post("/api/v1/recommendations", {
    data: {
      answers: {
        ...answers,
        workloads: answers.workloads!.split(","),
        mustHaves: [],
        teamSkills: answers.teamSkills!.split(","),
      },
      name,
      notes,
    },
  });
  expect(response.status()).toBe(201);
  return (await response.json()).id;
}

test("a saved recommendation opens for a colleague exactly as computed, with link previews", async ({
  page,
  browser,
}) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const url = await saveFromResults(page, LINUX_OPENSTACK, "OpenStack estate plan");
  const saved = page.getByRole("dialog", { name: "Saved" });
  await saved.getByRole("button", { name: "Copy link" }).click();
  await expect(saved.getByRole("status")).toHaveText("Link copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
  const scoreOnResults = await page.getByTestId("winner-score").textContent();

  // A colleague: another browser context, no cookies.
  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  const response = await other.goto(url);
  expect(response?.status()).toBe(200);
  await expect(other.getByRole("heading", { level: 1, name: "OpenStack estate plan" })).toBeVisible();
  await expect(other.getByText("For the architecture board <script>alert(1)</script>")).toBeVisible();
  await expect(other.getByTestId("winner-name")).toHaveText("KVM");
  await expect(other.getByTestId("winner-score")).toHaveText(scoreOnResults!);
  await expect(other.getByRole("slider")).toHaveCount(0); // read-only
  await expect(other.locator('meta[property="og:title"]')).toHaveAttribute("content", "OpenStack estate plan");
  await expect(other.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const image = await other.locator('meta[property="og:image"]').getAttribute("content");
  const png = await other.request.get(image!);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");

  // Exports.
  const json = await other.request.get(`${url}/snapshot.json`);
  const snapshot = await json.json();
  expect(snapshot.evaluation.winner).toBe("kvm");

  // The page carries the numbers, not the rationales: opening a criterion loads its evidence.
  const kvm = snapshot.evaluation.ranking.find((entry: { hypervisor: string }) => entry.hypervisor === "kvm");
  const rationale: string = kvm.contributions.find((c: { criterion: string }) => c.criterion === "openness").rationale;
  expect(await (await other.request.get(url)).text()).not.toContain(rationale.slice(0, 60));
  const evidence = other.getByRole("region", { name: "KVM: contributions and evidence" });
  await evidence.getByRole("button", { name: "Openness and lock-in" }).click();
  await expect(evidence.getByText(rationale.slice(0, 60))).toBeVisible();
  await other.getByRole("button", { name: "Open all the evidence" }).click();
  await expect(other.getByRole("region", { name: /: contributions and evidence$/ })).toHaveCount(4);
  for (const name of ["VMware ESXi", "Microsoft Hyper-V", "KVM", "Xen"])
    await expect(
      other.getByRole("region", { name: new RegExp(`^${name}.*: contributions and evidence$`) }),
    ).toBeVisible();
  await expect(other.getByText("Loading the evidence…")).toHaveCount(0);
  const csv = await other.request.get(`${url}/ranking.csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).split("\r\n")[0]).toMatch(/^rank,hypervisor,name,eligible,score/);
  const costs = await other.request.get(`${url}/costs.csv`);
  expect(costs.headers()["content-type"]).toContain("text/csv");
  expect((await costs.text()).split("\r\n")[0]).toMatch(/^rank,hypervisor,product,item,quantity/);
  await colleague.close();
});

test("a delete made just before leaving My recommendations still happens", async ({ page }) => {
  const url = await saveFromResults(page, WINDOWS_AZURE, "Left at once");
  await page.goto("/mine");
  await page.getByRole("button", { name: "Delete Left at once" }).click();
  await page.getByRole("link", { name: "Knowledge base", exact: true }).first().click();
  await expect(page).toHaveURL(/\/knowledge$/);
  const api = url.replace("/r/", "/api/v1/recommendations/");
  await expect.poll(async () => (await page.request.get(api)).status(), { timeout: 3_000 }).toBe(404);
});

test("after saving, the button reopens that link instead of saving a duplicate, until a weight changes", async ({
  page,
}) => {
  let posts = 0;
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith("/api/v1/recommendations")) posts++;
  });
  await page.goto(`/results?${LINUX_OPENSTACK}`);
  await expect(page.getByRole("button", { name: "Save & share" })).toBeEnabled();
  const url = await saveFromResults(page, LINUX_OPENSTACK, "Saved once");
  const saved = page.getByRole("dialog", { name: "Saved" });
  // The Save button is gone: the focus is on the dialog's new heading, not on the page behind it.
  await expect(saved.getByRole("heading", { name: "Saved" })).toBeFocused();
  await saved.getByRole("button", { name: "Close" }).click();

  await page.getByRole("button", { name: "Saved: show the link" }).click();
  await expect(saved.getByRole("textbox", { name: "Share link" })).toHaveValue(url);
  // The owner key was shown once, when it was made.
  await expect(saved.getByText("To rename or delete it from another browser")).toHaveCount(0);
  await page.keyboard.press("Escape");
  expect(posts).toBe(1);

  const slider = page.getByRole("slider", { name: "Windows guests", exact: true });
  await slider.focus();
  await page.keyboard.press("End");
  await expect(page.getByRole("button", { name: "Save & share" })).toBeVisible();
});

test("the results page says what saving gives, and once saved offers the report and workbook of the new link", async ({
  page,
}) => {
  await page.goto(`/results?${LINUX_OPENSTACK}`);
  const hint = "Saving gives a link, a PDF report for approvers and a cost workbook.";
  await expect(page.getByRole("button", { name: "Save & share" })).toHaveAccessibleDescription(hint);
  const url = await saveFromResults(page, LINUX_OPENSTACK, "Report for the board");
  const saved = page.getByRole("dialog", { name: "Saved" });
  const downloads = saved.getByRole("list", { name: "For approvers:" });
  await expect(downloads.getByRole("link", { name: "Report (PDF, A4)" })).toHaveAttribute("href", `${url}/report.pdf`);
  await expect(downloads.getByRole("link", { name: "Report (PDF, US Letter)" })).toHaveAttribute(
    "href",
    `${url}/report.pdf?paper=letter`,
  );
  await expect(downloads.getByRole("link", { name: "Cost workbook (Excel)" })).toHaveAttribute(
    "href",
    `${url}/costs.xlsx`,
  );
  // Saved, the button reopens the link with its downloads, and the line about saving has gone.
  await saved.getByRole("button", { name: "Close" }).click();
  await expect(page.getByText(hint)).toHaveCount(0);
  await page.getByRole("button", { name: "Saved: show the link" }).click();
  await expect(downloads.getByRole("link")).toHaveCount(3);
});

test("the owner renames, deletes (with an undo) from My recommendations; the link then answers 404", async ({
  page,
}) => {
  const url = await saveFromResults(page, WINDOWS_AZURE, "Azure extension");
  await page.goto("/mine");
  const item = page.getByRole("listitem").filter({ hasText: "Azure extension" });
  await item.getByRole("button", { name: "Rename Azure extension" }).click();
  await page.getByLabel("New name for Azure extension").fill("Azure extension, final");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("status")).toHaveText("Renamed.");
  await expect(page.getByRole("link", { name: "Azure extension, final" })).toBeVisible();
  // Two saves of one day read apart: the minute is shown, not just the date.
  await expect(item.locator("time")).toHaveText(/^\d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC$/);
  expect((await page.request.get(url.replace("/r/", "/api/v1/recommendations/"))).status()).toBe(200);

  // Delete takes effect a few seconds later, with an Undo until then (no confirm() box).
  const api = url.replace("/r/", "/api/v1/recommendations/");
  await page.getByRole("button", { name: "Delete Azure extension, final" }).click();
  await expect(page.getByRole("status")).toHaveText('Deleted "Azure extension, final".');
  await expect(page.getByRole("link", { name: "Azure extension, final" })).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status")).toHaveText('Restored "Azure extension, final".');
  await expect(page.getByRole("link", { name: "Azure extension, final" })).toBeVisible();
  expect((await page.request.get(api)).status()).toBe(200);

  await page.getByRole("button", { name: "Delete Azure extension, final" }).click();
  await expect(page.getByRole("button", { name: "Undo" })).toBeVisible();
  await expect.poll(async () => (await page.request.get(api)).status(), { timeout: 10_000 }).toBe(404);
  await expect(page.getByRole("button", { name: "Undo" })).toHaveCount(0);
  expect((await page.goto(url))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "This recommendation is not here" })).toBeVisible();
});

test("two saved recommendations compare side by side with the differing answers marked", async ({ page }) => {
  const first = (await saveFromResults(page, LINUX_OPENSTACK, "Linux plan")).split("/r/")[1];
  const second = (await saveFromResults(page, WINDOWS_AZURE, "Windows plan")).split("/r/")[1];
  await page.goto(`/compare?ids=${first},${second}`);
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader", { name: /Linux plan/ })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: /Windows plan/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /^Guest OS differs/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /^Scale/ })).not.toContainText("differs");
  await expect(page.getByTestId("compare-differences")).toContainText(
    "They differ in 6 of 11 answers: Workloads, Guest OS, Licensing, Cloud platform, Current platform, Team skills.",
  );
  await expect(table.getByRole("row", { name: /First choice/ })).toContainText("KVM");
  await expect(table.getByRole("row", { name: /First choice/ })).toContainText("Hyper-V");
});

test("@phone a shared link on a 390 px phone opens on its verdict, with sharing and export in one toolbar", async ({
  page,
}) => {
  const id = await saveThroughApi(
    page.request,
    "Private cloud for the research departments, phase two",
    "For the architecture board",
  );
  await page.setViewportSize({ width: 390, height: 740 });
  await page.goto(`/r/${id}`);

  // The verdict and its confidence are on the first screen, under the name and one toolbar.
  for (const part of [page.getByTestId("winner-name"), page.locator("[data-confidence]")]) {
    const box = (await part.boundingBox())!;
    expect(box.y + box.height, "on the first screen").toBeLessThan(740);
  }
  await expect(page.getByText("Today's knowledge base is the one it was computed with.")).toBeVisible();
  const tools = page.getByRole("group", { name: "Share and export" });
  await expect(tools.getByRole("button", { name: "Copy link" })).toBeVisible();
  await expect(tools.getByRole("link", { name: "Costs CSV" })).toBeHidden();
  await tools.getByText("Export").click();
  const json = tools.getByRole("link", { name: "JSON snapshot" });
  await expect(json).toBeVisible();
  expect((await page.request.get((await json.getAttribute("href"))!)).status()).toBe(200);

  // What computed it is said in words; the identifiers that reproduce it are one click away.
  await expect(page.getByText(/Computed with knowledge base version 1 and decision engine/)).toBeVisible();
  await expect(page.getByText(/kb-1\+engine-/)).toBeHidden();
  await page.getByText("To reproduce this result").click();
  await expect(page.getByText(/kb-1\+engine-/)).toBeVisible();

  // An opened rating's evidence reads across the screen: its table fits without scrolling sideways.
  const evidence = page.getByRole("region", { name: /contributions and evidence/ }).first();
  await evidence.getByRole("button", { name: "Licence and subscription cost" }).click();
  await expect(evidence.getByText(/Ubuntu Pro at US\$500/)).toBeVisible();
  const fits = await evidence.evaluate((box) => box.scrollWidth <= box.clientWidth);
  expect(fits, "the evidence table fits its box at 390 px").toBe(true);
  const rationale = (await evidence.getByText(/Ubuntu Pro at US\$500/).boundingBox())!;
  expect(rationale.x + rationale.width).toBeLessThanOrEqual(390);
});

test("the Export menu opens from the keyboard on the approvers' report, A4 or US Letter, and the cost workbook", async ({
  page,
}) => {
  const id = await saveThroughApi(page.request, "Report for the board");
  await page.goto(`/r/${id}`);
  const tools = page.getByRole("group", { name: "Share and export" });
  const menu = tools.getByRole("list", { name: "Export" });
  await expect(menu).toBeHidden();
  await tools.getByText("Export", { exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(menu.getByRole("listitem")).toHaveText([
    "Report (PDF, A4)",
    "Report (PDF, US Letter)",
    "Cost workbook (Excel)",
    "JSON snapshot",
    "Ranking CSV",
    "Costs CSV",
    "Print this page",
  ]);
  const a4 = menu.getByRole("link", { name: "Report (PDF, A4)" });
  await page.keyboard.press("Tab");
  await expect(a4).toBeFocused();

  const letter = menu.getByRole("link", { name: "Report (PDF, US Letter)" });
  const workbook = menu.getByRole("link", { name: "Cost workbook (Excel)" });
  await expect(a4).toHaveAttribute("href", `/r/${id}/report.pdf`);
  await expect(letter).toHaveAttribute("href", `/r/${id}/report.pdf?paper=letter`);
  await expect(workbook).toHaveAttribute("href", `/r/${id}/costs.xlsx`);
  // The reports open in this tab, in the browser's PDF viewer; only the workbook is a download.
  for (const report of [a4, letter]) {
    await expect(report).not.toHaveAttribute("target");
    await expect(report).not.toHaveAttribute("download");
  }
  await expect(workbook).toHaveAttribute("download");

  for (const report of [a4, letter]) {
    const pdf = await page.request.get((await report.getAttribute("href"))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  }
  const xlsx = await page.request.get((await workbook.getAttribute("href"))!);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toBe(XLSX_TYPE);
  expect((await xlsx.body()).subarray(0, 2).toString("latin1")).toBe("PK");
});

test("@phone three plans compared on a 390 px phone: two fit beside the pinned row names, the third scrolls in", async ({
  page,
}) => {
  const answers = Object.fromEntries(new URLSearchParams(LINUX_OPENSTACK));
  const ids: string[] = [];
  for (const budget of ["minimal", "moderate", "flexible"]) {
    const response = await page.request.post("/api/v1/recommendations", {
      data: {
        answers: { ...answers, workloads: ["linux-apps"], mustHaves: [], teamSkills: ["linux"], budget },
        name: `Plan with a ${budget} budget`,
      },
    });
    ids.push((await response.json()).id);
  }
  await page.setViewportSize({ width: 390, height: 740 });
  await page.goto(`/compare?ids=${ids.join(",")}`);
  await expect(page.getByTestId("compare-differences")).toContainText("They differ in 1 of 11 answers: Budget.");
  const region = page.getByRole("region", { name: "Comparison" });
  const table = region.getByRole("table");
  await expect(table.getByRole("row", { name: /^Budget differs/ })).toBeVisible();
  const edge = (await region.boundingBox())!;
  const second = (await table.getByRole("columnheader", { name: /moderate budget/ }).boundingBox())!;
  expect(second.x + second.width, "two plans fit").toBeLessThanOrEqual(edge.x + edge.width + 1);
  const label = table.getByRole("rowheader", { name: /^Scale/ });
  const before = (await label.boundingBox())!.x;
  await region.evaluate((element) => (element.scrollLeft = element.scrollWidth));
  await expect(table.getByRole("columnheader", { name: /flexible budget/ })).toBeInViewport();
  expect((await label.boundingBox())!.x, "the row names stay pinned").toBe(before);
  const [scrollWidth, viewport] = await page.evaluate(() => [
    document.scrollingElement!.scrollWidth,
    window.innerWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(viewport);
});

test("My recommendations by keyboard: focus stays where the person acted, and Undo is one of the site's buttons", async ({
  page,
}) => {
  const id = await saveThroughApi(page.request, "Keyboard plan");
  await page.goto("/mine");

  // Rename: Tab from the item's link to Rename, Enter, type, Enter; the focus comes back to Rename.
  await page.getByRole("link", { name: "Keyboard plan" }).focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Rename Keyboard plan" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "New name for Keyboard plan" })).toBeFocused();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("Keyboard plan, renamed");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Renamed.");
  const rename = page.getByRole("button", { name: "Rename Keyboard plan, renamed" });
  await expect(rename).toBeFocused();
  // Escape leaves the field unchanged, and the focus on Rename.
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "New name for Keyboard plan, renamed" })).toBeFocused();
  await page.keyboard.type(" (draft)");
  await page.keyboard.press("Escape");
  await expect(rename).toBeFocused();
  await expect(page.getByRole("link", { name: "Keyboard plan, renamed" })).toBeVisible();

  // Delete: the focus goes to Undo, which says what it undoes.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Delete Keyboard plan, renamed" })).toBeFocused();
  await page.keyboard.press("Enter");
  const undo = page.getByRole("button", { name: "Undo" });
  await expect(undo).toBeFocused();
  await expect(undo).toHaveAccessibleDescription('Deleted "Keyboard plan, renamed".');
  // It looks like the site's buttons: filled with the theme's accent and padded, not the browser's grey one.
  const look = await undo.evaluate((button) => {
    const probe = document.createElement("span");
    probe.style.color = "var(--accent)";
    document.body.append(probe);
    const accent = getComputedStyle(probe).color;
    probe.remove();
    const style = getComputedStyle(button);
    return {
      accent,
      fill: style.backgroundColor,
      border: style.borderTopColor,
      padding: parseFloat(style.paddingLeft),
    };
  });
  expect(look.fill).toBe(look.accent);
  expect(look.border).toBe(look.accent);
  expect(look.padding).toBeGreaterThanOrEqual(12);

  // Undo by keyboard: the item is back and has the focus.
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText('Restored "Keyboard plan, renamed".');
  await expect(page.getByRole("link", { name: "Keyboard plan, renamed" })).toBeFocused();
  expect((await page.request.get(`/api/v1/recommendations/${id}`)).status()).toBe(200);
});

test("a delete whose tab crashed within the undo time is finished on the next visit, and the page says so", async ({
  page,
  context,
}) => {
  const id = await saveThroughApi(page.request, "Plan in a tab that crashed");
  await saveThroughApi(page.request, "Plan that stays");
  const api = `/api/v1/recommendations/${id}`;
  await page.goto("/mine");
  await page.getByRole("button", { name: "Delete Plan in a tab that crashed" }).click();
  await expect(page.getByRole("button", { name: "Undo" })).toBeVisible();

  // The tab dies in the undo time: no pagehide, no visibilitychange, so nothing is sent.
  const crashed = page.waitForEvent("crash");
  const cdp = await context.newCDPSession(page);
  void cdp.send("Page.crash").catch(() => {});
  await crashed;
  expect((await context.request.get(api)).status(), "the delete never reached the server").toBe(200);

  // The next visit does not show it again as if nothing happened: it finishes the delete and says so.
  const again = await context.newPage();
  await again.goto("/mine");
  await expect(again.getByRole("status")).toHaveText(
    'Finished deleting "Plan in a tab that crashed": the page was closed before the server had confirmed it.',
  );
  await expect(again.getByRole("link", { name: "Plan in a tab that crashed" })).toHaveCount(0);
  await expect(again.getByRole("link", { name: "Plan that stays" })).toBeVisible();
  expect((await again.request.get(api)).status()).toBe(404);
  await again.reload();
  await expect(again.getByRole("link", { name: "Plan in a tab that crashed" })).toHaveCount(0);
  await expect(again.getByRole("status")).toHaveText("");
});

const VSPHERE_ESTATE =
  "workloads=general-server,databases,vdi&guestOs=mixed&licensing=commercial-preferred&cloudPlatform=on-premises&currentPlatform=esxi&scale=large&budget=flexible&mustHaves=live-migration,high-availability,gpu-virtualization,vendor-support&teamSkills=vmware";

test("My recommendations names the first choice as the shared page does", async ({ page }) => {
  const answers = Object.fromEntries(new URLSearchParams(VSPHERE_ESTATE));
  const response = await page.request.post("/api/v1/recommendations", {
    data: {
      answers: {
        ...answers,
        workloads: answers.workloads!.split(","),
        mustHaves: answers.mustHaves!.split(","),
        teamSkills: answers.teamSkills!.split(","),
      },
      name: "vSphere estate",
    },
  });
  expect(response.status()).toBe(201);
  await page.goto(`/r/${(await response.json()).id}`);
  const family = (await page.getByTestId("winner-name").textContent())!.trim();
  expect(family).toBe("VMware ESXi (vSphere)");
  await page.goto("/mine");
  await expect(page.getByRole("listitem").filter({ hasText: "vSphere estate" })).toContainText(
    `First choice ${family} ·`,
  );
});
