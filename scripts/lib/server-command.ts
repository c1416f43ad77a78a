// How the benchmarks and the multi-instance tests start the production server: bin/server, as
// `npm start` runs it (plain node on the compiled dist/server.cjs: Next behind the share-page cache),
// without the migrate-and-build steps. `npm test` and `npm run build` compile it; run one of them first.
import fs from "node:fs";
import path from "node:path";
import { SERVER_BUNDLE } from "./server-bundle";

/** bin/server: plain node on the bundle, with the memory limits every start uses. */
const SERVER_LAUNCHER = path.resolve(__dirname, "..", "..", "bin", "server");

export function serverCommand(port: number, hostname = "127.0.0.1"): { command: string; args: string[] } {
  if (!fs.existsSync(SERVER_BUNDLE))
    throw new Error(
      `${SERVER_BUNDLE} is missing: run \`npm run build\` (or \`npx tsx scripts/build-server.ts\`) first.`,
    );
  return { command: SERVER_LAUNCHER, args: ["--port", String(port), "--hostname", hostname] };
}
