// Compiles apps/, libs/ and prisma/seed to dist/ with SWC (decorator metadata on, tsconfig path
// aliases rewritten to relative requires), bundles the development GraphiQL page into
// dist/graphiql (esbuild, cached) and the web console into dist/web (Vite, cached).
// Type-checking is `npm run typecheck`'s job.
import { transformFile } from '@swc/core';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyGraphiql } from '../tools/graphiql/build-graphiql.mjs';
import { copyWeb } from '../tools/web/build-web.mjs';

const root = process.cwd();
const outDir = path.join(root, 'dist');
const sources = ['apps', 'libs', 'prisma/seed', 'bench'];
// apps/web is the browser's, built by Vite below.
const skip = /(\.spec\.ts|\.int-spec\.ts|\.d\.ts)$|\/test\/|\/apps\/web\//;
const { compilerOptions } = JSON.parse(
  await readFile(path.join(root, 'tsconfig.base.json'), 'utf8'),
);

async function* typescriptFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* typescriptFiles(full);
    else if (entry.name.endsWith('.ts') && !skip.test(full)) yield full;
  }
}

await rm(outDir, { recursive: true, force: true });
let count = 0;
for (const source of sources) {
  for await (const file of typescriptFiles(path.join(root, source))) {
    const { code, map } = await transformFile(file, {
      swcrc: false,
      sourceMaps: true,
      module: { type: 'commonjs' },
      jsc: {
        target: 'es2022',
        baseUrl: root,
        paths: compilerOptions.paths,
        parser: { syntax: 'typescript', decorators: true },
        transform: {
          legacyDecorator: true,
          decoratorMetadata: true,
          useDefineForClassFields: false,
        },
      },
    });
    const target = path.join(outDir, path.relative(root, file)).replace(/\.ts$/, '.js');
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
    await writeFile(`${target}.map`, map ?? '');
    count += 1;
  }
}
const bundled = await copyGraphiql(path.join(outDir, 'graphiql'));
const web = await copyWeb(path.join(outDir, 'web'));
console.log(
  `built ${count} files into dist/, GraphiQL into dist/graphiql${bundled ? '' : ' (cached)'}, ` +
    `the web console into dist/web${web.made ? '' : ' (cached)'} (first load of /stakeholders: ${web.firstLoad} of compressed JavaScript)`,
);
