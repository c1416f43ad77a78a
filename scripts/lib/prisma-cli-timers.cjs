// Preloaded into the Prisma CLI by scripts/lib/prepare-database.ts. On PostgreSQL, Prisma 6.19's wasm
// schema engine leaves a 10-second timer behind after `migrate deploy` has finished, so the CLI sat
// idle for 10 s before exiting. Long timers must not keep the process alive on their own: an
// operation still in progress holds its database socket open anyway.
const originalSetTimeout = global.setTimeout;
global.setTimeout = function setTimeoutUnrefLong(callback, ms, ...args) {
  const timer = originalSetTimeout(callback, ms, ...args);
  if (typeof ms === "number" && ms >= 10_000 && timer && typeof timer.unref === "function") timer.unref();
  return timer;
};
