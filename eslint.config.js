import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'data/', 'test-results/', 'playwright-report/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description', 'ts-ignore': true }],
    },
  },
  {
    // What the browser runs and the pages render never reaches into the server; pages may (they are server code),
    // and so may the content config, which runs only in the build (its loader checks the lessons).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/pages/**', 'src/content.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/**'], message: 'Server code lives under server/; pages pass what src/ needs.' }] },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
);
