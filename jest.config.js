// Unit tests (beside the code in lib/, and in __tests__/unit) and integration tests against a
// throwaway SQLite file (__tests__/integration). Browser tests live in e2e/ and run under Playwright.
const nextJest = require("next/jest.js");

const createJestConfig = nextJest({ dir: "./" });

/** @type {import('jest').Config} */
const config = {
  testEnvironment: "node",
  testMatch: ["<rootDir>/lib/**/*.test.ts", "<rootDir>/__tests__/**/*.test.ts?(x)"],
  moduleNameMapper: {
    "^@/(.*)$": "<rootDir>/$1",
    // Jest cannot load the generated client's .mjs runtime; the .js build is equivalent.
    "^@prisma/client/runtime/(.*)\\.mjs$": "@prisma/client/runtime/$1.js",
    // "server-only" throws outside a React Server environment; tests run server code directly.
    "^server-only$": "<rootDir>/__tests__/support/empty-module.js",
  },
};

module.exports = createJestConfig(config);
