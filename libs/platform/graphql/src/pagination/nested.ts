import { BatchLoad } from '../loaders/request-loaders';
import { ConnectionShape, PageArgs, toConnection } from './connection';
import { decodeCursor, encodeCursor } from './cursor';
import { KeysetOrder } from './keyset';

/** One parent's page of a nested connection (`Stakeholder.memberships(first, after)`). */
export interface NestedPageKey extends Pick<PageArgs, 'first' | 'after'> {
  parentId: string;
}

export interface ParentRow<Row> {
  parentId: string;
  row: Row;
}

export interface NestedPages<Row, Position> {
  order: KeysetOrder<Row, Position>;
  /**
   * Up to `limit` rows of each parent past `position`, each with the parent it is listed under
   * (a partnership is listed under both its parties), in the list's order; a bounded number of
   * statements whatever the number of parents.
   */
  fetch: (
    parentIds: string[],
    position: Position | undefined,
    limit: number,
  ) => Promise<ParentRow<Row>[]>;
  /** Each parent's total (one statement), run only when a client asks for totalCount. */
  count: (parentIds: string[]) => Promise<Map<string, number>>;
}

/**
 * A batch function for a nested connection: the pages of a whole list of parents cost one
 * statement (per distinct `first`/`after`), and their totalCounts one more, never one per parent.
 */
export function nestedPages<Row, Position>(
  pages: NestedPages<Row, Position>,
): BatchLoad<NestedPageKey, ConnectionShape<Row>> {
  const { order } = pages;
  return async (keys) => {
    const groups = new Map<string, NestedPageKey[]>();
    for (const key of keys) {
      const group = `${key.first}:${key.after ?? ''}`;
      groups.set(group, [...(groups.get(group) ?? []), key]);
    }
    const connections = new Map<NestedPageKey, ConnectionShape<Row>>();
    await Promise.all(
      [...groups.values()].map(async (group) => {
        const { first, after } = group[0];
        const position = after
          ? order.positionOf(decodeCursor(after, order.list, order.parts))
          : undefined;
        const parentIds = [...new Set(group.map((key) => key.parentId))];
        const rows = await pages.fetch(parentIds, position, first + 1);
        let counts: Promise<Map<string, number>> | undefined;
        // Each parent's first row, for hasPreviousPage: one statement for the group, if asked.
        let heads: Promise<ParentRow<Row>[]> | undefined;
        const headOf = (parentId: string) => async () =>
          (await (heads ??= pages.fetch(parentIds, undefined, 1))).find(
            (head) => head.parentId === parentId,
          )?.row;
        for (const key of group) {
          const own = rows.filter((row) => row.parentId === key.parentId).map(({ row }) => row);
          const totalCount = async () =>
            (await (counts ??= pages.count(parentIds))).get(key.parentId) ?? 0;
          const cursorOf = (row: Row) => encodeCursor(order.list, order.keysOf(row));
          connections.set(
            key,
            toConnection(
              own,
              first,
              totalCount,
              cursorOf,
              (row) => row,
              position ? headOf(key.parentId) : undefined,
            ),
          );
        }
      }),
    );
    return keys.map((key) => connections.get(key) as ConnectionShape<Row>);
  };
}
