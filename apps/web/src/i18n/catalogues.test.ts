import { describe, expect, it } from 'vitest';
import { catalogue, keysOf } from './catalogues';

describe('the message catalogues', () => {
  it('say everything in both Korean and English', () => {
    const korean = keysOf(catalogue('ko')).sort();
    const english = keysOf(catalogue('en')).sort();
    expect(english.filter((key) => !korean.includes(key))).toEqual([]);
    expect(korean.filter((key) => !english.includes(key))).toEqual([]);
  });

  it('leave no message empty', () => {
    for (const language of ['ko', 'en'] as const) {
      const messages = catalogue(language);
      const empty = keysOf(messages).filter((key) => {
        const value = key
          .split('.')
          .reduce<unknown>((at, part) => (at as Record<string, unknown>)[part], messages);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });
});
