// The variables that keep Next and the Prisma CLI from calling home: Next's build telemetry, and
// Prisma's "checkpoint" (a version and telemetry check the CLI makes on every command). Every script
// that runs either puts these in its environment, so nothing is sent at install, build, test or run
// time. (`postinstall` in package.json sets CHECKPOINT_DISABLE itself: it runs before any script.)
export const OFFLINE_ENV = {
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
} as const;
