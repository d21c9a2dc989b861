import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { refuseUnsupportedNode } from '../node-runtime';
import { API_CHANGES_FILE, SCHEMA_FILE } from './paths';
import { schemaBreaks, schemaRisks, unlistedBreaks } from './schema-breaking-changes';

/**
 * `npm run schema:breaking [-- --base <git ref>]`: compares apps/api/schema.gql at a commit
 * (HEAD~1 unless told) with the working file and fails when a breaking change is not named in
 * docs/api-changes.md (the rule is at the top of that file). Needs no database.
 */
function main(): void {
  refuseUnsupportedNode();
  const at = process.argv.indexOf('--base');
  const base = at >= 0 ? process.argv[at + 1] : 'HEAD~1';
  if (!base) throw new Error('--base needs a git ref');
  const file = path.relative(process.cwd(), SCHEMA_FILE).split(path.sep).join('/');

  let before: string;
  try {
    before = execFileSync('git', ['show', `${base}:${file}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    console.log(`no ${file} at ${base}: nothing to compare with`);
    return;
  }
  const after = readFileSync(SCHEMA_FILE, 'utf8');
  const changes = readFileSync(API_CHANGES_FILE, 'utf8');

  const breaks = schemaBreaks(before, after);
  const unlisted = new Set(unlistedBreaks(breaks, changes));
  for (const change of breaks) {
    console.log(`${unlisted.has(change) ? 'NOT LISTED' : 'listed    '}  ${change.coordinate}`);
    console.log(`            ${change.description}`);
  }
  for (const risk of schemaRisks(before, after)) console.log(`note        ${risk}`);
  console.log(`${breaks.length} breaking change(s) since ${base}, ${unlisted.size} not listed`);
  if (unlisted.size > 0) {
    console.error(
      `name each one in ${path.relative(process.cwd(), API_CHANGES_FILE)}, in backticks on a ` +
        `bullet line, e.g. - \`${[...unlisted][0]?.coordinate}\`: what changed and what a client does`,
    );
    process.exitCode = 1;
  }
}

main();
