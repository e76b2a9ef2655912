// Lint with type information; zero warnings allowed (`npm run check`).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'web/dist/**', 'data/**', 'coverage/**', 'bin/**', '.tmp/**', 'test-results/**', 'eslint.config.js'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The domain core and the Vietnamese text helpers stay pure: no Node built-ins,
    // no database, no network, nothing of ours outside themselves.
    files: ['src/core/**/*.ts', 'src/vn/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['node:*', 'fs', 'path', 'crypto', 'os', 'http', 'https', 'child_process'], message: 'core and vn are pure: no Node built-ins.' },
          { group: ['kysely', 'pg', 'better-sqlite3', 'fastify', '@fastify/*'], message: 'core and vn do no I/O.' },
          { group: ['../features/*', '../server/*', '../db/*', '../import/*', '../export/*', '../cli/*', '../../*'], message: 'core and vn import nothing of ours outside themselves (vn may be used by core).' },
        ],
      }],
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
);
