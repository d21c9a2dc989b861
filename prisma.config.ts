// For the Prisma CLI (`prisma generate`; `prisma migrate status` where the schema engine exists).
// The app itself applies migrations with its own migrator: see libs/platform/database/src/migrator.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
