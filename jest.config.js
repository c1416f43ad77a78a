// Unit tests (beside the code in lib/ and host/, and in __tests__/unit) and integration tests against a
// throwaway database (__tests__/integration: SQLite, or PostgreSQL with TEST_DATABASE=postgres). Browser tests live in e2e/ and run under Playwright.
const nextJest = require("next/jest.js");

const createJestConfig = nextJest({ dir: "./" });

/** @type {import('jest').Config} */
const config = {
  testEnvironment: "node",
  testMatch: ["<rootDir>/lib/**/*.test.ts", "<rootDir>/host/**/*.test.ts", "<rootDir>/__tests__/**/*.test.ts?(x)"],
  // The multi-instance tests start production servers (host/server.ts): they need the production build
  // and a PostgreSQL cluster, so scripts/test.ts runs them after the build (TEST_MULTI_INSTANCE=1).
  testPathIgnorePatterns: [
    "/node_modules/",
    ...(process.env.TEST_MULTI_INSTANCE ? [] : ["<rootDir>/__tests__/multi-instance/"]),
  ],
  moduleNameMapper: {
    "^@/(.*)$": "<rootDir>/$1",
    // Jest cannot load the generated client's .mjs runtime; the .js build is equivalent.
    "^@prisma/client/runtime/(.*)\\.mjs$": "@prisma/client/runtime/$1.js",
    // "server-only" throws outside a React Server environment; tests run server code directly.
    "^server-only$": "<rootDir>/__tests__/support/empty-module.js",
  },
};

module.exports = createJestConfig(config);
