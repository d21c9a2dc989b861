import { PabulibError, PabulibService, pabulibText } from '@park/project';
import request from 'supertest';
import { ok } from './support/partnerships';
import { ProjectWorld } from './support/projects';

// pabulib files (pabulib.org/format) in and out of budget rounds: an import is a CLOSED round
// with anonymous ballots that tallies like any other; its export reads back to the same result.

const TALLY = `mutation ($roundId: ID!) {
  tallyBudgetRound(roundId: $roundId) { status results { funded votes project { id } } }
}`;

let world: ProjectWorld;
let pabulib: PabulibService;

beforeAll(async () => {
  world = await ProjectWorld.start();
  pabulib = world.api.app.get(PabulibService);
}, 60_000);
afterAll(() => world.close());

/** A small seeded generator: the same file every run. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** A pabulib file of `voters` approval ballots over 8 projects (some unnamed). */
function pabulibFile(voters: number, { rule = 'greedy', extraMeta = '', last = '' } = {}) {
  const random = seeded(voters);
  const costs = [400, 250, 300, 150, 500, 200, 350, 100];
  const projects = costs.map(
    (cost, i) => `P${i + 1};${cost * 1000};${i % 3 ? `Project ${i + 1}` : ''}`,
  );
  const votes = Array.from({ length: voters }, (_, v) => {
    const chosen = costs.map((_, i) => `P${i + 1}`).filter((_, i) => random() < 0.5 - i * 0.04);
    return `${v + 1};${chosen.join(',')}`;
  });
  return [
    'META',
    'key;value',
    'description;Green budget of the test city',
    'country;Poland',
    `num_projects;${costs.length}`,
    `num_votes;${voters + (last ? 1 : 0)}`,
    'budget;1000000',
    'vote_type;approval',
    `rule;${rule}`,
    ...(extraMeta ? [extraMeta] : []),
    'PROJECTS',
    'project_id;cost;name',
    ...projects,
    'VOTES',
    'voter_id;vote',
    ...votes,
    ...(last ? [last] : []),
  ];
}

async function counts() {
  const { prisma } = world.api;
  return {
    rounds: await prisma.budgetRound.count(),
    projects: await prisma.project.count(),
    ballots: await prisma.ballot.count(),
  };
}

/** The tally's funded projects as the file's ids, and every project's votes. */
async function tallied(roundId: string) {
  const { tallyBudgetRound } = ok(
    await world.gql<{
      tallyBudgetRound: {
        status: string;
        results: { funded: boolean; votes: number; project: { id: string } }[];
      };
    }>(TALLY, { roundId }, 'hubManager'),
  );
  expect(tallyBudgetRound.status).toBe('TALLIED');
  const projects = await world.api.prisma.project.findMany({
    where: { id: { in: tallyBudgetRound.results.map((r) => r.project.id) } },
  });
  const external = new Map(projects.map((p) => [p.id, p.externalId]));
  return {
    funded: tallyBudgetRound.results
      .filter((r) => r.funded)
      .map((r) => external.get(r.project.id))
      .sort(),
    votes: Object.fromEntries(
      tallyBudgetRound.results.map((r) => [external.get(r.project.id), r.votes]),
    ),
  };
}

async function fault(work: Promise<unknown>): Promise<PabulibError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PabulibError);
  return error as PabulibError;
}

