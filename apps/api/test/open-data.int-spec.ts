import Papa from 'papaparse';
import request from 'supertest';
import { readPabulib, tally } from '@park/project';
import { ok } from './support/partnerships';
import { ProjectWorld, Who } from './support/projects';
import { SET_UP_MS } from './support/test-api';

// The open-data catalogue (issue 18) of a park built with the factories: people, a private
// project, a rejected membership, a proposed partnership with a comment, a tallied round with
// ballots. Nothing personal or non-public may appear in any file, and the round's published
// result must follow from its open data alone.

const DATASETS = [
  'hubs',
  'spaces',
  'events',
  'stakeholders',
  'partnerships',
  'projects',
  'project_milestones',
  'project_outcomes',
  'budget_rounds',
  'budget_round_projects',
  'budget_ballots',
  'space_utilisation',
];
const ADD = `mutation ($roundId: ID!, $projectId: ID!) { addProjectToRound(roundId: $roundId, projectId: $projectId) { id } }`;
const CAST = `mutation ($roundId: ID!, $projectIds: [ID!]!) { castBallot(roundId: $roundId, projectIds: $projectIds) { ballot { id } } }`;
const FORMULA = '=HYPERLINK("http://evil.example","click")';
const TRICKY = 'Repair café, "Eunpyeong"\nsecond line';

let world: ProjectWorld;
let roundId: string;
let privateProject: string;
let proposedPartnership: string;
let activePartnership: string;
const get = (path: string) => request(world.api.app.getHttpServer()).get(path);
type Row = Record<string, unknown>;
const jsonRows = async (name: string): Promise<Row[]> =>
  (await get(`/open-data/${name}.json`).expect(200)).body.rows;

beforeAll(async () => {
  world = await ProjectWorld.start();
  const { api, park } = world;
  const prisma = api.prisma;
  const youth = await park.hub('youth-hub');
  const social = await park.hub('social-economy-centre');
  const space = await park.newSpace(youth, { name: 'Open room' });

  // The lead stakeholder's description would run as a formula in a spreadsheet.
  await prisma.stakeholder.update({
    where: { id: world.leadId },
    data: { description: `${FORMULA}`, website: 'https://lead.example.org', tags: [TRICKY] },
  });
  const other = await park.newStakeholder({ description: TRICKY });
  // A rejected application to another hub: that hub is not one of the stakeholder's.
  await prisma.membership.create({
    data: { hubId: social.id, stakeholderId: world.leadId, plan: 'COWORKING', status: 'REJECTED' },
  });

  const proposer = (await prisma.user.findFirstOrThrow({ where: { id: world.userIds.leadOwner } }))
    .id;
  const partnership = (status: 'PROPOSED' | 'ACTIVE', title: string) =>
    prisma.partnership.create({
      data: {
        proposerId: world.leadId,
        partnerId: other.id,
        hubId: youth.id,
        kind: 'PROGRAMME',
        status,
        title,
        summary: `${title}: terms between the parties`,
        policyAreas: ['EDUCATION'],
        startsOn: new Date('2031-03-01'),
        proposedById: proposer,
      },
    });
  proposedPartnership = (await partnership('PROPOSED', 'Proposed repair school')).id;
  activePartnership = (await partnership('ACTIVE', 'Active repair school')).id;
  await prisma.partnershipComment.create({
    data: {
      partnershipId: proposedPartnership,
      authorId: proposer,
      body: 'Private thread: call me',
    },
  });

  // A confirmed booking holding a public event, and a pending one holding a hidden event.
  for (const [status, title, day] of [
    ['CONFIRMED', 'Open repair evening', 2],
    ['PENDING', 'Pending secret evening', 3],
  ] as const) {
    const startsAt = new Date(`2031-03-0${day}T09:00:00Z`);
    const endsAt = new Date(`2031-03-0${day}T11:00:00Z`);
    const booking = await prisma.booking.create({
      data: {
        spaceId: space.id,
        bookerId: proposer,
        startsAt,
        endsAt,
        blockedUntil: endsAt,
        purpose: title,
        attendees: 5,
        status,
      },
    });
    await prisma.event.create({
      data: {
        hubId: youth.id,
        spaceId: space.id,
        bookingId: booking.id,
        organizerId: proposer,
        stakeholderId: world.leadId,
        title,
        startsAt,
        endsAt,
        capacity: 20,
      },
    });
  }

  privateProject = ok(await world.propose({ title: 'Private draft of the lead' })).proposeProject
    .id;

  // A GREEDY round of three projects, one milestone and outcome on the first, five ballots.
  const { createBudgetRound: round } = ok(
    await world.gql<{ createBudgetRound: { id: string } }>(
      `mutation ($input: CreateBudgetRoundInput!) { createBudgetRound(input: $input) { id } }`,
      {
        input: {
          hubId: world.hubId,
          title: 'Open round 2031',
          maxSelections: 2,
          totalBudget: 15_000_000,
          tallyMethod: 'GREEDY',
        },
      },
      'hubManager',
    ),
  );
  roundId = round.id;
  const staffMove = (mutation: string, id: string) =>
    world.gql(`mutation ($id: ID!) { ${mutation}(id: $id) { id } }`, { id }, 'hubManager');
  ok(await staffMove('openBudgetRound', roundId));
  const projects: string[] = [];
  for (const requestedBudget of [8_000_000, 6_000_000, 5_000_000]) {
    const id = await world.inState('APPROVED', { requestedBudget });
    ok(await world.gql(ADD, { roundId, projectId: id }, 'leadOwner'));
    projects.push(id);
  }
  await prisma.milestone.create({
    data: { projectId: projects[0], title: 'Map drafted', dueOn: new Date('2031-05-01') },
  });
  await prisma.outcome.create({
    data: {
      projectId: projects[0],
      indicator: 'Young people placed',
      value: 12,
      unit: 'people',
      policyArea: 'ECONOMY_JOBS',
    },
  });
  ok(await staffMove('startBudgetVoting', roundId));
  const [A, B, C] = projects;
  const ballots: [Who, string[]][] = [
    ['leadOwner', [A, B]],
    ['leadAdmin', [B, C]],
    ['leadMember', [B]],
    ['reviewer1', [A, C]],
    ['reviewer2', [C]],
  ];
  for (const [who, choices] of ballots)
    ok(await world.gql(CAST, { roundId, projectIds: choices }, who));
  ok(await staffMove('closeBudgetRound', roundId));
  ok(
    await world.gql(
      `mutation ($roundId: ID!) { tallyBudgetRound(roundId: $roundId) { id } }`,
      { roundId },
      'hubManager',
    ),
  );
}, SET_UP_MS * 2);
afterAll(() => world.close());

