import type { Language } from '../lib/park-time';

// The message catalogues: one file per area and language (`ko/directory.json`,
// `en/directory.json`), merged here. A file's top-level keys are its namespaces; two files
// claiming the same one is a mistake caught at start (and by catalogues.test.ts).
type Messages = Record<string, unknown>;

const files = import.meta.glob<Messages>('./*/*.json', { eager: true, import: 'default' });

export function catalogue(language: Language): Messages {
  const merged: Messages = {};
  for (const [file, messages] of Object.entries(files)) {
    if (!file.startsWith(`./${language}/`)) continue;
    for (const [namespace, value] of Object.entries(messages)) {
      if (namespace in merged)
        throw new Error(`${file}: "${namespace}" is already defined by another file`);
      merged[namespace] = value;
    }
  }
  return merged;
}

/** Every message key (`park.title`), for comparing the two languages. */
export function keysOf(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === 'object'
      ? keysOf(value as Messages, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}
