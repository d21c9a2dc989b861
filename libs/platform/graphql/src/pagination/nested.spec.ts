import { DomainError } from '../errors/domain-error';
import { encodeCursor } from './cursor';
import { byTimeThenId, TimePosition } from './keyset';
import { nestedPages, ParentRow } from './nested';

interface Row {
  id: string;
  parent: string;
  at: Date;
}

const row = (parent: string, n: number): Row => ({
  id: `00000000-0000-4000-8000-000000000${parent}${n}`,
  parent,
  at: new Date(Date.UTC(2026, 0, n)),
});
const ROWS = [row('a1', 1), row('a1', 2), row('a1', 3), row('b2', 1)];
const ORDER = byTimeThenId<Row>('things:of-parent', (r) => r.at);

/** Rows of many parents held in memory; records each fetch and count it is asked for. */
function source() {
  const fetched: [string[], TimePosition | undefined, number][] = [];
  const counted: string[][] = [];
  const pages = nestedPages<Row, TimePosition>({
    order: ORDER,
    fetch: async (parents, position, limit) => {
      fetched.push([parents, position, limit]);
      const out: ParentRow<Row>[] = [];
      for (const parent of parents) {
        ROWS.filter((r) => r.parent === parent)
          .filter((r) => !position || r.at > position.at)
          .slice(0, limit)
          .forEach((r) => out.push({ parentId: parent, row: r }));
      }
      return out;
    },
    count: async (parents) => {
      counted.push(parents);
      return new Map(parents.map((p) => [p, ROWS.filter((r) => r.parent === p).length]));
    },
  });
  return { pages, fetched, counted };
}

describe('nestedPages', () => {
  it('pages every parent of a batch with one fetch, one row past each page', async () => {
    const { pages, fetched } = source();
    const [a, b] = await pages([
      { parentId: 'a1', first: 2 },
      { parentId: 'b2', first: 2 },
    ]);
    expect(fetched).toEqual([[['a1', 'b2'], undefined, 3]]);
    expect(a.edges.map((e) => e.node.id)).toEqual([ROWS[0].id, ROWS[1].id]);
    expect(a.pageInfo.hasNextPage).toBe(true);
    expect(b.edges.map((e) => e.node.id)).toEqual([ROWS[3].id]);
    expect(b.pageInfo).toMatchObject({ hasNextPage: false, endCursor: b.edges[0].cursor });
    await expect(b.pageInfo.hasPreviousPage()).resolves.toBe(false);
  });

  it('continues one parent after its cursor, with a page before it', async () => {
    const { pages, fetched } = source();
    const [first] = await pages([{ parentId: 'a1', first: 2 }]);
    const [next] = await pages([
      { parentId: 'a1', first: 2, after: first.pageInfo.endCursor ?? undefined },
    ]);
    expect(next.edges.map((e) => e.node.id)).toEqual([ROWS[2].id]);
    expect(next.pageInfo.startCursor).toBe(next.edges[0].cursor);
    expect(fetched).toHaveLength(2);
    await expect(next.pageInfo.hasPreviousPage()).resolves.toBe(true);
    expect(fetched[2]).toEqual([['a1'], undefined, 1]);
  });

  it('counts all the batch’s parents in one go, and only when asked', async () => {
    const { pages, counted } = source();
    const [a, b] = await pages([
      { parentId: 'a1', first: 1 },
      { parentId: 'b2', first: 1 },
    ]);
    expect(counted).toEqual([]);
    expect([await a.totalCount(), await b.totalCount()]).toEqual([3, 1]);
    expect(counted).toEqual([['a1', 'b2']]);
  });

  it('refuses a cursor of another list as BAD_USER_INPUT naming `after`', async () => {
    const { pages, fetched } = source();
    const after = encodeCursor('other:list', [ROWS[0].at.toISOString(), ROWS[0].id]);
    const refusal = await pages([{ parentId: 'a1', first: 1, after }]).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).details.fields).toEqual(['after']);
    expect(fetched).toEqual([]);
  });
});
