// The multi-instance and outage tests start production servers with the shared helper
// (scripts/lib/app-server.ts); waitFor polls for a condition that becomes true on its own.
export { startAppServer, type AppServer } from "@/scripts/lib/app-server";

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}
