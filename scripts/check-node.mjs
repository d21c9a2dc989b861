// Every npm script starts here: it prints the Node.js it runs on and stops when that is not the
// project's runtime, the `node` package in package.json (npm ci puts its binary in
// node_modules/.bin, which npm scripts put first on PATH). Quiet, but still checking, under
// `npm run … --silent`, which is how one script calls another.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Why `running` (e.g. "v20.20.2") is not the pinned runtime (e.g. "26.10.0"), or undefined. */
export function runtimeProblem(running, pinned) {
  const major = (version) => Number(/^v?(\d+)\./.exec(version)?.[1]);
  if (major(running) === major(pinned)) return undefined;
  return [
    `Park Commons runs on Node.js ${major(pinned)} (package.json pins node ${pinned}); this is Node.js ${running}.`,
    `Run it through npm: \`npm ci\` installs Node.js ${pinned} into node_modules/.bin and \`npm start\`,`,
    `\`npm test\` and every npm script use it. Outside npm scripts, put it first on your PATH`,
    `(export PATH="$PWD/node_modules/.bin:$PATH") or install Node.js ${major(pinned)} yourself.`,
  ].join('\n');
}

export function pinnedRuntime() {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return pkg.dependencies.node;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problem = runtimeProblem(process.version, pinnedRuntime());
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  if (process.env.npm_config_loglevel !== 'silent') {
    const script = process.env.npm_lifecycle_event ?? 'check-node';
    console.log(`[${script}] Node.js ${process.version} (${process.execPath})`);
  }
}
