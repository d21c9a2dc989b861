import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the committed schema.gql, for the web console (apps/web/src) and for
// the typed-client test (apps/api/test/client): `npm run codegen` writes them, `npm run
// schema:check` fails when they are stale (and when an operation no longer fits the schema).
// possible-types.ts tells the console's cache which types make up each union and interface,
// so a fragment on Node or NotificationSubject is written and read (Apollo cannot know alone).
const typed = {
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: {
    scalars: { DateTime: 'string', Date: 'string', Won: 'number' },
    enumsAsTypes: true,
    useTypeImports: true,
    strictScalars: true,
  },
} as const;

const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  ignoreNoDocuments: false,
  generates: {
    'apps/api/test/client/generated/': {
      ...typed,
      documents: ['apps/api/test/client/**/*.ts', '!apps/api/test/client/generated/**'],
    },
    'apps/web/src/graphql/generated/': {
      ...typed,
      documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/graphql/generated/**'],
    },
    'apps/web/src/graphql/generated/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3 },
    },
  },
};

export default config;
