// Bundles the GraphiQL page (tools/graphiql/graphiql.jsx, GraphiQL and React from npm, Monaco's
// workers) into one folder that the API serves in development: `npm run build` writes it to
// dist/graphiql; `node tools/graphiql/build-graphiql.mjs <folder>` writes it elsewhere (tests).
// Needs the repository root as working directory (the lockfile keys the cache).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

// Relative links: the page is served at /graphql with <base href="/graphiql/">.
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Park Commons · GraphiQL</title>
    <base href="/graphiql/" />
    <link rel="stylesheet" href="graphiql.css" />
    <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script type="module" src="graphiql.js"></script>
  </body>
</html>
`;

const WORKERS = {
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
};

export async function buildGraphiql(outdir) {
  const common = {
    bundle: true,
    minify: true,
    // Monaco's workers are classic scripts (new Worker(url) without type: 'module').
    format: 'iife',
    target: 'es2022',
    outdir,
    logLevel: 'warning',
    legalComments: 'linked',
    define: { 'process.env.NODE_ENV': '"production"' },
  };
  await mkdir(outdir, { recursive: true });
  await Promise.all([
    build({
      ...common,
      // A module script, so that import.meta.url (Monaco resolves files by it) means this file.
      format: 'esm',
      entryPoints: { graphiql: path.join(here, 'graphiql.jsx') },
      jsx: 'automatic',
      loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
      // Only for subscriptions over WebSocket, which the park does not serve.
      external: ['graphql-ws'],
    }),
    build({ ...common, entryPoints: WORKERS }),
    writeFile(path.join(outdir, 'index.html'), PAGE),
  ]);
}

/**
 * The same, from a cache in node_modules/.cache keyed by what the bundle is made of (this folder
 * and the lockfile): `npm run build` runs before start, schema:write, db:* and the bench, and
 * Monaco takes seconds to bundle on a loaded machine, so only a changed input pays for it.
 */
export async function copyGraphiql(outdir, root = process.cwd()) {
  const hash = createHash('sha256');
  for (const file of ['graphiql.jsx', 'build-graphiql.mjs']) {
    hash.update(await readFile(path.join(here, file)));
  }
  hash.update(await readFile(path.join(root, 'package-lock.json')));
  const cached = path.join(
    root,
    'node_modules/.cache/park-graphiql',
    hash.digest('hex').slice(0, 16),
  );
  const made = await stat(path.join(cached, 'index.html')).then(
    () => false,
    async () => {
      const partial = `${cached}.${process.pid}`;
      await rm(partial, { recursive: true, force: true });
      await mkdir(path.dirname(cached), { recursive: true });
      await buildGraphiql(partial);
      // Another build may have finished first (the tests build it too): keep either.
      await rename(partial, cached).catch(() => rm(partial, { recursive: true, force: true }));
      return true;
    },
  );
  await cp(cached, outdir, { recursive: true });
  return made;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outdir = path.resolve(process.argv[2] ?? 'dist/graphiql');
  const started = Date.now();
  const built = await copyGraphiql(outdir);
  const how = built ? 'built' : 'copied from the cache';
  console.log(`GraphiQL ${how} into ${outdir} in ${Date.now() - started} ms`);
}
