import { DataExportService } from '@park/privacy';
import JSZip from 'jszip';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DAY_MS, Park, Person, SET_UP_MS, startPark, TestApi } from './support';

// "Download my data" (issue 18): a request queues the job, the job writes the ZIP and tells its
// owner, the owner's short-lived link downloads it (nobody else's does), and the file is gone
// once its days are up.

const REQUEST = `mutation { requestMyData { id status requestedAt readyAt expiresAt url } }`;
const LIST = `{ myDataExports { id status readyAt expiresAt url } }`;
const SECTIONS = [
  'account',
  'sessions',
  'stakeholders',
  'hub_staff',
  'invitations',
  'membership_applications',
  'bookings',
  'events_organised',
  'rsvps',
  'partnerships_proposed',
  'partnership_comments',
  'projects',
  'committee_seats',
  'committee_reviews',
  'ballots',
  'notifications',
  'mail_preferences',
  'audit_log',
];

interface Export {
  id: string;
  status: string;
  readyAt: string | null;
  expiresAt: string | null;
  url: string | null;
}

let api: TestApi;
let park: Park;
let exportDir: string;
let exports: DataExportService;

beforeAll(async () => {
  // Under a dot folder, as the default .data/exports is (express's send refuses those unless told).
  exportDir = join(await mkdtemp(join(tmpdir(), 'park-exports-')), '.data', 'exports');
  ({ api, park } = await startPark({ DATA_EXPORT_DIR: exportDir, DATA_EXPORTS_PER_DAY: '2' }));
  exports = api.app.get(DataExportService);
}, SET_UP_MS);
afterAll(async () => {
  await api?.close();
  await rm(join(exportDir, '..', '..'), { recursive: true, force: true });
});

const requestMyData = async (who: Person) =>
  (await api.graphql.ok<{ requestMyData: Export }>(REQUEST, {}, who.as)).requestMyData;
const myExports = async (who: Person) =>
  (await api.graphql.ok<{ myDataExports: Export[] }>(LIST, {}, who.as)).myDataExports;

