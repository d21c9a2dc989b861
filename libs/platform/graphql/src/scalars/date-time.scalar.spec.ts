import { Kind } from 'graphql';
import { DateTime } from './date-time.scalar';

describe('the DateTime scalar', () => {
  it.each([
    ['2026-12-07T14:00:00+09:00', '2026-12-07T05:00:00.000Z'],
    ['2026-12-07T05:00:00Z', '2026-12-07T05:00:00.000Z'],
    ['2026-12-07T05:00:00.5Z', '2026-12-07T05:00:00.500Z'],
    ['2026-12-07T05:00:00.123456789-03:30', '2026-12-07T08:30:00.123Z'],
    ['2024-02-29T23:59:59+00:00', '2024-02-29T23:59:59.000Z'],
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
    ['0001-01-01T09:00:00+09:00', '0001-01-01T00:00:00.000Z'],
  ])('reads %s with its offset as the instant %s', (text, instant) => {
    expect(DateTime.parseValue(text).toISOString()).toBe(instant);
    expect(DateTime.parseLiteral({ kind: Kind.STRING, value: text }).toISOString()).toBe(instant);
  });

  it.each([
    ['a local time without an offset', '2026-12-07T14:00'],
    ['seconds without an offset', '2026-12-07T14:00:00'],
    ['a day alone', '2026-12-07'],
    ['a date as a browser prints it', 'Tue Dec 08 2026'],
    ['a day that does not exist', '2026-02-30T10:00:00Z'],
    ['a leap day of a common year', '2025-02-29T10:00:00Z'],
    ['an hour past 23', '2026-12-07T24:00:00Z'],
    ['a leap second', '2026-12-31T23:59:60Z'],
    ['an offset without a colon', '2026-12-07T14:00:00+0900'],
    ['a space for the T', '2026-12-07 14:00:00Z'],
    ['year 0', '0000-06-01T00:00:00Z'],
    ['year 1 whose instant falls in year 0', '0001-01-01T00:00:00+09:00'],
    ['year 9999 whose instant falls in year 10000', '9999-12-31T23:00:00-05:00'],
    ['an expanded year', '+275760-09-13T00:00:00Z'],
    ['a negative year', '-000001-01-01T00:00:00Z'],
    ['a number', 1796641200000],
    ['an empty string', ''],
    ['null', null],
  ])('refuses %s', (_story, value) => {
    expect(() => DateTime.parseValue(value)).toThrow(/RFC 3339 date-time with an offset/);
  });

  it('refuses literals that are not strings', () => {
    expect(() => DateTime.parseLiteral({ kind: Kind.INT, value: '1796641200000' })).toThrow(
      /RFC 3339/,
    );
  });

  it('writes instants in UTC with milliseconds', () => {
    expect(DateTime.serialize(new Date('2026-12-07T14:00:00+09:00'))).toBe(
      '2026-12-07T05:00:00.000Z',
    );
    expect(DateTime.serialize('2026-12-07T14:00:00+09:00')).toBe('2026-12-07T05:00:00.000Z');
    expect(() => DateTime.serialize(new Date(Number.NaN))).toThrow();
    expect(() => DateTime.serialize('yesterday')).toThrow();
  });
});
