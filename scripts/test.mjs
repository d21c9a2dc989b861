// `npm test`: the API's Jest suite, then the console's component tests (Vitest, jsdom: no
// browser needed). Given files (`npm test -- apps/api/test/x.int-spec.ts`), it runs only the
// runner those files belong to; flags go to Jest.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const files = args.filter((arg) => !arg.startsWith('-'));
const isWeb = (file) => file.startsWith('apps/web/src');
const jestArgs = args.filter((arg) => !isWeb(arg));
const webFiles = files.filter(isWeb);

// graphile-worker, smtp-server and mailparser ship only as ES modules: Jest's CommonJS runtime
// loads them through require(esm), which needs the VM API's modules (still flagged in Node 26).
const jestEnv = {
  ...process.env,
  NODE_OPTIONS: [
    process.env.NODE_OPTIONS,
    '--experimental-vm-modules',
    '--disable-warning=ExperimentalWarning',
  ]
    .filter(Boolean)
    .join(' '),
};

const run = (command, commandArgs, env = process.env) => {
  const { status, signal } = spawnSync(command, commandArgs, { stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? (signal ? 1 : 0));
};

if (files.length === 0 || files.some((file) => !isWeb(file))) run('jest', jestArgs, jestEnv);
if (files.length === 0 || webFiles.length > 0) {
  run('vitest', ['run', '--config', 'apps/web/vitest.config.mts', ...webFiles]);
}
