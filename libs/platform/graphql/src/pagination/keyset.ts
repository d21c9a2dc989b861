import { ConnectionShape, toConnection } from './connection';
import { CursorPart, decodeCursor, encodeCursor } from './cursor';

/** Where the next page starts in a list ordered by a time, then by id. */
export interface TimePosition {
  at: Date;
  id: string;
}

/**
 * How a list is ordered, as its cursors see it: the name that ties a cursor to this list, what
 * each cursor value must be (checked, it comes from the client), and how a row becomes those
 * values and the values a position the repository understands.
 */
export interface KeysetOrder<Row, Position> {
  list: string;
  parts: CursorPart[];
  keysOf(row: Row): string[];
  positionOf(values: string[]): Position;
}

/** The usual order: a time, ties broken by id. */
export function byTimeThenId<Row extends { id: string }>(
  list: string,
  timeOf: (row: Row) => Date,
): KeysetOrder<Row, TimePosition> {
  return {
    list,
    parts: ['time', 'uuid'],
    keysOf: (row) => [timeOf(row).toISOString(), row.id],
    positionOf: ([at, id]) => ({ at: new Date(at), id }),
  };
}

export interface KeysetPageRequest<Row, Position, Node> {
  // Rows are whatever `fetch` gives: an order may read only the keys it needs.
  order: KeysetOrder<NoInfer<Row>, Position>;
  first: number;
  /** The client's `after`; a cursor of another list, or no cursor at all, is BAD_USER_INPUT. */
  after?: string;
  /** Up to `limit` rows past `position` (none: from the start), in the list's order. */
  fetch: (position: Position | undefined, limit: number) => Promise<Row[]>;
  count: () => Promise<number>;
  toNode?: (row: Row) => Node;
}

/**
 * One page of a list by keyset, never OFFSET: decodes `after`, fetches one row more than the page
 * (that is how hasNextPage is known) and builds the connection with each row's cursor.
 */
export async function keysetPage<Row, Position, Node = Row>(
  request: KeysetPageRequest<Row, Position, Node>,
): Promise<ConnectionShape<Node>> {
  const { order, first, after } = request;
  const position = after
    ? order.positionOf(decodeCursor(after, order.list, order.parts))
    : undefined;
  const rows = await request.fetch(position, first + 1);
  return toConnection(
    rows,
    first,
    request.count,
    (row) => encodeCursor(order.list, order.keysOf(row)),
    request.toNode ?? ((row) => row as unknown as Node),
    position ? async () => (await request.fetch(undefined, 1))[0] : undefined,
  );
}
