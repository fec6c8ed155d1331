import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/node_modules/", "**/dist/", "server/src/generated/", "data/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.cjs", "**/*.mjs", "**/*.js"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Type-aware: catches a Promise spread or passed where a value is meant.
    files: ["server/src/**/*.ts", "tools/**/*.ts"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-misused-promises": ["error", { checksSpreads: true }],
      "@typescript-eslint/no-floating-promises": "error",
    },
  },
  {
    // What every installation starts with lives in the server (domain/category/standard-lists.ts,
    // domain/grant-type/standard-grant-types.ts); seeds/ holds source documents only.
    files: ["server/src/**/*.ts"],
    ignores: ["server/src/io/seed/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)seeds(/|$)",
              message: "Only the seed loader (server/src/io/seed) reads seeds/: its documents.",
            },
          ],
        },
      ],
    },
  },
  {
    // The admin SPA runs in the browser; hooks follow React's rules.
    files: ["admin/src/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
);
