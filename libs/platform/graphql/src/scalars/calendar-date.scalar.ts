import { GraphQLScalarType, Kind } from 'graphql';
import { isCalendarDate } from './calendar';

// A TypeError, not a GraphQLError: graphql-js then adds where the literal is, which names its field.
const refusal = (value: unknown) =>
  new TypeError(
    'Date must be a calendar day, YYYY-MM-DD, that exists (2026-02-30 does not), in years ' +
      '0001–9999; got ' +
      (JSON.stringify(value) ?? String(value)),
  );

function toDay(value: unknown): string {
  if (!isCalendarDate(value)) throw refusal(value);
  return value;
}

/**
 * A calendar day with no time and no zone. Inside the API it stays the YYYY-MM-DD string (string
 * order is day order); a DATE column's value (midnight UTC, as Prisma reads it) serialises too.
 */
export const CalendarDate = new GraphQLScalarType<string, string>({
  name: 'Date',
  description:
    'A calendar day, YYYY-MM-DD (2026-12-07), with no time or zone, in years 0001–9999; it ' +
    'must exist (2026-02-30 and 0000-01-01 are BAD_USER_INPUT naming the field). Rules about "today" use the hub’s time zone ' +
    '(Hub.timeZone, Asia/Seoul).',
  serialize(value) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) {
      return value.toISOString().slice(0, 10);
    }
    return toDay(value);
  },
  parseValue: toDay,
  parseLiteral(node) {
    if (node.kind !== Kind.STRING) throw refusal(`a ${node.kind} literal`);
    return toDay(node.value);
  },
});
