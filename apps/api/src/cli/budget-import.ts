import 'reflect-metadata';
import { AppConfig, ConfigError, loadConfig } from '@park/platform/config';
import { locateDatabase, migrate } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { PabulibError, PabulibService } from '@park/project';
import { TallyMethod } from '@park/platform/database';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createApi } from '../create-api';
import { MIGRATIONS_DIR } from './paths';
import { refuseUnsupportedNode } from '../node-runtime';

const USAGE = `npm run budget:import -- FILE.pb --hub SLUG [--method GREEDY|EQUAL_SHARES]

Reads a pabulib file (approval ballots) into a new CLOSED budget round of the hub: its projects,
budget, ballot rules (min_length, max_length, max_sum_cost) and anonymous ballots; the method
from META's rule unless --method says. Prints the round's id; tally it with tallyBudgetRound.
A bad file is refused with its line number and nothing is created.`;

/** A file or a round we will not take, said as it is (not as a configuration fault). */
class Refusal extends Error {}

async function main(): Promise<void> {
  refuseUnsupportedNode();
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      hub: { type: 'string' },
      method: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const [file] = positionals;
  if (!file || positionals.length > 1 || !values.hub) throw new ConfigError([USAGE]);
  const method = values.method?.toUpperCase();
  if (method !== undefined && !(method in TallyMethod)) {
    throw new ConfigError(['--method: must be GREEDY or EQUAL_SHARES']);
  }
  const config = loadConfig();
  const database = await locateDatabase(new AppConfig(config), () => undefined);
  // A fresh (embedded) database gets its tables first, as `npm start` would make them.
  await migrate(database.url, { migrationsDir: MIGRATIONS_DIR, log: () => undefined });
  const app = await createApi({ ...config, JOBS_WORKER: false }, database.url);
  app.useLogger(false);
  await app.init();
  try {
    const imported = await app.get(PabulibService).importRound(linesOf(file), {
      hubSlug: values.hub,
      method: method as TallyMethod | undefined,
    });
    console.error(`imported ${imported.projects} projects and ${imported.ballots} ballots`);
    console.log(imported.roundId);
  } catch (error) {
    if (error instanceof PabulibError) throw new Refusal(`${file}: ${error.message}`);
    if (error instanceof DomainError) throw new Refusal(`--hub ${values.hub}: ${error.message}`);
    throw error;
  } finally {
    await app.close();
    await database.embedded?.stop();
  }
}

/**
 * The file's lines, opened on the first read: a readline interface made earlier would emit its
 * lines before anyone listens while the hub is looked up, and its iterator would never end.
 */
async function* linesOf(file: string): AsyncGenerator<string> {
  yield* createInterface({ input: createReadStream(file), crlfDelay: Infinity });
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
