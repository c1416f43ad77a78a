// The production server compiled to one CommonJS file (dist/server.cjs, and its evaluation thread) that plain `node` runs:
// no TypeScript runtime in the serving process (less memory, faster start), and `npm start` execs
// it so signals reach the server itself. Packages stay external (node_modules); only the app's own
// modules that host/server.ts imports are bundled.
import path from "node:path";
import { buildSync } from "esbuild";

const root = path.resolve(__dirname, "..", "..");
export const SERVER_BUNDLE = path.join(root, "dist", "server.cjs");

/** The server, and its evaluation thread (lib/evaluation/worker.ts) beside it as dist/evaluation-worker.cjs. */
export function buildServerBundle(): void {
  buildSync({
    entryPoints: [
      { in: path.join(root, "host", "server.ts"), out: "server" },
      { in: path.join(root, "lib", "evaluation", "worker.ts"), out: "evaluation-worker" },
    ],
    outdir: path.dirname(SERVER_BUNDLE),
    outExtension: { ".js": ".cjs" },
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    jsx: "automatic", // the preview image's JSX (lib/recommendations/preview-frame.tsx), drawn on the thread
    sourcemap: "linked",
    logLevel: "warning",
  });
}
