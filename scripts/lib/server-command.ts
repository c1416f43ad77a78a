// How the benchmarks and the multi-instance tests start the production server: the same compiled
// dist/server.cjs `npm start` runs (Next behind the share-page cache), with plain node, without the
// migrate-and-build steps. `npm test` and `npm run build` compile it; run one of them first.
import fs from "node:fs";
import { SERVER_BUNDLE } from "./server-bundle";

export function serverCommand(port: number, hostname = "127.0.0.1"): { command: string; args: string[] } {
  if (!fs.existsSync(SERVER_BUNDLE))
    throw new Error(
      `${SERVER_BUNDLE} is missing: run \`npm run build\` (or \`npx tsx scripts/build-server.ts\`) first.`,
    );
  return { command: process.execPath, args: [SERVER_BUNDLE, "--port", String(port), "--hostname", hostname] };
}
