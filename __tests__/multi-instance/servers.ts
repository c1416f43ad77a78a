// Starts production servers (server.ts over the build, as `npm start` runs it) on free loopback ports
// for the multi-instance and outage tests, and stops exactly the processes it started.
import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "@/scripts/lib/free-port";
import { OFFLINE_ENV } from "@/scripts/lib/offline-env";
import { serverCommand } from "@/scripts/lib/server-command";

export type AppServer = { url: string; process: ChildProcess; output: () => string; stop: () => Promise<void> };

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}

export async function startAppServer(env: Record<string, string>): Promise<AppServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { command, args } = serverCommand(port);
  const child = spawn(command, args, {
    cwd: process.cwd(),
    env: { ...process.env, ...OFFLINE_ENV, NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitFor(async () => (await fetch(`${url}/api/health`)).status === 200, 30_000, `the server on ${url}`);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return { url, process: child, output: () => output, stop };
}
