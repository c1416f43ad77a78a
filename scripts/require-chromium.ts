// Fails loudly, with the install command, when the browser tests cannot find Chromium.
import { CHROMIUM_INSTALL_HINT, findChromium } from "./lib/chromium";

if (!findChromium()) {
  console.error(`\n${CHROMIUM_INSTALL_HINT}\n`);
  process.exit(1);
}
