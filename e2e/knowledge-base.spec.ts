import { expect, test } from "@playwright/test";

test("the landing page says what the tool does and leads to the knowledge base", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Which hypervisor should your team run?" })).toBeVisible();
  for (const name of ["VMware ESXi", "Hyper-V", "KVM", "Xen"]) {
    await expect(
      page.getByRole("region", { name: "What is compared" }).getByText(name, { exact: false }).first(),
    ).toBeVisible();
  }
  await expect(page.getByRole("contentinfo")).toContainText("Knowledge base version 1");
  // An icon of its own (no 404 for /favicon.ico), and the admin area out of the public navigation.
  const icon = await page.request.get((await page.locator('link[rel="icon"]').first().getAttribute("href"))!);
  expect([icon.status(), icon.headers()["content-type"]]).toEqual([200, "image/svg+xml"]);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /admin/i })).toHaveCount(0);
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Administration" })).toHaveAttribute(
    "href",
    "/admin",
  );
  // The landing and the knowledge base count the same things the same way.
  const landing = /(\d+) sourced ratings on (\d+) criteria/.exec((await page.getByRole("main").textContent()) ?? "");
  expect(landing).not.toBeNull();
  await page.getByRole("main").getByRole("link", { name: "Explore the knowledge base" }).click();
  await expect(page).toHaveURL(/\/knowledge$/);
  await expect(page.getByRole("heading", { level: 1, name: "Knowledge base" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(
    `${landing![1]} ratings of 4 hypervisors on ${landing![2]} criteria`,
  );
  expect(problems).toEqual([]);
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

test("evidence is dated by when it was established: the performance ratings, from 2018 studies, show as possibly stale", async ({
  page,
}) => {
  await page.goto("/knowledge");
  const matrix = page.getByRole("region", { name: "Ratings of each hypervisor on each criterion, out of 10" });
  for (const name of ["VMware ESXi", "Microsoft Hyper-V", "KVM", "Xen"]) {
    const cell = matrix.getByRole("button", {
      name: new RegExp(`^${name}.*, Performance: .*, possibly stale\\. Show evidence$`),
    });
    await expect(cell).toBeVisible();
  }
  await matrix.getByRole("button", { name: /^KVM, Performance: / }).click();
  const evidence = page.getByRole("region", { name: "Evidence" }).first();
  await expect(evidence.getByText(/^As of 1 Apr 2018/)).toBeVisible();
  await expect(evidence.getByText("Possibly stale: evidence older than 18 months")).toBeVisible();
});

test("platform support shows which hypervisors OpenStack no longer supports", async ({ page }) => {
  await page.goto("/knowledge");
  const platforms = page.getByRole("region", { name: "Support for each hypervisor on each cloud platform" });
  const xen = platforms.getByRole("button", { name: /^Xen, OpenStack: Not supported/ });
  await xen.click();
  const evidence = page.getByRole("region", { name: "Evidence" }).first();
  await expect(evidence).toContainText(/remov/i);
});

test("products, prices and migration paths are shown with their sources", async ({ page }) => {
  await page.goto("/knowledge");
  await expect(
    page.getByRole("navigation", { name: "On this page" }).getByRole("link", { name: "Prices" }),
  ).toHaveAttribute("href", "#prices");

  const products = page.getByRole("region", { name: "Products", exact: true });
  await expect(products.getByRole("heading", { level: 2, name: "Products" })).toBeVisible();
  await expect(products.getByRole("heading", { level: 3, name: /^KVM/ })).toBeVisible();
  await expect(products.locator('[data-product="red-hat-virtualization"]')).toContainText(
    /Out of support since \d{1,2} \w{3} \d{4}/,
  );

  // A product opens from the keyboard and shows what it includes and its sources.
  const vvf = products.locator('[data-product="vvf"] details');
  const summary = vvf.locator("summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(vvf).toHaveAttribute("open", "");
  await expect(vvf.getByText("Includes", { exact: true })).toBeVisible();
  await expect(vvf.getByRole("link").first()).toHaveAttribute("href", /^https?:\/\//);

  const prices = page.getByRole("region", { name: "Prices", exact: true });
  await expect(prices.getByRole("heading", { level: 2, name: "Prices" })).toBeVisible();
  const table = prices.getByRole("region", { name: /^Prices per product/ }).getByRole("table");
  await expect(table.getByRole("columnheader", { name: "Basis" })).toBeVisible();

  const vvfPrice = table.locator('tr[data-price^="vvf:"]').first();
  await expect(vvfPrice.getByRole("rowheader")).toHaveText(/vSphere Foundation/);
  await expect(vvfPrice).toContainText("per physical core per year");
  await expect(vvfPrice).toContainText(/US\$\d/);
  // The 72-core order minimum is billed, its dispute said in its note.
  await expect(vvfPrice).toContainText("72 cores per order");
  await expect(vvfPrice).toContainText("so it is disputed. Billed here");
  const source = vvfPrice.getByRole("link").first();
  await expect(source).toBeVisible();
  await expect(source).toHaveAttribute("href", /^https?:\/\//);

  const openshift = table.locator('tr[data-price^="openshift-virtualization:"]').first();
  await expect(openshift).toContainText("Quote required");
  await expect(openshift.getByRole("link").first()).toHaveAttribute("href", /^https?:\/\//);

  await expect(prices.getByRole("heading", { level: 3, name: "Exchange rates" })).toBeVisible();
  await expect(prices.getByRole("region", { name: "Exchange rates" })).toContainText("1 EUR = US$");

  const migration = page.getByRole("region", { name: "Migration paths", exact: true });
  await expect(migration.getByRole("heading", { level: 2, name: "Migration paths" })).toBeVisible();
});

test("the knowledge page fits a 390 px phone without scrolling sideways @phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/knowledge");
  await page.locator('[data-product="vvf"] summary').click();
  const [scrollWidth, innerWidth] = await page.evaluate(() => [
    document.scrollingElement!.scrollWidth,
    window.innerWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  // The prices table scrolls inside its own box, its first column pinned.
  const scroller = page.getByRole("region", { name: /^Prices per product/ });
  const inner = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(inner.scroll).toBeGreaterThan(inner.client);
  await expect(scroller.locator('tbody th[scope="row"]').first()).toHaveCSS("position", "sticky");
});

test("on a 390 px phone the fact tables' column names do not run into each other, and scrolled cells pass under the pinned row names @phone", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/knowledge");
  const matrices = page.getByRole("region", { name: /^(Ratings of each|Support for each|Whether each)/ });
  const count = await matrices.count();
  expect(count).toBe(4);
  for (let i = 0; i < count; i++) {
    const matrix = matrices.nth(i);
    // No column name is wider than its column (text that overflows prints over its neighbour).
    const overflowing = await matrix
      .locator("thead th")
      .evaluateAll((cells) =>
        cells.filter((cell) => cell.scrollWidth > cell.clientWidth + 1).map((cell) => cell.textContent),
      );
    expect(overflowing).toEqual([]);
    // Scrolled to the far right, what shows at a row name's place is the row name, not a cell.
    await matrix.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    const covered = await matrix.locator("tbody th").evaluateAll((names) =>
      names
        .filter((name) => {
          name.scrollIntoView({ block: "center", inline: "nearest" }); // into the viewport, the table still scrolled
          const box = name.getBoundingClientRect();
          const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return !(top && name.contains(top));
        })
        .map((name) => name.textContent),
    );
    expect(covered).toEqual([]);
    expect(await matrix.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0); // the check ran scrolled
  }
});

test("on a 390 px phone the ratings name the columns off to the right, and a tapped score's evidence comes into view @phone", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/knowledge");
  const ratings = page.getByRole("region", { name: "Ratings", exact: true });
  const matrix = ratings.getByRole("region", { name: "Ratings of each hypervisor on each criterion, out of 10" });
  await expect(ratings.getByText(/^Scroll sideways for KVM and Xen/)).toBeVisible();

  // A score at the foot of the screen: its evidence opens below the fold, and is brought up into view.
  const cell = matrix.getByRole("button", {
    name: /^VMware ESXi \(vSphere\), Live migration, HA and load balancing: /,
  });
  const panel = page.locator(`[id="${await cell.getAttribute("aria-controls")}"]`);
  await cell.evaluate((el) => el.scrollIntoView({ block: "end" }));
  await expect(panel).not.toBeInViewport();
  await cell.tap();
  await expect(cell).toHaveAttribute("aria-expanded", "true");
  await expect(
    panel.getByRole("region", { name: "Evidence" }).getByRole("heading", { name: /^VMware ESXi \(vSphere\) — Live/ }),
  ).toBeInViewport();

  // Scrolled to the far right, the line names what is now out of view to the left instead.
  await matrix.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  await expect(ratings.getByText(/^← Scroll back for VMware ESXi \(vSphere\) and Microsoft Hyper-V$/)).toBeVisible();
  await expect(ratings.getByText(/Scroll sideways/)).toHaveCount(0);
});

test("at 1,280 px a score's evidence opened at the foot of the screen comes wholly into view, and closing it returns to the score", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/knowledge");
  const ratings = page.getByRole("region", { name: "Ratings", exact: true });
  const matrix = ratings.getByRole("region", { name: "Ratings of each hypervisor on each criterion, out of 10" });
  const cell = matrix.getByRole("button", { name: /^KVM, Confidential computing and isolation: / });
  const panel = page.locator(`[id="${await cell.getAttribute("aria-controls")}"]`);
  await cell.evaluate((el) => el.scrollIntoView({ block: "end" }));
  await expect(panel).not.toBeInViewport();

  await cell.focus();
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("heading", { name: /^KVM — Confidential computing/ })).toBeVisible();
  // The whole panel, top to bottom (a pixel of slack for rounding), once any smooth scroll has settled.
  await expect
    .poll(() =>
      panel.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight + 1;
      }),
    )
    .toBe(true);

  await panel.getByRole("button", { name: "Close" }).click();
  await expect(cell).toHaveAttribute("aria-expanded", "false");
  await expect(cell).toBeFocused();
  // The table fits at this width: no line claims columns out of view.
  await expect(ratings.getByText(/Scroll sideways|Scroll back/)).toHaveCount(0);
});

test("a term in a score's evidence is one click from its entry under Terms, which spells it out", async ({ page }) => {
  await page.goto("/knowledge");
  await expect(
    page.getByRole("navigation", { name: "On this page" }).getByRole("link", { name: "Terms" }),
  ).toHaveAttribute("href", "#glossary");
  const matrix = page.getByRole("region", { name: "Ratings of each hypervisor on each criterion, out of 10" });
  await matrix
    .getByRole("button", { name: /^VMware ESXi \(vSphere\), Live migration, HA and load balancing: / })
    .click();
  const evidence = page.getByRole("region", { name: "Evidence" }).first();
  const drs = evidence.getByRole("link", { name: "DRS", exact: true });
  await expect(drs).toHaveAttribute("href", "/knowledge#term-drs");
  await expect(drs).toHaveAccessibleDescription("VMware vSphere Distributed Resource Scheduler");

  await drs.click();
  await expect(page).toHaveURL(/\/knowledge#term-drs$/);
  const entry = page.getByRole("region", { name: "Terms", exact: true }).locator("#term-drs");
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText("DRS — VMware vSphere Distributed Resource Scheduler");
  await expect(entry).toContainText("moves them, without stopping them");
});
