// The process's one logger: pino, one JSON line per event on stdout, at LOG_LEVEL. A person running
// `npm run dev` (NODE_ENV=development on a terminal) reads them pretty-printed instead. Free of
// framework imports, so host/server.ts, instrumentation and route handlers share one instance
// (lib/process-state.ts). Nothing secret is logged: no header values, cookies, bodies or tokens.
import pino, { type Logger } from "pino";
import { processValue } from "@/lib/process-state";

function createLogger(): Logger {
  const options: pino.LoggerOptions = {
    level: process.env.LOG_LEVEL || "info",
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  };
  if (process.env.NODE_ENV === "development" && process.stdout.isTTY) {
    // A development dependency, loaded only here, so production never needs it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only in development, where it is installed
    const pretty = require("pino-pretty") as (options: object) => pino.DestinationStream;
    return pino(options, pretty({ colorize: true, translateTime: "SYS:HH:MM:ss" }));
  }
  return pino(options);
}

export function logger(): Logger {
  return processValue("logger", createLogger);
}
