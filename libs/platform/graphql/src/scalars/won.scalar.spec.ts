import { Kind } from 'graphql';
import { MAX_WON, Won } from './won.scalar';

describe('the Won scalar', () => {
  it('serialises the database’s bigint and the API’s numbers as JSON numbers', () => {
    expect(Won.serialize(1_500_000n)).toBe(1_500_000);
    expect(Won.serialize(0)).toBe(0);
    expect(Won.serialize(BigInt(MAX_WON))).toBe(MAX_WON);
  });

  it.each([[-1], [1.5], [BigInt(MAX_WON) + 1n], ['100'], [null]])(
    'refuses to serialise %p',
    (value) => {
      expect(() => Won.serialize(value)).toThrow(/whole number of won/);
    },
  );

  it('accepts whole numbers of won from variables, and refuses anything else', () => {
    expect(Won.parseValue(5_000_000)).toBe(5_000_000);
    expect(Won.parseValue(MAX_WON)).toBe(MAX_WON);
    for (const bad of [-1, 0.5, MAX_WON + 1, '100', true, null]) {
      expect(() => Won.parseValue(bad)).toThrow(/whole number of won/);
    }
  });

  it('accepts integer literals in range only', () => {
    expect(Won.parseLiteral({ kind: Kind.INT, value: '42' })).toBe(42);
    expect(() => Won.parseLiteral({ kind: Kind.INT, value: '9007199254740992' })).toThrow();
    expect(() => Won.parseLiteral({ kind: Kind.INT, value: '-3' })).toThrow();
    expect(() => Won.parseLiteral({ kind: Kind.FLOAT, value: '4.5' })).toThrow();
    expect(() => Won.parseLiteral({ kind: Kind.STRING, value: '4' })).toThrow();
  });
});
