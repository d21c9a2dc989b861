import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** 2^53 − 1: the largest whole number a JSON number carries exactly. */
export const MAX_WON = Number.MAX_SAFE_INTEGER;

function toWon(value: unknown): number | undefined {
  const number = typeof value === 'bigint' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 0) return undefined;
  if (typeof value === 'bigint' && BigInt(number) !== value) return undefined;
  return number;
}

const refusal = (value: unknown) =>
  new GraphQLError(`Won must be a whole number of won from 0 to ${MAX_WON}; got ${String(value)}`);

/**
 * Money (docs/api.md): a whole number of KRW as a JSON number, 0 … 2^53−1. The database keeps
 * BIGINT (Prisma hands out `bigint`); inside the API it is a safe-integer `number`.
 */
export const Won = new GraphQLScalarType<number, number>({
  name: 'Won',
  description: 'A whole number of Korean won (KRW), 0 … 2^53−1, as a JSON number.',
  serialize(value) {
    const won = toWon(value);
    if (won === undefined) throw refusal(value);
    return won;
  },
  parseValue(value) {
    const won = toWon(value);
    if (won === undefined || typeof value !== 'number') throw refusal(value);
    return won;
  },
  parseLiteral(node) {
    if (node.kind !== Kind.INT) throw refusal('a non-integer literal');
    const won = toWon(Number(node.value));
    if (won === undefined || String(won) !== node.value.replace(/^-?0+(?=\d)/, '')) {
      throw refusal(node.value);
    }
    return won;
  },
});
