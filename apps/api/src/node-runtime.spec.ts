import { transformFileSync } from '@swc/core';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pinnedRuntime, runtimeProblem } from './node-runtime';

const root = path.resolve(__dirname, '../../..');
// A preload that makes the process report another Node.js, as the host's own node would.
const fakeVersion = (version: string) => [
  '--import',
  `data:text/javascript,Object.defineProperty(process,'version',{value:'${version}'})`,
];

function run(args: string[], version: string) {
  return spawnSync(process.execPath, [...fakeVersion(version), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, npm_config_loglevel: '' },
  });
}

describe('the Node.js runtime', () => {
  const pinned = pinnedRuntime();
  const major = pinned.split('.')[0];

  it('is pinned to one exact release of the node package', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('accepts any release of the pinned major and nothing else', () => {
    expect(runtimeProblem(`v${major}.0.0`, pinned)).toBeUndefined();
    expect(runtimeProblem(`v${major}.99.1`, pinned)).toBeUndefined();
    expect(runtimeProblem('v20.20.2', pinned)).toContain(`runs on Node.js ${major}`);
    expect(runtimeProblem(`v${Number(major) + 1}.0.0`, pinned)).toContain('npm ci');
  });

  it('runs this suite on the pinned major', () => {
    expect(process.version).toMatch(new RegExp(`^v${major}\\.`));
  });

  it('refuses to start the API on another major, saying how to get the right one', () => {
    const { code } = transformFileSync(path.join(__dirname, 'node-runtime.ts'), {
      swcrc: false,
      module: { type: 'commonjs' },
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    });
    const started = run(
      ['--eval', `${code}\nrefuseUnsupportedNode(); console.log('started');`],
      'v20.20.2',
    );
    expect(started.status).toBe(1);
    expect(started.stdout).not.toContain('started');
    expect(started.stderr).toContain('this is Node.js v20.20.2');
    expect(started.stderr).toContain('`npm ci` installs');
  });

  it('stops an npm script on another major and prints the version on the right one', () => {
    const refused = run(['scripts/check-node.mjs'], 'v20.20.2');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('node_modules/.bin');

    const accepted = run(['scripts/check-node.mjs'], `v${pinned}`);
    expect(accepted.status).toBe(0);
    expect(accepted.stdout).toContain(`Node.js v${pinned}`);
  });
});
