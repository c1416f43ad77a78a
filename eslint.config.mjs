// ESLint 9 flat config: Next's rules (core web vitals: React, hooks, jsx-a11y, import) with
// typescript-eslint and jsx-a11y's recommended rules, over the whole project. Formatting is Prettier's job, not ESLint's.
import next from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";

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
