// The one way tests, benchmarks and the browser specs start the production server: host/server.ts over
// the build (what `npm start` runs, without its migrate-and-build steps), in a process group of its
// own on a loopback port, ready once /api/health answers 200. Stops exactly what it started.
import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "./free-port";
import { OFFLINE_ENV } from "@/lib/config/offline-env";
import { serverCommand } from "./server-command";

export type AppServer = {
  port: number;
  url: string;
  child: ChildProcess;
  /** What the server wrote to stdout and stderr so far (the last 200 KB). */
  output(): string;
  /** SIGTERM by default (SIGKILL to simulate a crash); SIGKILL anyway if it is not gone in 5 s. */
  stop(signal?: NodeJS.Signals): Promise<void>;
};

const OUTPUT_LIMIT = 200_000;

export async function startAppServer(
  env: Record<string, string>,
  { port, timeoutMs = 60_000 }: { port?: number; timeoutMs?: number } = {},
): Promise<AppServer> {
  const listenOn = port ?? (await freePort());
  const url = `http://127.0.0.1:${listenOn}`;
  const { command, args } = serverCommand(listenOn);
  const child = spawn(command, args, {
    cwd: process.cwd(),
    detached: true, // its own process group: a signal reaches tsx and the server alike
    env: { ...process.env, ...OFFLINE_ENV, NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-OUTPUT_LIMIT));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const kill = (s: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, s);
      } catch {
        // already gone
      }
    };
    kill(signal);
    const timer = setTimeout(() => kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server on ${url} exited early:\n${output}`);
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server on ${url} did not answer /api/health within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { port: listenOn, url, child, output: () => output, stop };
}
