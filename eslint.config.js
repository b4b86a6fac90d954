// Process boundaries are enforced here, not by habit: the renderer may read the archive's types but never
// its runtime code; the engine never touches Electron; the contract stays pure so every process can load it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'worker_threads', 'url', 'util', 'stream'];
const restrict = (patterns, message) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='sendSync']", message: 'sendSync blocks the renderer; use invoke.' }],
    },
  },
  {
    // Playwright fixtures must destructure their dependencies, even when there are none.
    files: ['test/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer has no Electron: use the API client.' },
            { name: 'better-sqlite3', message: 'The renderer never opens the database.' },
            { name: 'sharp', message: 'Image work happens in the engine.' },
          ],
          patterns: [
            { group: ['**/archive/**', '!**/archive/api/contract', '!**/archive/api/contract/**'], message: 'The renderer talks to the archive only through the API client.' },
            { group: ['**/archive/api/contract', '**/archive/api/contract/**'], message: 'Import contract types only (import type): the renderer bundles no engine code.', allowTypeImports: true },
            { group: ['**/main/**'], message: 'The renderer cannot import the shells.' },
            { group: nodeBuiltins, message: 'The renderer has no Node APIs.' },
          ],
        },
      ],
    },
  },
  {
    files: ['archive/**/*.ts'],
    rules: restrict([['electron', 'electron/*'], ['**/main/**', '**/renderer/**']].flat(), 'The engine is pure Node: no Electron, no shells, no UI.'),
  },
  {
    files: ['archive/api/contract/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!zod$|\\./)', message: 'The contract is pure: zod and its own files only, so the renderer and preload can load it.' }] },
      ],
    },
  },
  {
    files: ['main/electron/preload.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!electron$|\\.\\./\\.\\./archive/api/contract$|\\./channels$)', message: 'The preload exposes the contract and nothing else.' }] },
      ],
    },
  },
);
