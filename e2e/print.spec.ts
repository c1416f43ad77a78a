// Printing a result: the decision comes first, a shared recommendation prints its evidence (or one note
// saying where it is), no disclosure prints a closed marker over open content, and "Your answers"
// carries the estate and the user's own quotes.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { answersToSearchParams } from "../lib/questionnaire/url-state";
import { answers } from "../__tests__/support/answers";
import { SQL_CLUSTER, VDI_CLUSTER } from "../__tests__/support/clusters";
import { ESTATE, VSPHERE } from "./lib/answers";

/** A Linux shop on OpenStack: KVM wins, and its "openness" rationale is not in the share page's HTML. */
const LINUX_OPENSTACK = answers("linuxOnOpenStack");
const WITH_ESTATE = answersToSearchParams({ ...VSPHERE, estate: ESTATE, years: 3 }).toString();

/** Saves a recommendation through the API; returns its id. */
async function saveRecommendation(request: APIRequestContext, name: string): Promise<string> {
  const response = await request.post("/api/v1/recommendations", { data: { answers: LINUX_OPENSTACK, name } });
  expect(response.status()).toBe(201);
  return (await response.json()).id;
}

/** The start of KVM's rationale for openness, as the saved snapshot holds it. */
async function kvmRationale(request: APIRequestContext, id: string): Promise<string> {
  const snapshot = await (await request.get(`/r/${id}/snapshot.json`)).json();
  const kvm = snapshot.evaluation.ranking.find((entry: { hypervisor: string }) => entry.hypervisor === "kvm");
  const rationale: string = kvm.contributions.find((c: { criterion: string }) => c.criterion === "openness").rationale;
  return rationale.slice(0, 60);
}