/** A GET of a link as a browser follows it: the path and query of the URL. */
function follow(url: string) {
  const { pathname, search } = new URL(url);
  return request(api.app.getHttpServer())
    .get(`${pathname}${search}`)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

/** Someone with a little of everything: a stakeholder, an application, a preference. */
async function personWithData(): Promise<Person> {
  const stakeholder = await park.newStakeholder();
  await park.apply(await park.hub(), stakeholder);
  await api.graphql.ok(
    `mutation { setMailPreference(kind: MEMBERSHIP_APPROVE, cadence: WEEKLY) { kind } }`,
    {},
    stakeholder.owner.as,
  );
  return stakeholder.owner;
}

/** Requests a download and runs its job as the worker would. */
async function readyExport(who: Person): Promise<Export> {
  const { id } = await requestMyData(who);
  await exports.build(id);
  return (await myExports(who)).find((e) => e.id === id)!;
}

describe('downloading my data', () => {
  it('builds a ZIP of every section, tells its owner, and downloads it with their link', async () => {
    const me = await personWithData();
    const asked = await requestMyData(me);
    expect(asked).toMatchObject({ status: 'PENDING', readyAt: null, expiresAt: null, url: null });
    const [queued] = await api.prisma.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM graphile_worker.jobs j
      JOIN graphile_worker._private_jobs p USING (id)
      WHERE j.task_identifier = 'privacy.data-export' AND p.payload->>'exportId' = ${asked.id}`;
    expect(queued.count).toBe(1);

    await exports.build(asked.id);
    const [ready] = await myExports(me);
    expect(ready).toMatchObject({ id: asked.id, status: 'READY' });
    const kept = new Date(ready.expiresAt!).getTime() - new Date(ready.readyAt!).getTime();
    expect(kept).toBe(7 * DAY_MS);
    expect(ready.url).toMatch(new RegExp(`/account/exports/${asked.id}\\?token=`));

    const { notifications } = await api.graphql.ok<{
      notifications: { edges: { node: { kind: string; message: string; subject: unknown } }[] };
    }>(
      `{ notifications(first: 5) { edges { node { kind message subject { ... on DataExport { id status } } } } } }`,
      {},
      me.as,
    );
    const notice = notifications.edges.find((edge) => edge.node.kind === 'DATA_EXPORT_READY');
    expect(notice?.node.subject).toEqual({ id: asked.id, status: 'READY' });
    expect(notice?.node.message).toContain('내 데이터');

    const response = await follow(ready.url!);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['cache-control']).toBe('no-store');
    const zip = await JSZip.loadAsync(response.body as Buffer);
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(
      ['README.txt', ...SECTIONS.flatMap((s) => [`${s}.json`, `${s}.csv`])].sort(),
    );

    const readme = await zip.file('README.txt')!.async('string');
    expect(readme).toContain('[한국어]');
    expect(readme).toContain('[English]');
    for (const section of SECTIONS) expect(readme).toContain(`${section}.csv`);

    const [account] = JSON.parse(await zip.file('account.json')!.async('string'));
    expect(account).toMatchObject({ id: me.id, email: me.email, display_name: me.displayName });
    expect(account).not.toHaveProperty('password_hash');
    const stakeholders = JSON.parse(await zip.file('stakeholders.json')!.async('string'));
    expect(stakeholders).toEqual([expect.objectContaining({ role: 'OWNER' })]);
    const applications = JSON.parse(
      await zip.file('membership_applications.json')!.async('string'),
    );
    expect(applications).toEqual([expect.objectContaining({ status: 'SUBMITTED' })]);

    // UTF-8 with a BOM, a header even for a section with no rows.
    const csv = await zip.file('mail_preferences.csv')!.async('uint8array');
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(csv).toString('utf8')).toContain(
      'kind,cadence,updated_at\r\nMEMBERSHIP_APPROVE,WEEKLY,',
    );
    const ballots = await zip.file('ballots.csv')!.async('string');
    expect(ballots.replace(/^\uFEFF/, '')).toBe(
      'id,round,chosen_projects,created_at,updated_at\r\n',
    );
  });

  it('builds one at a time and at most DATA_EXPORTS_PER_DAY a day', async () => {
    const me = await park.newUser();
    const first = await requestMyData(me);
    const pending = await api.graphql.errorCode(REQUEST, {}, me.as);
    expect(pending.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EXPORT_PENDING' });

    await exports.build(first.id);
    await readyExport(me);
    const limited = await api.graphql.errorCode(REQUEST, {}, me.as);
    expect(limited.extensions.code).toBe('RATE_LIMITED');
    expect(await myExports(me)).toHaveLength(2);
  });

  it('lets only one export be pending however many requests arrive at once', async () => {
    const me = await park.newUser();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => api.graphql.execute(REQUEST, {}, me.as)),
    );
    const codes = answers.map((a) => a.errors?.[0]?.extensions.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    expect(await api.prisma.dataExport.count({ where: { userId: me.id } })).toBe(1);
  });

  it('refuses a link on anyone else’s export, a forged one and none at all', async () => {
    const [mine, theirs] = await Promise.all([
      readyExport(await park.newUser()),
      readyExport(await park.newUser()),
    ]);
    const theirToken = new URL(theirs.url!).searchParams.get('token')!;
    const wrongOwner = await follow(
      `http://x/account/exports/${mine.id}?token=${encodeURIComponent(theirToken)}`,
    );
    expect(wrongOwner.status).toBe(404);
    const forged = await follow(`${mine.url!.slice(0, -4)}AAAA`);
    expect(forged.status).toBe(404);
    const bare = await follow(`http://x/account/exports/${mine.id}`);
    expect(bare.status).toBe(404);
    const bearer = await request(api.app.getHttpServer()).get(`/account/exports/not-an-id`);
    expect(bearer.status).toBe(404);
    expect((await follow(mine.url!)).status).toBe(200);
  });

  it('deletes the file when its days are up and marks the export EXPIRED', async () => {
    const me = await park.newUser();
    const ready = await readyExport(me);
    expect((await readdir(exportDir)).includes(`${ready.id}.zip`)).toBe(true);

    expect(await exports.expire(new Date(Date.now() + DAY_MS))).toBe(0);
    const swept = await exports.expire(new Date(Date.now() + 7 * DAY_MS + 60_000));
    expect(swept).toBeGreaterThanOrEqual(1);
    expect(existsSync(join(exportDir, `${ready.id}.zip`))).toBe(false);
    const [expired] = await myExports(me);
    expect(expired).toMatchObject({ id: ready.id, status: 'EXPIRED', url: null });
    expect((await follow(ready.url!)).status).toBe(404);
  });
});
