import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgres } from './embedded-postgres';

async function query(url: string, sql: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  it('initialises once, keeps its data across restarts, and has the contrib extensions', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'park-embedded-'));
    await chmod(parent, 0o755); // as root, the server runs as the postgres OS user
    const dataDir = path.join(parent, 'pg');
    const options = { dataDir, port: 54000 + (process.pid % 1000), password: 'secret' };
    const first = new EmbeddedPostgres(options);
    try {
      await first.start();
      await first.ensureDatabase('park_commons');
      await first.ensureDatabase('park_commons'); // idempotent
      const url = first.url.replace(/\/postgres$/, '/park_commons');
      await query(
        url,
        'CREATE EXTENSION btree_gist; CREATE EXTENSION pg_trgm; CREATE EXTENSION citext',
      );
      await query(url, "CREATE TABLE hubs (name text); INSERT INTO hubs VALUES ('Youth Hub')");
      await first.stop();

      const second = new EmbeddedPostgres(options);
      await second.start();
      expect(await query(url, 'SELECT name FROM hubs')).toEqual([{ name: 'Youth Hub' }]);
      // Korean text makes trigrams: the cluster's locale is Unicode-aware.
      const [{ similar }] = await query(
        url,
        "SELECT similarity('서울청년허브', '청년허브') > 0.3 AS similar",
      );
      expect(similar).toBe(true);
      await second.stop();
    } finally {
      await first.destroy();
    }
  });
});