describe('the open-data catalogue', () => {
  it('lists every dataset in DCAT JSON-LD with titles in Korean and English, files and licence', async () => {
    const response = await get('/open-data/catalog.jsonld').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/ld\+json/);
    const catalog = JSON.parse(response.text);
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(catalog['dct:license']['@id']).toBe('https://www.kogl.or.kr/info/licenseType1.do');
    expect(catalog['dcat:dataset'].map((d: Row) => d['dct:identifier'])).toEqual(DATASETS);
    for (const dataset of catalog['dcat:dataset']) {
      expect(dataset['@type']).toBe('dcat:Dataset');
      expect(dataset['dct:title'].map((t: Row) => t['@language'])).toEqual(['ko', 'en']);
      expect(dataset['dct:description'].map((t: Row) => t['@language'])).toEqual(['ko', 'en']);
      expect(dataset['dct:modified']['@value']).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(
        dataset['dcat:distribution'].map((f: Row) => [
          f['dcat:mediaType'],
          (f['dcat:downloadURL'] as Row)['@id'],
        ]),
      ).toEqual([
        ['text/csv', `http://localhost:3000/open-data/${dataset['dct:identifier']}.csv`],
        ['application/json', `http://localhost:3000/open-data/${dataset['dct:identifier']}.json`],
      ]);
    }
  });

  it('has a page in Korean and English linking every file and dictionary, with row counts', async () => {
    const page = (
      await get('/open-data/')
        .expect(200)
        .expect('content-type', /text\/html/)
    ).text;
    expect(page).toContain('공공데이터');
    expect(page).toContain('open data');
    expect(page).toContain('Korea Open Government Licence Type 1');
    for (const name of DATASETS) {
      for (const file of [`${name}.csv`, `${name}.json`, `${name}.dictionary.json`]) {
        expect(page).toContain(`href="http://localhost:3000/open-data/${file}"`);
      }
    }
    expect(page).toMatch(/행 수 \/ rows: <strong>\d+<\/strong>/);
  });

  it('serves each dictionary in Korean and English, naming exactly the columns of its files', async () => {
    for (const name of DATASETS) {
      const { body } = await get(`/open-data/${name}.dictionary.json`).expect(200);
      expect(body.dataset).toBe(name);
      expect(body.license.url).toBe('https://www.kogl.or.kr/info/licenseType1.do');
      expect(body.generatedAt).toEqual(expect.any(String));
      for (const column of body.columns) {
        expect(column).toEqual({
          name: expect.any(String),
          type: expect.any(String),
          meaning: { ko: expect.any(String), en: expect.any(String) },
          source: expect.any(String),
        });
      }
      const json = (await get(`/open-data/${name}.json`).expect(200)).body;
      expect(json.rowCount).toBe(json.rows.length);
      expect(body.rowCount).toBe(json.rows.length);
      expect(json.columns).toEqual(body.columns.map((c: Row) => c.name));
      for (const row of json.rows)
        expect(Object.keys(row).sort()).toEqual([...json.columns].sort());
      const csv = (
        await get(`/open-data/${name}.csv`)
          .expect(200)
          .expect('content-type', /^text\/csv/)
      ).text;
      const lines = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
      expect(lines[0]).toEqual(json.columns);
      expect(lines).toHaveLength(json.rows.length + 1);
    }
  });

  it('answers an unknown file NOT_FOUND', async () => {
    await get('/open-data/users.csv').expect(404);
    await get('/open-data/hubs.xml').expect(404);
  });
});

