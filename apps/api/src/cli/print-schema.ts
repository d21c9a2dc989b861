import { GraphQLSchemaHost } from '@nestjs/graphql';
import { loadConfig } from '@park/platform/config';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { createApi } from '../create-api';
import { SCHEMA_FILE } from './paths';
import { refuseUnsupportedNode } from '../node-runtime';

/**
 * `npm run schema:write` regenerates apps/api/schema.gql from the code-first types;
 * `npm run schema:check` fails when the committed file is stale. Needs no database.
 */
async function main(): Promise<void> {
  refuseUnsupportedNode();
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JOBS_WORKER: 'false',
  });
  const app = await createApi(config, 'postgresql://unused@127.0.0.1:1/unused');
  await app.init();
  const sdl = printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema)) + '\n';
  await app.close();

  if (process.argv.includes('--check')) {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== sdl) {
      console.error(`${SCHEMA_FILE} is stale: run \`npm run schema:write\` and commit it`);
      process.exit(1);
    }
    console.log('schema.gql is up to date');
  } else {
    writeFileSync(SCHEMA_FILE, sdl);
    console.log(`wrote ${SCHEMA_FILE}`);
  }
}

void main();
