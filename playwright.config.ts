// Browser tests against the production build, served on loopback from a throwaway SQLite database
// (or, with E2E_DATABASE_URL=postgres://… and E2E_ADMIN_DATABASE_URL, empty PostgreSQL databases, to
// run them by hand against PostgreSQL; `npm test` runs them on SQLite),
// in Debian's Chromium (never a downloaded browser).
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_INSTALL_HINT, findChromium } from "./scripts/lib/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
const executablePath = findChromium();
if (!executablePath) throw new Error(CHROMIUM_INSTALL_HINT);

/**
 * `npm test` runs the browser tests in two stages of a few minutes each (E2E_PART): the site-wide sweeps
 * (every page's layout and accessibility) with the admin and API pages, then the people's journeys
 * through the questionnaire, results, sharing and knowledge pages. Without it, every spec runs.
 */
const SITE_WIDE = [
  "layout.spec.ts",
  "accessibility.spec.ts",
  "admin.spec.ts",
  "api-reference.spec.ts",
  "api.spec.ts",
  "security.spec.ts",
];
const part = process.env.E2E_PART;
if (part && part !== "site-wide" && part !== "journeys")
  throw new Error(`E2E_PART is site-wide or journeys, not ${part}`);

export default defineConfig({
  testDir: "./e2e",
  testMatch: part === "site-wide" ? SITE_WIDE : undefined,
  testIgnore: part === "journeys" ? SITE_WIDE : undefined,
  outputDir: "./test-results/playwright",
  fullyParallel: true,
  // Three on this 2-core machine: the browsers spend part of each test waiting on the server, and a
  // third worker fills that time (the suite took 171 s with two, 157 s with three).
  workers: 3,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // The axe sweeps and keyboard journeys take 20–30 s each on a busy 2-core machine: Playwright's
  // 30 s default made them fail on time alone.
  timeout: 90_000,
  reporter: [["list"], ["json", { outputFile: process.env.E2E_JSON_OUTPUT || "./test-results/playwright.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    // Tests tagged @phone set a phone-sized viewport themselves: they run once, as a phone.
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, grepInvert: /@phone/ },
    {
      name: "mobile-360",
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
      // Only what a narrow screen changes: the layout tests (tagged @layout, which run on desktop too,
      // and @phone: wrapping, sideways scrolling, pinned columns). Flows, axe sweeps, security and
      // server-side behaviour run once, on desktop.
      grep: /@layout|@phone/,
    },
  ],
  webServer: {
    command:
      "rm -f test-results/e2e.db test-results/e2e.db-wal test-results/e2e.db-shm && node_modules/.bin/tsx scripts/start.ts && exec bin/server",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: {
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATABASE_URL: process.env.E2E_DATABASE_URL || "file:./test-results/e2e.db",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