describe('what the open data holds', () => {
  it('holds no e-mail and no display name of anyone, and nothing non-public', async () => {
    const files = ['/open-data/', '/open-data/catalog.jsonld', `/open-data/pabulib/${roundId}.pb`];
    for (const name of DATASETS)
      files.push(
        `/open-data/${name}.csv`,
        `/open-data/${name}.json`,
        `/open-data/${name}.dictionary.json`,
      );
    const texts = await Promise.all(
      files.map(async (file) => [file, (await get(file).expect(200)).text] as const),
    );
    const people = await world.api.prisma.user.findMany({
      select: { email: true, displayName: true },
    });
    expect(people.length).toBeGreaterThan(10);
    const hidden = [
      privateProject,
      'Private draft of the lead',
      proposedPartnership,
      'Proposed repair school',
      'Private thread: call me',
      'terms between the parties',
      'Pending secret evening',
      ...(await world.api.prisma.ballot.findMany()).map((b) => b.id),
      ...Object.values(world.userIds),
    ];
    for (const [file, text] of texts) {
      const lower = text.toLowerCase();
      for (const person of people) {
        expect([file, lower.includes(person.email.toLowerCase())]).toEqual([file, false]);
        expect([file, lower.includes(person.displayName.toLowerCase())]).toEqual([file, false]);
      }
      for (const secret of hidden)
        expect([file, text.includes(secret as string)]).toEqual([file, false]);
    }
  });

  it('shows the public rows: an active partnership, a confirmed event, a stakeholder’s approved hubs only', async () => {
    expect((await jsonRows('partnerships')).map((p) => p.id)).toEqual([activePartnership]);
    expect((await jsonRows('events')).map((e) => e.title)).toEqual(['Open repair evening']);
    const lead = (await jsonRows('stakeholders')).find((s) => s.id === world.leadId);
    expect(lead).toMatchObject({
      hubs: ['youth-hub'],
      website: 'https://lead.example.org',
      description: FORMULA,
    });
    const projects = await jsonRows('projects');
    expect(
      projects.every((p) =>
        ['APPROVED', 'FUNDED', 'IN_PROGRESS', 'COMPLETED'].includes(p.status as string),
      ),
    ).toBe(true);
    expect(projects.find((p) => p.funding_participatory_budget)).toBeDefined();
    expect(await jsonRows('project_milestones')).toHaveLength(1);
    expect(await jsonRows('project_outcomes')).toHaveLength(1);
    const spaces = await jsonRows('spaces');
    expect(spaces.find((s) => s.name === 'Open room')?.opening_hours).toMatch(
      /^Mo \d\d:\d\d-\d\d:\d\d/,
    );
    expect(
      (await jsonRows('space_utilisation')).some(
        (u) => u.month === '2031-03' && u.hub_slug === 'youth-hub',
      ),
    ).toBe(true);
  });

  it('writes CSV as UTF-8 with a BOM and RFC 4180 quoting, and defuses formulas', async () => {
    const response = await get('/open-data/stakeholders.csv')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    const bytes = response.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).toContain(`"${TRICKY.replace(/"/g, '""')}"`);
    expect(text.split('\r\n')[0]).toBe('id,name,kind,policy_areas,description,website,hubs');
    const rows = Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
    expect(rows.find((row) => row.id === world.leadId)).toMatchObject({
      description: `'${FORMULA}`,
      hubs: 'youth-hub',
    });
  });

  it('gives the published result of a round when its anonymised ballots and projects are tallied again', async () => {
    const round = (await jsonRows('budget_rounds')).find((r) => r.id === roundId)!;
    expect(round.status).toBe('TALLIED');
    const entered = (await jsonRows('budget_round_projects')).filter((p) => p.round_id === roundId);
    const choices = (await jsonRows('budget_ballots')).filter((b) => b.round_id === roundId);
    const ballots = new Map<string, string[]>();
    for (const choice of choices) {
      ballots.set(choice.ballot_id as string, [
        ...(ballots.get(choice.ballot_id as string) ?? []),
        choice.project_id as string,
      ]);
    }
    expect(ballots.size).toBe(5);
    const eligible = entered
      .filter((p) => p.reason_code !== 'NOT_FUNDED_NOT_APPROVED')
      .sort((a, b) => (a.proposal_order as number) - (b.proposal_order as number));
    const recomputed = tally({
      method: round.tally_method as 'GREEDY',
      budget: round.total_budget as number,
      projects: eligible.map((p, order) => ({
        id: p.project_id as string,
        cost: p.cost_at_tally as number,
        order,
      })),
      ballots: [...ballots.values()],
    });
    const published = [...entered]
      .sort((a, b) => (a.rank as number) - (b.rank as number))
      .map((p) => [p.project_id, p.votes, p.funded, p.amount]);
    expect(recomputed.lines.map((l) => [l.projectId, l.votes, l.funded, l.amount])).toEqual(
      published,
    );
    expect(published.filter(([, , funded]) => funded).length).toBeGreaterThan(0);
  });

  it('publishes a round past voting as a pabulib file that recounts to the published result', async () => {
    const round = (await jsonRows('budget_rounds')).find((r) => r.id === roundId)!;
    expect(round.pabulib_file).toBe(`pabulib/${roundId}.pb`);
    const response = await get(`/open-data/${round.pabulib_file}`).expect(200);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.headers['etag']).toMatch(/^W\/"/);

    const { head, votes } = await readPabulib(response.text.split('\n'));
    const ballots: string[][] = [];
    for await (const batch of votes) ballots.push(...batch.map((vote) => vote.projectIds));
    expect(ballots).toHaveLength(5);
    expect(head.meta.get('rule')?.value).toBe('greedy');
    const recounted = tally({
      method: 'GREEDY',
      budget: Number(head.rules.budget),
      projects: head.projects.map((p, order) => ({ id: p.id, cost: Number(p.cost), order })),
      ballots,
    });
    const published = (await jsonRows('budget_round_projects'))
      .filter((p) => p.round_id === roundId)
      .map((p) => [p.project_id, p.funded]);
    expect(recounted.lines.map((l) => [l.projectId, l.funded]).sort()).toEqual(published.sort());

    await get(`/open-data/pabulib/${roundId}.pb`)
      .set('If-None-Match', response.headers['etag'])
      .expect(304);
  });

  it('publishes no pabulib file of a round still taking votes, nor of an unknown one', async () => {
    const { createBudgetRound: open } = ok(
      await world.gql<{ createBudgetRound: { id: string } }>(
        `mutation ($input: CreateBudgetRoundInput!) { createBudgetRound(input: $input) { id } }`,
        {
          input: {
            hubId: world.hubId,
            title: 'Round still open',
            maxSelections: 1,
            totalBudget: 1_000_000,
            tallyMethod: 'GREEDY',
          },
        },
        'hubManager',
      ),
    );
    const row = (await jsonRows('budget_rounds')).find((r) => r.id === open.id)!;
    expect(row.pabulib_file).toBeNull();
    await get(`/open-data/pabulib/${open.id}.pb`).expect(404);
    await get('/open-data/pabulib/00000000-0000-4000-8000-000000000000.pb').expect(404);
    await get('/open-data/pabulib/not-a-round.pb').expect(404);
  });

  it('gives ballots new random ids in every download', async () => {
    const ids = async () => new Set((await jsonRows('budget_ballots')).map((b) => b.ballot_id));
    const [first, second] = [await ids(), await ids()];
    expect(first.size).toBe(5);
    expect([...first].some((id) => second.has(id))).toBe(false);
  });
});

describe('caching', () => {
  it('answers 304 to a current ETag or Last-Modified, and a new ETag once the data changes', async () => {
    const first = await get('/open-data/stakeholders.csv').expect(200);
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    const etag = first.headers.etag;
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers['last-modified']).toEqual(expect.any(String));
    await get('/open-data/stakeholders.csv').set('If-None-Match', etag).expect(304);
    await get('/open-data/stakeholders.csv')
      .set('If-Modified-Since', first.headers['last-modified'])
      .expect(304);
    await get('/open-data/catalog.jsonld')
      .set('If-None-Match', (await get('/open-data/catalog.jsonld')).headers.etag)
      .expect(304);

    await world.api.prisma.stakeholder.update({
      where: { id: world.leadId },
      data: { description: 'Now plain' },
    });
    const changed = await get('/open-data/stakeholders.csv').set('If-None-Match', etag).expect(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.text).toContain('Now plain');
  });
});
