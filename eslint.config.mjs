// ESLint 9 flat config: Next's rules (core web vitals: React, hooks, jsx-a11y, import) with
// typescript-eslint and jsx-a11y's recommended rules, over the whole project. Formatting is Prettier's job, not ESLint's.
import next from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";

const NOT_THE_HOST = {
  group: ["@/host/*", "**/host/*"],
  message: "Only the host imports host/: the app meets it through lib/host-seam/ (docs/architecture.md).",
};
const ONLY_LIB = {
  group: ["@/app/*", "@/scripts/*"],
  message: "Only lib/ may be imported here: no app routes, no scripts.",
};

const config = [
  ...next,
  ...nextTypescript,
  // Next enables a handful of jsx-a11y rules; the whole recommended set is the bar here. (The plugin is
  // already registered by Next's config, so only its rules are added.)
  {
    files: ["**/*.tsx"],
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // A wide table scrolls inside a labelled region that takes focus, so keyboard users can scroll it
      // (axe's scrollable-region-focusable): the one non-interactive element allowed a tabIndex.
      "jsx-a11y/no-noninteractive-tabindex": [
        "error",
        { tags: [], roles: ["region", "tabpanel"], allowExpressionValues: true },
      ],
    },
  },
  // The host (host/: the production server, its front door, page cache, direct routes and threads) is a
  // package of its own: the app meets it only through lib/host-seam/, and the host imports only lib/.
  // (In a flat config a later block replaces an earlier one's rule, so each block lists all it forbids.)
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    ignores: ["host/**", "__tests__/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [NOT_THE_HOST] }] },
  },
  {
    files: ["lib/**", "instrumentation.ts", "proxy.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [NOT_THE_HOST, ONLY_LIB] }] },
  },
  {
    files: ["host/**"],
    ignores: ["host/**/*.test.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [ONLY_LIB] }] },
  },
  {
    // Node's own config files (jest.config.js, next.config.js) are CommonJS: require is how they load.
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    ignores: [
      ".next/**",
      "dist/**",
      "node_modules/**",
      "lib/db/generated/**",
      "test-results/**",
      "playwright-report/**",
      "coverage/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