/** The note's report address turns absolute once the page has hydrated: from then on its buttons respond. */
const hydrated = (page: Page) => expect(page.getByTestId("evidence-print-note")).toContainText(/https?:\/\//);

test("a shared recommendation printed without loading its evidence: the verdict first, one note in place of the rationales", async ({
  page,
}) => {
  const id = await saveRecommendation(page.request, "Printed as it is");
  await page.goto(`/r/${id}`);
  await page.emulateMedia({ media: "print" });

  // No placeholder per row, and no half sentence about a button paper does not have.
  const main = page.locator("main");
  await expect(main.getByText("Not loaded yet").filter({ visible: true })).toHaveCount(0);
  await expect(main.getByText(/rationale and source at once/).filter({ visible: true })).toHaveCount(0);
  // Instead, once: where the evidence is, with the report's address written out.
  const note = main.getByTestId("evidence-print-note").filter({ visible: true });
  await expect(note).toHaveCount(1);
  await expect(note).toContainText(new URL(`/r/${id}/report.pdf`, page.url()).toString());

  // The first thing printed in the page's content is the verdict; the saved name follows it.
  const first = await main.evaluate((root) => {
    const verdict = root.querySelector('section[aria-labelledby="verdict-title"]')!;
    let top = Infinity;
    let firstElement: Element | null = null;
    for (const element of root.querySelectorAll("*")) {
      const ownText = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      const box = element.getBoundingClientRect();
      if (!ownText || box.width <= 1 || box.height <= 1 || !element.checkVisibility({ visibilityProperty: true }))
        continue;
      if (box.top < top) [top, firstElement] = [box.top, element];
    }
    return { inVerdict: firstElement !== null && verdict.contains(firstElement), text: firstElement?.textContent };
  });
  expect(first).toMatchObject({ inVerdict: true });
  const verdictBox = (await main.locator('section[aria-labelledby="verdict-title"]').boundingBox())!;
  const nameBox = (await main.getByRole("heading", { level: 1, name: "Printed as it is" }).boundingBox())!;
  expect(verdictBox.y).toBeLessThan(nameBox.y);

  // On screen the note is not there.
  await page.emulateMedia({ media: "screen" });
  await expect(main.getByTestId("evidence-print-note")).toBeHidden();
});

test("the share page's Print button loads the evidence before it prints", async ({ page }) => {
  const id = await saveRecommendation(page.request, "Printed from the button");
  const rationale = await kvmRationale(page.request, id);
  // The browser's print dialog cannot be driven: record what the page held when it was asked to print.
  await page.addInitScript(() => {
    const printed: string[] = [];
    Object.assign(window, { printed });
    window.print = () => {
      printed.push(document.querySelector("main")?.textContent ?? "");
    };
  });
  await page.goto(`/r/${id}`);
  await hydrated(page);
  await expect(page.locator("main")).not.toContainText(rationale);

  const tools = page.getByRole("group", { name: "Share and export" });
  await tools.getByText("Export", { exact: true }).click();
  await tools.getByRole("button", { name: "Print this page" }).click();

  const printed = () => page.evaluate(() => (window as unknown as { printed: string[] }).printed);
  await expect.poll(async () => (await printed()).length).toBe(1);
  expect((await printed())[0]).toContain(rationale);
  // And what prints: the rationale in its row, no note about missing evidence.
  await page.emulateMedia({ media: "print" });
  const kvm = page.getByRole("region", { name: "KVM: contributions and evidence" });
  await expect(kvm.getByText(rationale)).toBeVisible();
  await expect(page.getByTestId("evidence-print-note")).toHaveCount(0);
});

test("printed disclosures show their content and no closed marker", async ({ page }) => {
  await page.goto(`/results?${WITH_ESTATE}`);
  await expect(page.locator("[data-interactive]")).toBeAttached();
  await page.emulateMedia({ media: "print" });

  const disclosures = await page.locator("main details").evaluateAll((all) =>
    all
      .filter((details) => details.checkVisibility())
      .map((details) => {
        const summary = details.querySelector(":scope > summary")!;
        const style = getComputedStyle(summary);
        return {
          summary: summary.textContent?.trim(),
          // A summary draws its triangle as a list item's marker.
          marker: style.display === "list-item" ? style.listStyleType : "none",
          // Open content makes the disclosure taller than its summary line.
          contentShown: details.getBoundingClientRect().height - summary.getBoundingClientRect().height > 4,
        };
      }),
  );
  expect(disclosures.length).toBeGreaterThan(3);
  for (const disclosure of disclosures)
    expect(disclosure, disclosure.summary).toMatchObject({ marker: "none", contentShown: true });
});

test("“Your answers” lists the estate, the horizon, each of a few clusters and the user's quote", async ({ page }) => {
  await page.goto(`/results?${WITH_ESTATE}`);
  const esxi = page.getByTestId("plan-section").locator('[data-testid="plan-family"][data-hypervisor="esxi"]');
  const product = (await esxi.getAttribute("data-product"))!;
  const productName = (
    (await esxi.getByTestId("plan-family-summary").locator("span").first().textContent()) ?? ""
  ).trim();
  expect(productName.length).toBeGreaterThan(2);

  await page.goto(`/results?${WITH_ESTATE}&q.${product}=300:core-year`);
  const summary = page.getByRole("region", { name: "Your answers", exact: true });
  await expect(summary).toContainText("40 hosts × 2 sockets × 16 cores");
  await expect(summary).toContainText("800 VMs (300 Windows Server)");
  await expect(summary).toContainText("3 years");
  await expect(summary).toContainText(`${productName}: US$300 per physical core per year`);

  const clustered = answersToSearchParams({
    ...VSPHERE,
    estate: { clusters: [SQL_CLUSTER, VDI_CLUSTER] },
  });
  await page.goto(`/results?${clustered}`);
  await expect(summary).toContainText("2 clusters, 14 hosts, 480 cores");
  await expect(summary.getByRole("list", { name: "Clusters" }).getByRole("listitem")).toHaveText([
    "SQL: 4 hosts, 192 cores, 120 VMs",
    "VDI: 10 hosts, 288 cores, 380 VMs",
  ]);
});
