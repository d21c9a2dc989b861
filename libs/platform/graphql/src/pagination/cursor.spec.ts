import { DomainError } from '../errors/domain-error';
import { decodeCursor, encodeCursor } from './cursor';

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const ID = '2f1c6a3e-8b4d-4c1a-9e2f-5a6b7c8d9e0f';

describe('keyset cursors', () => {
  it('round-trip the values of the list that made them', () => {
    const cursor = encodeCursor('stakeholders:newest', ['2025-01-01T00:00:00.000Z', ID]);
    expect(decodeCursor(cursor, 'stakeholders:newest', ['time', 'uuid'])).toEqual([
      '2025-01-01T00:00:00.000Z',
      ID,
    ]);
  });

  it.each([
    ['a cursor of another list', encodeCursor('stakeholders:name', ['Seoul'])],
    ['garbage', 'not-a-cursor'],
    ['valid base64 of the wrong shape', Buffer.from('{"a":1}').toString('base64url')],
    ['the wrong number of values', encodeCursor('stakeholders:newest', ['only-one'])],
    ['a time that is not one', encodeCursor('stakeholders:newest', ['soon', ID])],
    [
      'a time in year 10000',
      encodeCursor('stakeholders:newest', ['+010000-01-01T00:00:00.000Z', ID]),
    ],
    ['a time in year 0', encodeCursor('stakeholders:newest', ['0000-01-01T00:00:00.000Z', ID])],
    [
      'an id that is not one',
      encodeCursor('stakeholders:newest', ['2025-01-01T00:00:00.000Z', 'x']),
    ],
  ])('refuse %s as BAD_USER_INPUT naming `after`', (_story, cursor) => {
    const error = refusal(() => decodeCursor(cursor, 'stakeholders:newest', ['time', 'uuid']));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details.fields).toEqual(['after']);
  });
});
