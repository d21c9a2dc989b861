// Lints source texts as if they sat at the given paths, with the repository's ESLint config,
// through ESLint's Node API. stdin: [{ filePath, text }]; the last stdout line:
// [{ filePath, messages: [{ ruleId, message }] }]. Its own process, because ESLint loads
// eslint.config.mjs with import(), which Jest's VM refuses without --experimental-vm-modules.
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: root });
const results = [];
for (const { filePath, text } of JSON.parse(readFileSync(0, 'utf8'))) {
  const [result] = await eslint.lintText(text, { filePath: path.join(root, filePath) });
  const messages = result.messages.map(({ ruleId, message }) => ({ ruleId, message }));
  results.push({ filePath, messages });
}
// Nx's rule may write warnings to stdout first: the answer is the last line.
process.stdout.write(`\n${JSON.stringify(results)}\n`);
