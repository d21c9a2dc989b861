import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for the typed-client test's operations (apps/api/test/client), from the committed
// schema.gql: `npm run codegen` writes them, `npm run schema:check` fails when they are stale
// (and when an operation no longer fits the schema).
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/api/test/client/**/*.ts', '!apps/api/test/client/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/api/test/client/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string', Date: 'string', Won: 'number' },
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
      },
    },
  },
};

export default config;
