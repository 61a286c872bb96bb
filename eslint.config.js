import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.cache/', '.tools/', '.netlify/', 'node_modules/', 'bench/bare/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // Views are pure (props in, markup out) and src/lib is shared with the browser and the build (design/views.md).
  {
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/**'], message: 'src/lib never imports src/server.' }] }],
    },
  },
  {
    files: ['src/views/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', 'node:*'], message: 'Views are pure: props in, markup out; never src/server or Node modules.' },
          ],
        },
      ],
    },
  },
  // Every function answer is built by src/server/http.ts, which adds the security headers.
  {
    files: ['src/server/**', 'netlify/functions/**'],
    ignores: ['src/server/http.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Response']", message: 'Build answers with src/server/http.ts (security headers).' },
        {
          selector: "CallExpression[callee.object.name='Response']",
          message: 'Build answers with src/server/http.ts (security headers).',
        },
      ],
    },
  },
);
