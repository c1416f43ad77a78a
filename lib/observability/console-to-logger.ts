// Lines other code prints with console.* (Next's own start-up notes, a library's warning) become
// pino lines too, so everything the production server writes is one JSON object per line that a
// log shipper can parse. Installed once by host/server.ts; pino writes to stdout itself, not through
// console, so nothing loops.
import { format } from "node:util";
import { logger } from "./logger";

const ANSI = /\u001b\[[0-9;]*m/g;
const LEVELS = { log: "info", info: "info", warn: "warn", error: "error", debug: "debug" } as const;

export function routeConsoleToLogger(): void {
  for (const [method, level] of Object.entries(LEVELS) as [
    keyof typeof LEVELS,
    (typeof LEVELS)[keyof typeof LEVELS],
  ][]) {
    console[method] = (...args: unknown[]) => {
      const error = args.find((arg): arg is Error => arg instanceof Error);
      const message = format(...args)
        .replace(ANSI, "")
        .trim();
      if (error) logger()[level]({ err: error }, message);
      else logger()[level](message);
    };
  }
}
