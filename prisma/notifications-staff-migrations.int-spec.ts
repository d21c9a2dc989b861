import { migrate } from '@park/platform/database';
import { createTestDatabase, TestDatabase } from '@park/platform/testing';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

const MIGRATIONS_DIR = path.join(__dirname, 'migrations');
const FIRST = '20261202041000_notification_kinds';

const USER = '00000000-0000-4000-8000-000000000001';
const HUB = '00000000-0000-4000-8000-000000000002';
const STAKEHOLDER = '00000000-0000-4000-8000-000000000003';
const MEMBERSHIP = '00000000-0000-4000-8000-000000000004';

// Notifications written before they were rendered at read time keep their English sentence
// (and are shown with it); audit entries written before the hub column get their hub.
describe('migrations: notification kinds and the hub of audit entries', () => {
  let database: TestDatabase;
  let before: string;
  let db: Client;

  beforeAll(async () => {
    database = await createTestDatabase({ migrated: false });
    before = await mkdtemp(path.join(tmpdir(), 'migrations-before-'));
    for (const entry of await readdir(MIGRATIONS_DIR)) {
      if (entry < FIRST) {
        await cp(path.join(MIGRATIONS_DIR, entry), path.join(before, entry), { recursive: true });
      }
    }
    await migrate(database.url, { migrationsDir: before });
    db = new Client({ connectionString: database.url });
    await db.connect();
  });

  afterAll(async () => {
    await db.end();
    await database.drop();
    await rm(before, { recursive: true, force: true });
  });

  it('keeps earlier notices’ words and kinds, and files earlier audit entries under their hub', async () => {
    await db.query(`
      INSERT INTO users (id, email, password_hash, display_name, updated_at)
      VALUES ('${USER}', 'early@example.org', 'x', 'Early', now());
      INSERT INTO hubs (id, slug, name, name_ko, kind, updated_at)
      VALUES ('${HUB}', 'youth-hub', 'Youth Hub', '청년허브', 'YOUTH', now());
      INSERT INTO stakeholders (id, name, kind, updated_at)
      VALUES ('${STAKEHOLDER}', 'Early Collective', 'YOUTH_GROUP', now());
      INSERT INTO memberships (id, hub_id, stakeholder_id, plan, status, motivation,
                               applied_by_id, updated_at)
      VALUES ('${MEMBERSHIP}', '${HUB}', '${STAKEHOLDER}', 'COWORKING', 'APPROVED',
              'We would like to work here.', '${USER}', now());
      INSERT INTO notifications (id, recipient_id, kind, entity_type, entity_id, message)
      VALUES (gen_random_uuid(), '${USER}', 'MEMBERSHIP_APPROVE', 'Membership', '${MEMBERSHIP}',
              'Early Collective’s membership of Youth Hub was approved.');
      INSERT INTO audit_log (id, actor_id, action, entity_type, entity_id, details)
      VALUES (gen_random_uuid(), '${USER}', 'Membership.approve', 'Membership', '${MEMBERSHIP}',
              '{}'),
             (gen_random_uuid(), '${USER}', 'HubStaff.assign', 'HubStaff', '${USER}',
              '{"hubId": "${HUB}"}'),
             (gen_random_uuid(), '${USER}', 'Stakeholder.update', 'Stakeholder', '${STAKEHOLDER}',
              '{}');`);

    await migrate(database.url, { migrationsDir: MIGRATIONS_DIR });

    const notices = await db.query(`SELECT kind::text, params, legacy_message FROM notifications`);
    expect(notices.rows).toEqual([
      {
        kind: 'MEMBERSHIP_APPROVE',
        params: {},
        legacy_message: 'Early Collective’s membership of Youth Hub was approved.',
      },
    ]);
    const entries = await db.query(`SELECT action, hub_id FROM audit_log ORDER BY action`);
    expect(entries.rows).toEqual([
      { action: 'HubStaff.assign', hub_id: HUB },
      { action: 'Membership.approve', hub_id: HUB },
      { action: 'Stakeholder.update', hub_id: null },
    ]);

    // Written from now on, an entry finds its hub by itself.
    await db.query(`
      INSERT INTO audit_log (id, actor_id, action, entity_type, entity_id)
      VALUES (gen_random_uuid(), '${USER}', 'Membership.end', 'Membership', '${MEMBERSHIP}')`);
    const fresh = await db.query(`SELECT hub_id FROM audit_log WHERE action = 'Membership.end'`);
    expect(fresh.rows).toEqual([{ hub_id: HUB }]);
  });
});
