import { DomainError } from '../errors/domain-error';
import { encodeCursor } from './cursor';
import { byTimeThenId, keysetPage, TimePosition } from './keyset';

interface Row {
  id: string;
  at: Date;
}

const ROWS: Row[] = [1, 2, 3, 4, 5].map((n) => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  at: new Date(Date.UTC(2026, 0, n)),
}));

const OLDEST = byTimeThenId<Row>('things:oldest', (row) => row.at);

/** A list held in memory, ordered oldest first, that records what it was asked for. */
function list() {
  const asked: [TimePosition | undefined, number][] = [];
  let counted = 0;
  return {
    asked,
    counted: () => counted,
    fetch: async (position: TimePosition | undefined, limit: number) => {
      asked.push([position, limit]);
      const past = position
        ? ROWS.filter(
            (row) => row.at > position.at || (+row.at === +position.at && row.id > position.id),
          )
        : ROWS;
      return past.slice(0, limit);
    },
    count: async () => {
      counted += 1;
      return ROWS.length;
    },
  };
}

describe('keysetPage', () => {
  it('fetches one row past the page to know there is a next one', async () => {
    const things = list();
    const page = await keysetPage({ order: OLDEST, first: 2, ...things });
    expect(things.asked).toEqual([[undefined, 3]]);
    expect(page.edges.map((edge) => edge.node.id)).toEqual([ROWS[0].id, ROWS[1].id]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.pageInfo.endCursor).toBe(page.edges[1].cursor);
  });

  it('walks the whole list by endCursor, each row once, and says when it ends', async () => {
    const things = list();
    const seen: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 10; pages += 1) {
      const page = await keysetPage({ order: OLDEST, first: 2, after, ...things });
      seen.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? undefined;
    }
    expect(seen).toEqual(ROWS.map((row) => row.id));
    expect(things.asked[1]).toEqual([{ at: ROWS[1].at, id: ROWS[1].id }, 3]);
    expect(things.asked).toHaveLength(3);
  });

  it('gives each edge the cursor of its own row, in the list’s format', async () => {
    const page = await keysetPage({ order: OLDEST, first: 1, ...list() });
    expect(page.edges[0].cursor).toBe(
      encodeCursor('things:oldest', [ROWS[0].at.toISOString(), ROWS[0].id]),
    );
  });

  it('ends an empty list with no cursor', async () => {
    const page = await keysetPage({
      order: OLDEST,
      first: 5,
      fetch: async () => [] as Row[],
      count: async () => 0,
    });
    expect(page.edges).toEqual([]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
    await expect(page.pageInfo.hasPreviousPage()).resolves.toBe(false);
  });

  it('has a previous page only after a cursor, asking for the list’s head only when read', async () => {
    const things = list();
    const start = await keysetPage({ order: OLDEST, first: 2, ...things });
    expect(start.pageInfo.startCursor).toBe(start.edges[0].cursor);
    await expect(start.pageInfo.hasPreviousPage()).resolves.toBe(false);
    const after = start.pageInfo.endCursor ?? undefined;
    const next = await keysetPage({ order: OLDEST, first: 2, after, ...things });
    expect(things.asked).toHaveLength(2);
    await expect(next.pageInfo.hasPreviousPage()).resolves.toBe(true);
    expect(things.asked[2]).toEqual([undefined, 1]);
  });

  it('has no previous page after a cursor when no row precedes it any more', async () => {
    const after = encodeCursor('things:oldest', [new Date(0).toISOString(), ROWS[0].id]);
    const page = await keysetPage({ order: OLDEST, first: 2, after, ...list() });
    expect(page.edges[0].node.id).toBe(ROWS[0].id);
    await expect(page.pageInfo.hasPreviousPage()).resolves.toBe(false);
  });

  it('counts only when totalCount is asked for', async () => {
    const things = list();
    const page = await keysetPage({ order: OLDEST, first: 2, ...things });
    expect(things.counted()).toBe(0);
    await expect(page.totalCount()).resolves.toBe(5);
    expect(things.counted()).toBe(1);
  });

  it('maps rows to nodes when told how', async () => {
    const page = await keysetPage({
      order: OLDEST,
      first: 1,
      ...list(),
      toNode: (row) => ({ label: row.at.toISOString().slice(0, 10) }),
    });
    expect(page.edges[0].node).toEqual({ label: '2026-01-01' });
  });

  it.each([
    [
      'a cursor of another list',
      encodeCursor('things:newest', [ROWS[0].at.toISOString(), ROWS[0].id]),
    ],
    ['garbage', 'not-a-cursor'],
  ])('refuses %s as BAD_USER_INPUT naming `after`, before any query', async (_story, after) => {
    const things = list();
    const refusal = await keysetPage({ order: OLDEST, first: 2, after, ...things }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).code).toBe('BAD_USER_INPUT');
    expect((refusal as DomainError).details.fields).toEqual(['after']);
    expect(things.asked).toEqual([]);
  });
});