describe('pabulib import', () => {
  it('makes a CLOSED round of the hub with the file’s projects, rules and anonymous ballots', async () => {
    const { roundId, projects, ballots } = await pabulib.importRound(
      pabulibFile(40, { extraMeta: 'max_length;6' }),
      { hubSlug: 'youth-hub' },
    );

    expect({ projects, ballots }).toEqual({ projects: 8, ballots: 40 });
    const round = await world.api.prisma.budgetRound.findUniqueOrThrow({
      where: { id: roundId },
      include: { projects: { include: { project: true } } },
    });
    expect(round).toMatchObject({
      hubId: world.hubId,
      status: 'CLOSED',
      title: 'Green budget of the test city',
      totalBudget: 1_000_000n,
      tallyMethod: 'GREEDY',
      minSelections: 0,
      maxSelections: 6,
      maxBallotCost: null,
    });
    const titles = round.projects.map((p) => [p.project.externalId, p.project.title]).sort();
    expect(titles.slice(0, 3)).toEqual([
      ['P1', 'P1'],
      ['P2', 'Project 2'],
      ['P3', 'Project 3'],
    ]);
    expect(round.projects.every((p) => p.project.status === 'APPROVED')).toBe(true);
    expect(await world.api.prisma.ballot.count({ where: { roundId, voterId: null } })).toBe(40);
  });

  it('takes the method from META’s rule, unless told otherwise', async () => {
    const shares = await pabulib.importRound(pabulibFile(5, { rule: 'equalshares/add1' }), {
      hubSlug: 'youth-hub',
    });
    const told = await pabulib.importRound(pabulibFile(5, { rule: 'equalshares' }), {
      hubSlug: 'youth-hub',
      method: 'GREEDY',
    });
    const methods = await world.api.prisma.budgetRound.findMany({
      where: { id: { in: [shares.roundId, told.roundId] } },
      select: { id: true, tallyMethod: true },
    });
    expect(Object.fromEntries(methods.map((m) => [m.id, m.tallyMethod]))).toEqual({
      [shares.roundId]: 'EQUAL_SHARES',
      [told.roundId]: 'GREEDY',
    });
  });

  it('refuses a bad file with its line number and creates nothing, even past the first batches', async () => {
    const before = await counts();
    // 2,500 good ballots (three batches) and then one naming a project the file does not list.
    const lines = pabulibFile(2500, { last: '2501;P1,P9' });

    const error = await fault(pabulib.importRound(lines, { hubSlug: 'youth-hub' }));

    expect(error.line).toBe(lines.length);
    expect(error.message).toBe(
      `line ${lines.length}: the vote names project "P9", which PROJECTS does not list`,
    );
    expect(await counts()).toEqual(before);
  }, 60_000);

  it('refuses a rule it does not count without --method, and an unknown hub', async () => {
    const before = await counts();
    const error = await fault(
      pabulib.importRound(pabulibFile(3, { rule: 'phragmen' }), { hubSlug: 'youth-hub' }),
    );
    expect(error.message).toMatch(/^line 9: META rule "phragmen".*--method/);
    await expect(
      pabulib.importRound(pabulibFile(3), { hubSlug: 'no-such-hub' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await counts()).toEqual(before);
  });
});

describe('pabulib round trip', () => {
  it.each(['GREEDY', 'EQUAL_SHARES'] as const)(
    'import → tally → export → import gives the same result (%s)',
    async (method) => {
      const first = await pabulib.importRound(pabulibFile(120), { hubSlug: 'youth-hub', method });
      const result = await tallied(first.roundId);
      expect(result.funded.length).toBeGreaterThan(0);

      const text = await pabulibText(await pabulib.exportRound(null, first.roundId));
      const selected = text
        .split('\n')
        .filter((line) => /^P\d;/.test(line) && line.endsWith(';1'))
        .map((line) => line.split(';')[0])
        .sort();
      expect(selected).toEqual(result.funded);
      expect(text).toContain(`rule;${method === 'GREEDY' ? 'greedy' : 'equalshares/add1'}\n`);

      const again = await pabulib.importRound(text.split('\n'), { hubSlug: 'youth-hub' });
      expect(again.ballots).toBe(120);
      expect(await tallied(again.roundId)).toEqual(result);
    },
    60_000,
  );

  it('writes ballots under random voter ids, never the voters’ own', async () => {
    const { roundId } = await pabulib.importRound(pabulibFile(10), { hubSlug: 'youth-hub' });
    const ids = (text: string) =>
      text
        .slice(text.indexOf('voter_id;vote\n'))
        .split('\n')
        .slice(1, -1)
        .map((l) => l.split(';')[0]);
    const once = ids(await pabulibText(await pabulib.exportRound(null, roundId)));
    const twice = ids(await pabulibText(await pabulib.exportRound(null, roundId)));
    expect(once).toHaveLength(10);
    expect(new Set(once).size).toBe(10);
    // The file's own ids were 1…10; ours are fresh random hex, none of them.
    const theirs = Array.from({ length: 10 }, (_, v) => String(v + 1));
    expect(once.filter((id) => theirs.includes(id))).toEqual([]);
    expect(once.every((id) => /^[0-9a-f]{12}$/.test(id))).toBe(true);
    expect(once).not.toEqual(twice);
  });
});

describe('the staff download', () => {
  const download = (roundId: string, token?: string) => {
    const call = request(world.api.app.getHttpServer()).get(`/budget-rounds/${roundId}/pabulib`);
    return token ? call.set('authorization', `Bearer ${token}`) : call;
  };

  it('gives the hub’s staff and park admins the file, and refuses everyone else', async () => {
    const { roundId } = await pabulib.importRound(pabulibFile(12), { hubSlug: 'youth-hub' });

    for (const who of ['hubManager', 'parkAdmin'] as const) {
      const answer = await download(roundId, world.tokens[who]);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-disposition']).toBe(
        `attachment; filename="budget-round-${roundId}.pb"`,
      );
      expect(answer.text).toMatch(/^META\nkey;value\n/);
      expect(answer.text).toContain('num_votes;12\n');
    }
    const refusals = [
      [await download(roundId), 401, 'UNAUTHENTICATED'],
      [await download(roundId, world.tokens.stranger), 403, 'FORBIDDEN'],
      [await download(roundId, world.tokens.otherHubStaff), 403, 'FORBIDDEN'],
      [
        await download('7d0c6f8e-1d2b-4c3a-9e8f-000000000000', world.tokens.hubManager),
        404,
        'NOT_FOUND',
      ],
      [await download('not-a-round', world.tokens.hubManager), 404, 'NOT_FOUND'],
    ] as const;
    for (const [answer, status, code] of refusals) {
      expect([answer.status, answer.body.errors[0].extensions.code]).toEqual([status, code]);
    }
  });
});
