// How the benchmarks and the multi-instance tests start the production server: the same server.ts
// `npm start` runs (Next behind the share-page cache), without the migrate-and-build steps.
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");

export function serverCommand(port: number, hostname = "127.0.0.1"): { command: string; args: string[] } {
  return {
    command: path.join(root, "node_modules", ".bin", "tsx"),
    args: [path.join(root, "server.ts"), "--port", String(port), "--hostname", hostname],
  };
}
