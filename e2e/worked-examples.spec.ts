// docs/method.md's worked examples on the share page, to the cent, and the 40-host shop's verdict
// stating what the recommendation costs beyond the cheapest eligible option, on the results and share pages.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { formatUsd } from "../lib/decision/money-format";
import { answersToSearchParams } from "../lib/questionnaire/url-state";
import { FORTY_HOST_SHOP, WORKED_EXAMPLES } from "../__tests__/support/worked-examples";

async function saveShare(request: APIRequestContext, body: unknown): Promise<string> {
  const response = await request.post("/api/v1/recommendations", { data: body });
  expect(response.status()).toBe(201);
  return (await response.json()).id as string;
}

for (const example of WORKED_EXAMPLES) {
  test(`worked example, ${example.name}: the share page shows every line, the one-off costs and the NPV to the cent`, async ({
    page,
    request,
  }) => {
    const id = await saveShare(request, example.body);
    await page.goto(`/r/${id}`);
    const plan = page.getByTestId("plan-section");
    await expect(plan).toBeVisible();
    for (const option of example.options) {
      const family = plan.locator(`[data-testid="plan-family"][data-hypervisor="${option.hypervisor}"]`);
      await expect(family).toHaveAttribute("data-product", option.product);
      for (const amount of [...option.lines, ...option.oneOffLines])
        await expect(family).toContainText(`= ${formatUsd(amount)}`);
      await expect(family).toContainText(formatUsd(option.npv));
    }
    const csv = await (await request.get(`/r/${id}/costs.csv`)).text();
    for (const option of example.options) expect(csv).toContain(`,${option.npv},`);
  });
}

test("the 40-host shop on a moderate budget: the verdict states the yearly and horizon difference to the cheapest eligible option, on the results and share pages", async ({
  page,
  request,
}) => {
  const evaluation = await (await request.post("/api/v1/evaluate", { data: FORTY_HOST_SHOP })).json();
  const cheapest = evaluation.plan.cheapest;
  expect(cheapest).not.toBeNull();
  const about = (n: number) => {
    const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 2);
    return formatUsd(Math.round(n / magnitude) * magnitude);
  };
  const gap = evaluation.ranking[0].cost.perYear - cheapest.perYear;
  const expected = [`${about(gap)} a year more`, `${about(gap * 3)} over 3 years`, cheapest.name];

  await page.goto(`/results?${answersToSearchParams(FORTY_HOST_SHOP.answers).toString()}`);
  for (const text of expected) await expect(page.getByTestId("verdict-money")).toContainText(text);
  for (const text of expected) await expect(page.getByTestId("plan-summary-text")).toContainText(text);

  const id = await saveShare(request, FORTY_HOST_SHOP);
  await page.goto(`/r/${id}`);
  for (const text of expected) await expect(page.getByTestId("verdict-money")).toContainText(text);
  for (const text of expected) await expect(page.getByTestId("plan-summary-text")).toContainText(text);
});
