import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The API and its command-line tools run on one Node.js major: that of the `node` package pinned
 * in package.json, which `npm ci` installs into node_modules/.bin for npm scripts to use.
 * scripts/check-node.mjs holds every npm script to the same rule before anything is built.
 */
export function runtimeProblem(running: string, pinned: string): string | undefined {
  const major = (version: string) => Number(/^v?(\d+)\./.exec(version)?.[1]);
  if (major(running) === major(pinned)) return undefined;
  return (
    `Park Commons runs on Node.js ${major(pinned)}; this is Node.js ${running}. ` +
    `\`npm ci\` installs Node.js ${pinned} into node_modules/.bin and \`npm start\` uses it; ` +
    `or install Node.js ${major(pinned)} and run this again.`
  );
}

/** Read from the working directory, like the migrations: npm scripts and the image run there. */
export function pinnedRuntime(): string {
  const pkg = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8'));
  return pkg.dependencies.node;
}

/** Called first by main and the command-line tools. */
export function refuseUnsupportedNode(running: string = process.version): void {
  const problem = runtimeProblem(running, pinnedRuntime());
  if (!problem) return;
  console.error(problem);
  process.exit(1);
}
