import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import schemaRules from './tools/lint/schema-rules.mjs';

/**
 * Which feature may import which, by `scope:*` tag: exactly the edges the code uses, on the
 * park's layers identity ← directory ← membership ← spaces, partnership, project ← reporting
 * (and identity ← privacy); webhooks hear every workflow's steps through the workflow kit, so
 * they need only directory; the workflows' contexts register their entities' payload snapshots
 * with the webhooks (WebhookSubjects), so each of them may use webhooks.
 * Every feature may use notification and the platform kits (`scope:shared`); notification
 * imports no feature. The app and the seed may use them all (their `type:*` rule only).
 * tools/lint/module-boundaries.spec.ts proves a forbidden import fails lint.
 */
const FEATURE_SCOPES = {
  identity: [],
  notification: [],
  directory: ['identity'],
  membership: ['directory', 'webhooks'],
  partnership: ['directory', 'identity', 'webhooks'],
  project: ['directory', 'identity', 'membership', 'webhooks'],
  spaces: ['directory', 'identity', 'membership', 'webhooks'],
  reporting: ['directory', 'membership', 'partnership', 'project', 'spaces'],
  'open-data': ['project', 'spaces'],
  // A person's rights over their data: confirms the password through identity's AccountService.
  privacy: ['identity'],
  webhooks: ['directory', 'identity'],
};
const scopeConstraints = Object.entries(FEATURE_SCOPES).map(([scope, uses]) => ({
  sourceTag: `scope:${scope}`,
  onlyDependOnLibsWithTags: [
    'scope:shared',
    ...(scope === 'notification' ? [] : ['scope:notification']),
    ...uses.map((used) => `scope:${used}`),
  ],
}));

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      'tmp/**',
      '.nx/**',
      '.data/**',
      'coverage/**',
      'libs/platform/database/src/generated/**',
      'apps/api/test/client/generated/**',
      'apps/web/src/graphql/generated/**',
    ],
  },
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      // app → feature → platform; a seed may use features and platform; platform knows no domain;
      // between features, only the edges FEATURE_SCOPES lists.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:seed', 'type:feature', 'type:platform'],
            },
            { sourceTag: 'type:seed', onlyDependOnLibsWithTags: ['type:feature', 'type:platform'] },
            {
              sourceTag: 'type:feature',
              onlyDependOnLibsWithTags: ['type:feature', 'type:platform'],
            },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform'] },
            ...scopeConstraints,
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-extraneous-class': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Command-line tools talk to the operator on stdout.
    files: ['apps/api/src/cli/**/*.ts', 'scripts/**', 'tools/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', 'apps/api/test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The browser tests start the real API with its own test harness (apps/api/test/support):
    // a test-only edge from the console's e2e folder to the API app, which nothing ships.
    // And the API's typed-client test runs its journeys on the console's cache policies, and
    // console-queries holds the console's queries to the API's limits.
    files: [
      'apps/web/e2e/**/*.ts',
      'apps/api/test/client/browser.ts',
      'apps/api/test/console-queries.int-spec.ts',
    ],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // The console: React's rules of hooks (axe-core checks accessibility in the browser tests).
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  // apps/api/schema.gql: which @graphql-eslint rules we keep, and why.
  ...schemaRules,
);
