// `prisma format` needs the schema engine, a native binary fetched outside npm that we do not
// depend on; Prisma's WASM build formats just the same.
import { format } from '@prisma/prisma-schema-wasm';
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'prisma/schema.prisma';
const params = JSON.stringify({
  textDocument: { uri: 'file:/schema.prisma' },
  options: { tabSize: 2, insertSpaces: true },
});
const source = readFileSync(file, 'utf8');
const formatted = format(source, params);
if (process.argv.includes('--check')) {
  if (formatted !== source) {
    console.error(`${file} is not formatted: run npm run prisma:format`);
    process.exit(1);
  }
} else {
  writeFileSync(file, formatted);
}
