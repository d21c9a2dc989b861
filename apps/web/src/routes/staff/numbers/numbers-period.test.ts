import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import {
  dayOf,
  intervalFromParams,
  lastDayBefore,
  periodFromParams,
  periodInstants,
} from './numbers-period';

const NOW = Date.parse('2031-03-09T16:00:00Z'); // 10 March 2031, 01:00 in Seoul

describe('the dashboard period', () => {
  it('reads whole Seoul days from the URL and asks the API for [from, the day after to)', () => {
    const period = periodFromParams(new URLSearchParams('from=2031-03-01&to=2031-03-31'), NOW);
    expect(period).toEqual({ from: '2031-03-01', to: '2031-03-31' });
    expect(periodInstants(period)).toEqual({
      from: '2031-03-01T00:00:00+09:00',
      to: '2031-04-01T00:00:00+09:00',
    });
  });

  it('falls back to the four weeks up to today in Seoul', () => {
    expect(periodFromParams(new URLSearchParams('from=yesterday'), NOW)).toEqual({
      from: '2031-02-11',
      to: '2031-03-10',
    });
    expect(intervalFromParams(new URLSearchParams('interval=YEAR'))).toBe('WEEK');
    expect(intervalFromParams(new URLSearchParams('interval=MONTH'))).toBe('MONTH');
  });

  it('names a series period by its first and last Seoul days', () => {
    expect(dayOf('2031-03-09T15:00:00.000Z')).toBe('2031-03-10');
    expect(lastDayBefore('2031-03-16T15:00:00.000Z')).toBe('2031-03-16');
  });
});

describe('toCsv', () => {
  it('quotes what needs quoting and starts with a BOM', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['청년, 허브', 'say "hi"'],
          [1, 0.25],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"청년, 허브","say ""hi"""\r\n1,0.25\r\n');
  });
});
