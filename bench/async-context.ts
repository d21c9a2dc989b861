import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * `npm run build && node dist/bench/async-context.js [als]`: what AsyncLocalStorage costs on
 * this Node. A "request" is 300 awaited field resolutions, 16 at a time, run plainly or inside
 * `als.run()` (what nestjs-pino does per request); prints the median CPU per request of five
 * batches. On Node 20 the first `run()` installs promise hooks for the whole process.
 */
const withContext = process.argv[2] === 'als';
const als = new AsyncLocalStorage<{ id: number }>();

async function field(i: number): Promise<{ i: number }> {
  await null;
  return { i };
}

async function request(): Promise<number> {
  const values = [];
  for (let i = 0; i < 300; i += 1) values.push(await field(i));
  if (withContext) als.getStore();
  return values.length;
}

async function batch(requests: number): Promise<number> {
  const start = process.cpuUsage();
  for (let r = 0; r < requests / 16; r += 1) {
    const work = () => Promise.all(Array.from({ length: 16 }, () => request()));
    await (withContext ? als.run({ id: r }, work) : work());
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / requests;
}

async function main(): Promise<void> {
  await batch(3200); // warm-up
  const runs: number[] = [];
  for (let k = 0; k < 5; k += 1) runs.push(await batch(6400));
  runs.sort((a, b) => a - b);
  const mode = withContext ? 'inside AsyncLocalStorage.run' : 'plain';
  console.log(`${process.version} ${mode}: ${runs[2].toFixed(3)} ms CPU per request (median)`);
}

void main();
