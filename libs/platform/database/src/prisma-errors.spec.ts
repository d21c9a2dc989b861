import { locatedError } from 'graphql';
import { isDatabaseUnavailable } from './prisma-errors';

describe('isDatabaseUnavailable: what a caller may retry', () => {
  it.each([
    ['statement_timeout', { originalCode: '57014' }],
    ['lock_timeout', { cause: { originalCode: '55P03' } }],
    ['a server shutting down', { code: '57P01' }],
    ['too many connections', { code: '53300' }],
    ['a lost connection', { code: '08006' }],
    ['Prisma cannot reach the server', { code: 'P1001' }],
    ['no transaction started in time', { code: 'P2028' }],
    ['a refused socket', Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })],
    ['the adapter closing', { cause: { kind: 'ConnectionClosed' } }],
    ['a full pool', new Error('timeout exceeded when trying to connect')],
    // graphql-js wraps a thrown non-Error as NonErrorThrown, keeping it as `thrownValue`.
    ['a bare socket error thrown through graphql-js', locatedError({ code: 'ECONNRESET' }, null)],
    [
      'the same, as the formatter sees it (the original error)',
      locatedError({ code: 'ECONNRESET' }, null).originalError,
    ],
  ])('%s is unavailable', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', { originalCode: '23505' }],
    ['a bad value', { code: '22P02' }],
    ['a record not found', { code: 'P2025' }],
    ['a plain bug', new TypeError('x is undefined')],
    [
      'a message that only names a socket code',
      new Error('Unexpected error value: { code: "ECONNRESET" }'),
    ],
    ['nothing at all', undefined],
  ])('%s is not', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
