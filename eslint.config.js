// The lint that keeps hutch's shape (npm run lint; npm test runs it):
// - a promise is awaited, returned or handled, never left floating (a lost
//   rejection is an unreported failure of a runtime);
// - nothing unused is left behind;
// - lib/ throws no plain Error: a failure a user can cause is a HutchError
//   with a code, a broken invariant an InternalError (docs/errors.md).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist.*/**', 'build/**', 'node_modules/**', 'lib/seccomp/tables/**', 'lib/shim/gen/**'] },
  {
    files: ['lib/**/*.ts', 'spec/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Error']",
          message:
            'lib/ throws a HutchError (a failure a user can cause, with its code) or an InternalError (a broken invariant): docs/errors.md.',
        },
      ],
    },
  },
);
