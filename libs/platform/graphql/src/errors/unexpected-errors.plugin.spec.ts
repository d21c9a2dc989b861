import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import { DomainError } from './domain-error';
import { unexpectedErrorsPlugin } from './unexpected-errors.plugin';

/** Runs the plugin's error hook on a real pino logger bound to a request id; returns its lines. */
async function logged(errors: GraphQLError[]): Promise<Record<string, unknown>[]> {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const log = pino(sink).child({ req: { id: 'trace-0123456789' } });
  const hooks = await unexpectedErrorsPlugin().requestDidStart?.({} as never);
  await hooks?.didEncounterErrors?.({ errors, contextValue: { req: { log } } } as never);
  return lines;
}

describe('unexpectedErrorsPlugin', () => {
  it('logs an unexpected resolver error with its stack and the request id', async () => {
    const cause = new Error('connection to the database lost');
    const lines = await logged([
      new GraphQLError(cause.message, { originalError: cause, path: ['parkStats'] }),
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 50,
      req: { id: 'trace-0123456789' },
      msg: 'unexpected error while executing a GraphQL operation',
      err: { message: 'connection to the database lost' },
    });
    expect(String((lines[0].err as { stack: string }).stack)).toContain('Error: connection');
  });

  it('does not log what the client did wrong or what the park refused', async () => {
    const refused = DomainError.forbidden('Only park staff may do this');
    const lines = await logged([
      new GraphQLError(refused.message, { originalError: refused, path: ['parkStats'] }),
      new GraphQLError('Syntax Error: Expected Name', {
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      }),
    ]);
    expect(lines).toEqual([]);
  });
});
