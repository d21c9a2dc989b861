// Builds the web console (apps/web, Vite) into the folder the API serves (dist/web), from a
// cache in node_modules/.cache keyed by what it is made of (apps/web's sources and the
// lockfile): `npm run build` runs before start, schema:write, db:* and the bench, so only a
// changed console pays for a build. Then checks the JavaScript budget of the first load of
// /stakeholders (issue: at most 250 KB compressed). `node tools/web/build-web.mjs [folder]`.
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const WEB = path.resolve(here, '../../apps/web');
const BUDGET_KB = 250;
/** The route whose first load the budget is about, and the app's entry. */
const ENTRY = 'src/main.tsx';
const BUDGETED_ROUTE = 'src/routes/directory/StakeholderDirectory.tsx';
const NOT_SHIPPED = /(\.test\.tsx?|test-setup\.ts)$|^e2e\//;

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

async function inputsHash(root) {
  const hash = createHash('sha256');
  const sources = [];
  for await (const file of files(WEB)) {
    if (!NOT_SHIPPED.test(path.relative(WEB, file))) sources.push(file);
  }
  for (const file of [...sources.sort(), fileURLToPath(import.meta.url)]) {
    hash.update(file);
    hash.update(await readFile(file));
  }
  hash.update(await readFile(path.join(root, 'package-lock.json')));
  return hash.digest('hex').slice(0, 16);
}

async function viteBuild(outDir) {
  const { build } = await import('vite');
  await build({
    configFile: path.join(WEB, 'vite.config.mts'),
    build: { outDir, emptyOutDir: true, manifest: 'manifest.json' },
    logLevel: 'info',
  });
}

/** Compressed bytes of the JavaScript a first visit to the budgeted route downloads. */
export async function firstLoadBytes(folder) {
  const manifest = JSON.parse(await readFile(path.join(folder, 'manifest.json'), 'utf8'));
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  visit(ENTRY);
  visit(BUDGETED_ROUTE);
  let bytes = 0;
  for (const key of seen) {
    bytes += gzipSync(await readFile(path.join(folder, manifest[key].file))).length;
  }
  return bytes;
}

export async function copyWeb(outdir, root = process.cwd()) {
  const cached = path.join(root, 'node_modules/.cache/park-web', await inputsHash(root));
  const made = await stat(path.join(cached, 'index.html')).then(
    () => false,
    async () => {
      const partial = `${cached}.${process.pid}`;
      await rm(partial, { recursive: true, force: true });
      await mkdir(path.dirname(cached), { recursive: true });
      await viteBuild(partial);
      await rename(partial, cached).catch(() => rm(partial, { recursive: true, force: true }));
      return true;
    },
  );
  const bytes = await firstLoadBytes(cached);
  const kb = (bytes / 1024).toFixed(1);
  if (bytes > BUDGET_KB * 1024) {
    throw new Error(
      `the first load of /stakeholders is ${kb} KB of compressed JavaScript, over its ${BUDGET_KB} KB budget`,
    );
  }
  await rm(outdir, { recursive: true, force: true });
  await cp(cached, outdir, { recursive: true });
  return { made, firstLoad: `${kb} KB` };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outdir = path.resolve(process.argv[2] ?? 'dist/web');
  const started = Date.now();
  const { made, firstLoad } = await copyWeb(outdir);
  console.log(
    `web console ${made ? 'built' : 'copied from the cache'} into ${outdir} in ${Date.now() - started} ms; first load of /stakeholders: ${firstLoad} of compressed JavaScript (budget ${BUDGET_KB} KB)`,
  );
}
