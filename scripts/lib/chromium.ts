// Finds the Chromium the browser tests drive: CHROMIUM_PATH, else Debian's `chromium` on PATH.
// Never a downloaded browser: these machines only reach the npm registry and Debian's packages.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

export const CHROMIUM_INSTALL_HINT =
  "Chromium is required for the browser tests. Install Debian's package with `apt-get update && apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.";

export function findChromium(): string | null {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return fs.existsSync(configured) ? configured : null;
  for (const name of ["chromium", "chromium-browser"]) {
    const found = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).stdout.trim();
    if (found) return found;
  }
  return null;
}
