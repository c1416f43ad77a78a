import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3300";
const q =
  "workloads=linux-apps&guestOs=mostly-linux&licensing=open-source-required&cloudPlatform=openstack&currentPlatform=none&scale=medium&budget=moderate&mustHaves=&teamSkills=linux";
for (const [w, scheme] of [
  [390, "light"],
  [1280, "dark"],
]) {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const page = await browser.newPage({ viewport: { width: w, height: 800 }, colorScheme: scheme });
  await page.goto(`${base}/results?${q}`);
  await page.screenshot({ path: `/tmp/res-top-${w}.png` });
  await page.getByRole("button", { name: "Save & share" }).click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/save-form-${w}.png` });
  await page.getByRole("dialog").getByRole("button", { name: "Save", exact: true }).click();
  await page.waitForTimeout(600);
  await page.getByText("To rename or delete it from another browser").click();
  await page.screenshot({ path: `/tmp/save-done-${w}.png` });
  await browser.close();
}
