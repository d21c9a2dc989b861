import 'reflect-metadata';
import { AppConfig, ConfigError, loadConfig } from '@park/platform/config';
import { locateDatabase } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { pabulibLines, PabulibService } from '@park/project';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { createApi } from '../create-api';
import { refuseUnsupportedNode } from '../node-runtime';

const USAGE = `npm run budget:export -- ROUND_ID [--out FILE.pb]

Writes the budget round as a pabulib file (to stdout, or to --out): its projects with cost,
votes and selected (once tallied), and its ballots under random voter ids.`;

/** A file or a round we will not take, said as it is (not as a configuration fault). */
class Refusal extends Error {}

async function main(): Promise<void> {
  refuseUnsupportedNode();
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) return console.log(USAGE);
  const [roundId] = positionals;
  if (!roundId || positionals.length > 1) throw new ConfigError([USAGE]);
  if (!/^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(roundId)) {
    throw new ConfigError([`ROUND_ID: "${roundId}" is not a round id`]);
  }
  const config = loadConfig();
  const database = await locateDatabase(new AppConfig(config), () => undefined);
  const app = await createApi({ ...config, JOBS_WORKER: false }, database.url);
  app.useLogger(false);
  await app.init();
  try {
    const data = await app.get(PabulibService).exportRound(null, roundId);
    const out = values.out ? createWriteStream(values.out) : process.stdout;
    await pipeline(Readable.from(pabulibLines(data)), out);
  } catch (error) {
    if (error instanceof DomainError) throw new Refusal(`${roundId}: ${error.message}`);
    throw error;
  } finally {
    await app.close();
    await database.embedded?.stop();
  }
}

// Failure unless main says otherwise: a promise left pending must not pass for success.
process.exitCode = 1;
main().then(
  () => {
    process.exitCode = 0;
  },
  (error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof Refusal ? error.message : error);
    process.exit(1);
  },
);
