// `npm test`: the API's Jest suite, then the console's component tests (Vitest, jsdom: no
// browser needed). Given files (`npm test -- apps/api/test/x.int-spec.ts`), it runs only the
// runner those files belong to; flags go to Jest.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const files = args.filter((arg) => !arg.startsWith('-'));
const isWeb = (file) => file.startsWith('apps/web/src');
const jestArgs = args.filter((arg) => !isWeb(arg));
const webFiles = files.filter(isWeb);

const run = (command, commandArgs) => {
  const { status, signal } = spawnSync(command, commandArgs, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? (signal ? 1 : 0));
};

if (files.length === 0 || files.some((file) => !isWeb(file))) run('jest', jestArgs);
if (files.length === 0 || webFiles.length > 0) {
  run('vitest', ['run', '--config', 'apps/web/vitest.config.mts', ...webFiles]);
}
