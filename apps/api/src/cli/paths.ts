import path from 'node:path';

// Resolved from the working directory: npm scripts run from the repository root.
export const MIGRATIONS_DIR = path.resolve(process.env.MIGRATIONS_DIR ?? 'prisma/migrations');
export const SCHEMA_FILE = path.resolve('apps/api/schema.gql');
export const API_CHANGES_FILE = path.resolve('docs/api-changes.md');
