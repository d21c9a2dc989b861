import { Client } from 'pg';

/** One GraphQL request as a client sends it; `body(i)` varies it per request. */
export interface Operation {
  name: string;
  target: 'api' | 'baseline';
  /** Reads are held to the 10k → 100k scale budget. */
  read: boolean;
  body: (i: number) => string;
  headers?: Record<string, string>;
}

const gql = (query: string, variables: Record<string, unknown> = {}) =>
  JSON.stringify({ query, variables });

export const DIRECTORY_PAGE = `{ stakeholders(first: 50) { edges { node { id name kind
  members { role user { displayName } } memberships(first: 3) { edges { node { status hub { name } } } } } } } }`;

const DETAIL = `query ($id: ID!) { stakeholder(id: $id) { id name kind policyAreas description
  members { role user { displayName } } memberships(first: 3) { edges { node { status hub { name } } } } } }`;
const SEARCH = `query ($search: String!) { stakeholders(first: 20, filter: { search: $search }) {
  edges { node { id name kind } } } }`;
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`;
const BOOK = `mutation ($input: BookSpaceInput!) { bookSpace(input: $input) { id status } }`;
const AVAILABILITY = `query ($spaceId: ID!, $from: DateTime!, $to: DateTime!) {
  availability(spaceId: $spaceId, from: $from, to: $to) { startsAt endsAt } }`;
const PARK_STATS = `query ($from: DateTime!, $to: DateTime!) { parkStats(from: $from, to: $to) {
  hubs { activeMembers pendingApplications utilisation } projectsByStatus { status count } } }`;

const SEARCH_TERMS = ['청년', 'climate', '협동조합', 'Data', '마을', 'Labs', '돌봄', 'urban'];
const HOUR_MS = 60 * 60 * 1000;

/** The measured operations, with the ids, accounts and slots they need read from the database. */
export async function operations(
  url: string,
  tokens: { member: string; admin: string },
  hasParkStats: boolean,
): Promise<Operation[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const ids = (await client.query('SELECT id FROM stakeholders ORDER BY id LIMIT 1000')).rows.map(
      (r) => r.id,
    );
    const emails = (
      await client.query(
        `SELECT email::text FROM users WHERE email LIKE 'member-s%' ORDER BY email LIMIT 200`,
      )
    ).rows.map((r) => r.email);
    const rooms = (
      await client.query(
        `SELECT id FROM spaces WHERE name LIKE 'Load Test Room %' ORDER BY name LIMIT 50`,
      )
    ).rows.map((r) => r.id);
    const benchRoom = (await client.query(`SELECT id FROM spaces WHERE name = 'Bench Room'`))
      .rows[0]?.id;
    const from = new Date();
    const month = new Date(from.getTime() + 31 * 24 * HOUR_MS);
    // Each booking takes the next hour from tomorrow on: ensureBenchRoom emptied the room.
    const slotsFrom = Math.ceil((Date.now() + 24 * HOUR_MS) / HOUR_MS) * HOUR_MS;
    const auth = (token: string) => ({ authorization: `Bearer ${token}` });
    const list: Operation[] = [
      { name: 'directory page', target: 'api', read: true, body: () => gql(DIRECTORY_PAGE) },
      {
        name: 'directory page (raw SQL baseline)',
        target: 'baseline',
        read: true,
        body: () => gql(DIRECTORY_PAGE),
      },
      {
        name: 'stakeholder detail',
        target: 'api',
        read: true,
        body: (i) => gql(DETAIL, { id: ids[i % ids.length] }),
      },
      {
        name: 'search',
        target: 'api',
        read: true,
        body: (i) => gql(SEARCH, { search: SEARCH_TERMS[i % SEARCH_TERMS.length] }),
      },
      {
        name: 'login (scrypt included)',
        target: 'api',
        read: false,
        body: (i) =>
          gql(LOGIN, {
            input: { email: emails[i % emails.length], password: 'park-commons-demo' },
          }),
      },
      {
        name: 'availability (a month)',
        target: 'api',
        read: true,
        body: (i) => gql(AVAILABILITY, { spaceId: rooms[i % rooms.length], from, to: month }),
      },
    ];
    if (benchRoom) {
      list.push({
        name: 'bookSpace (writes)',
        target: 'api',
        read: false,
        headers: auth(tokens.member),
        body: (i) =>
          gql(BOOK, {
            input: {
              spaceId: benchRoom,
              startsAt: new Date(slotsFrom + i * HOUR_MS),
              endsAt: new Date(slotsFrom + (i + 1) * HOUR_MS),
              purpose: 'bench',
              attendees: 1,
            },
          }),
      });
    }
    if (hasParkStats) {
      const yearAgo = new Date(from.getTime() - 365 * 24 * HOUR_MS);
      list.push({
        name: 'parkStats (a year)',
        target: 'api',
        read: true,
        headers: auth(tokens.admin),
        body: () => gql(PARK_STATS, { from: yearAgo, to: from }),
      });
    }
    return list;
  } finally {
    await client.end();
  }
}

/**
 * A room open day and night for the write benchmark, bookable by anyone, years ahead, and empty:
 * each run books its hours from tomorrow on, so an earlier run's bookings would collide.
 */
export async function ensureBenchRoom(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`
      INSERT INTO spaces (id, hub_id, name, kind, capacity, amenities, buffer_minutes, min_notice_minutes,
                          max_duration_minutes, max_advance_days, updated_at)
      SELECT gen_random_uuid(), (SELECT id FROM hubs ORDER BY slug LIMIT 1), 'Bench Room', 'MEETING_ROOM',
             10, ARRAY['screen'], 0, 0, 120, 3650, now()
      WHERE NOT EXISTS (SELECT 1 FROM spaces WHERE name = 'Bench Room')`);
    await client.query(`
      INSERT INTO space_opening_hours (id, space_id, weekday, opens_minute, closes_minute)
      SELECT gen_random_uuid(), s.id, d, 0, 1440 FROM spaces s CROSS JOIN generate_series(1, 7) d
      WHERE s.name = 'Bench Room' ON CONFLICT DO NOTHING`);
    await client.query(
      `DELETE FROM bookings WHERE space_id = (SELECT id FROM spaces WHERE name = 'Bench Room')`,
    );
  } finally {
    await client.end();
  }
}
