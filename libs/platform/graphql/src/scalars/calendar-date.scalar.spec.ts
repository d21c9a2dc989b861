import { Kind } from 'graphql';
import { CalendarDate } from './calendar-date.scalar';

describe('the Date scalar', () => {
  it.each(['2026-12-07', '2024-02-29', '2026-01-31', '2000-02-29', '0001-01-01', '9999-12-31'])(
    'reads %s',
    (day) => {
      expect(CalendarDate.parseValue(day)).toBe(day);
      expect(CalendarDate.parseLiteral({ kind: Kind.STRING, value: day })).toBe(day);
    },
  );

  it.each([
    ['a day that does not exist', '2026-02-30'],
    ['a leap day of a common year', '2025-02-29'],
    ['1900, which was not a leap year', '1900-02-29'],
    ['month 13', '2026-13-01'],
    ['day 0', '2026-12-00'],
    ['a date-time', '2026-12-07T00:00:00Z'],
    ['another order', '07/12/2026'],
    ['one-digit parts', '2026-1-7'],
    ['year 0, which PostgreSQL does not have', '0000-01-01'],
    ['a five-digit year', '10000-01-01'],
    ['a signed year', '-0001-01-01'],
    ['a number', 20261207],
    ['null', null],
  ])('refuses %s', (_story, value) => {
    expect(() => CalendarDate.parseValue(value)).toThrow(/calendar day, YYYY-MM-DD/);
  });

  it('refuses literals that are not strings', () => {
    expect(() => CalendarDate.parseLiteral({ kind: Kind.INT, value: '20261207' })).toThrow();
  });

  it('writes a DATE column’s value (midnight UTC) and day strings as YYYY-MM-DD', () => {
    expect(CalendarDate.serialize(new Date('2026-12-07T00:00:00.000Z'))).toBe('2026-12-07');
    expect(CalendarDate.serialize('2026-12-07')).toBe('2026-12-07');
    expect(() => CalendarDate.serialize('2026-02-30')).toThrow();
  });
});
