// Compiles apps/, libs/ and prisma/seed to dist/ with SWC (decorator metadata on, tsconfig path
// aliases rewritten to relative requires), and bundles the development GraphiQL page into
// dist/graphiql (esbuild, cached). Type-checking is `npm run typecheck`'s job.
import { transformFile } from '@swc/core';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { copyGraphiql } from '../tools/graphiql/build-graphiql.mjs';

const root = process.cwd();
const outDir = path.join(root, 'dist');
const sources = ['apps', 'libs', 'prisma/seed', 'bench'];
const skip = /(\.spec\.ts|\.int-spec\.ts|\.d\.ts)$|\/test\//;
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
console.log(
  `built ${count} files into dist/, GraphiQL into dist/graphiql${bundled ? '' : ' (cached)'}`,
);
