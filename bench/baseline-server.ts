// The raw-SQL baseline for the directory page: node:http + pg + JSON.stringify, the same SQL
// shape as the API (one page query, then members, users, memberships and hubs by id), the same
// JSON out. It answers any POST with the first page of 50; what it measures is the floor.
import { createServer } from 'node:http';
import { Pool } from 'pg';

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL_SIZE ?? 10),
});
const FIRST = 50;

async function directoryPage(): Promise<unknown> {
  const page = await pool.query(
    `SELECT id, name::text AS name, kind FROM stakeholders s ORDER BY s.name LIMIT ${FIRST + 1}`,
  );
  const rows = page.rows.slice(0, FIRST);
  const ids = rows.map((row) => row.id);
  const [members, memberships, hubs] = await Promise.all([
    pool.query(
      `SELECT stakeholder_id, user_id, role FROM stakeholder_members WHERE stakeholder_id = ANY($1::uuid[])
       ORDER BY role, created_at, id`,
      [ids],
    ),
    pool.query(
      `SELECT stakeholder_id, hub_id, status FROM memberships WHERE stakeholder_id = ANY($1::uuid[])
       ORDER BY created_at, id`,
      [ids],
    ),
    pool.query(`SELECT id, name FROM hubs`),
  ]);
  const users = await pool.query(`SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])`, [
    [...new Set(members.rows.map((m) => m.user_id))],
  ]);
  const userName = new Map(users.rows.map((u) => [u.id, u.display_name]));
  const hubName = new Map(hubs.rows.map((h) => [h.id, h.name]));
  return {
    data: {
      stakeholders: {
        edges: rows.map((row) => ({
          node: {
            id: row.id,
            name: row.name,
            kind: row.kind,
            members: members.rows
              .filter((m) => m.stakeholder_id === row.id)
              .map((m) => ({ role: m.role, user: { displayName: userName.get(m.user_id) } })),
            memberships: memberships.rows
              .filter((m) => m.stakeholder_id === row.id)
              .map((m) => ({ status: m.status, hub: { name: hubName.get(m.hub_id) } })),
          },
        })),
      },
    },
  };
}

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    directoryPage().then(
      (body) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      },
      (error: Error) => {
        res.writeHead(500);
        res.end(error.message);
      },
    );
  });
});
server.listen(Number(process.env.PORT ?? 3312), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
