import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const RULE = '@nx/enforce-module-boundaries';

interface Linted {
  filePath: string;
  messages: { ruleId: string | null; message: string }[];
}

/**
 * [file, what it imports]. None of these would close a cycle (Nx reports a cycle before it looks
 * at tags), so each is refused by the scope rules alone; on `type:*` rules only, all would pass.
 */
const FORBIDDEN: [string, string][] = [
  ['libs/park/membership/src/x.ts', '@park/partnership'],
  ['libs/park/membership/src/x.ts', '@park/identity'],
  ['libs/park/spaces/src/x.ts', '@park/project'],
  ['libs/park/spaces/src/x.ts', '@park/partnership'],
  ['libs/park/partnership/src/x.ts', '@park/spaces'],
  ['libs/park/partnership/src/x.ts', '@park/project'],
  // Open data reads its published projection itself; it uses only what it needs.
  ['libs/park/open-data/src/x.ts', '@park/identity'],
  ['libs/park/open-data/src/x.ts', '@park/reporting'],
];

/** Importing a lib that already depends on the importer: refused as a cycle. */
const CYCLES: [string, string][] = [
  ['libs/park/directory/src/x.ts', '@park/membership'],
  ['libs/park/identity/src/x.ts', '@park/directory'],
  // The directory provides the notification lib's ports (StaffPosts, its notice subjects).
  ['libs/park/notification/src/x.ts', '@park/directory'],
  // Identity resolves AuditLogEntry.actor, the notification lib's type, to its User.
  ['libs/park/notification/src/x.ts', '@park/identity'],
];

const ALLOWED: [string, string][] = [
  ['libs/park/directory/src/x.ts', '@park/identity'],
  ['libs/park/membership/src/x.ts', '@park/directory'],
  ['libs/park/spaces/src/x.ts', '@park/membership'],
  ['libs/park/project/src/x.ts', '@park/membership'],
  ['libs/park/reporting/src/x.ts', '@park/spaces'],
  ['libs/park/identity/src/x.ts', '@park/notification'],
  ['libs/park/partnership/src/x.ts', '@park/platform/workflow'],
  ['apps/api/src/x.ts', '@park/reporting'],
  ['libs/park/open-data/src/x.ts', '@park/spaces'],
  ['apps/api/src/x.ts', '@park/open-data'],
];

const fixture = ([filePath, imported]: [string, string]) => ({
  filePath,
  text: `import * as imported from '${imported}';\n\nexport const used = imported;\n`,
});

describe('module boundaries between the park’s features', () => {
  let results: Linted[];
  const messagesOf = (filePath: string, index: number) => {
    expect(results[index].filePath).toBe(filePath);
    return results[index].messages;
  };

  beforeAll(() => {
    // Nx's rule reads the cached project graph and skips itself without one (as `npm run lint`).
    execFileSync(process.execPath, [require.resolve('nx/bin/nx'), 'show', 'projects'], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    const output = execFileSync(process.execPath, [path.join(__dirname, 'lint-text.mjs')], {
      cwd: ROOT,
      input: JSON.stringify([...FORBIDDEN, ...CYCLES, ...ALLOWED].map(fixture)),
      encoding: 'utf8',
    });
    results = JSON.parse(output.trim().split('\n').at(-1) as string);
  }, 120_000);

  it.each(FORBIDDEN.map((entry, index) => [...entry, index] as const))(
    'refuses %s importing %s by its scope tag',
    (filePath, _imported, index) => {
      const scope = filePath.split('/')[2];
      expect(messagesOf(filePath, index)).toEqual([
        {
          ruleId: RULE,
          message: expect.stringContaining(
            `A project tagged with "scope:${scope}" can only depend on libs tagged with`,
          ),
        },
      ]);
    },
  );

  it.each(CYCLES.map((entry, index) => [...entry, index + FORBIDDEN.length] as const))(
    'refuses %s importing %s as a circular dependency',
    (filePath, _imported, index) => {
      expect(messagesOf(filePath, index)).toEqual([
        { ruleId: RULE, message: expect.stringContaining('Circular dependency') },
      ]);
    },
  );

  it.each(
    ALLOWED.map((entry, index) => [...entry, index + FORBIDDEN.length + CYCLES.length] as const),
  )('lets %s import %s', (filePath, _imported, index) => {
    expect(messagesOf(filePath, index)).toEqual([]);
  });
});
