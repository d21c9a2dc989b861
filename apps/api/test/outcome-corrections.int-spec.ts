import { ok, refused } from './support/partnerships';
import { ProjectWorld, Who } from './support/projects';
import { SET_UP_MS } from './support/test-api';
import { DAY_MS } from './support/time';

// A project's outcomes are bounded (0 to 10^9 of their unit), parkStats sums them exactly, and
// the team corrects (updateOutcome) or removes (removeOutcome) one, audited, under
// recordOutcome's rule. The outcomes are recorded now; parkStats reads the days around now.

const RECORD = `mutation ($projectId: ID!, $input: OutcomeInput!) {
  recordOutcome(projectId: $projectId, input: $input) { outcome { id value } } }`;
const UPDATE = `mutation ($id: ID!, $input: OutcomeInput!) {
  updateOutcome(id: $id, input: $input) {
    outcome { id indicator value unit policyArea note }
    project { id outcomes { id value } } } }`;
const REMOVE = `mutation ($id: ID!) {
  removeOutcome(id: $id) { outcome { id value } project { id outcomes { id } } } }`;
const STATS = `query ($from: DateTime!, $to: DateTime!) {
  parkStats(from: $from, to: $to) { outcomesByPolicyArea { policyArea indicator unit total } } }`;
const ACTIONS = `query ($id: ID!) { project(id: $id) { availableActions } }`;

type Payload = {
  outcome: { id: string; value: number } & Record<string, unknown>;
  project: { id: string; outcomes: { id: string; value?: number }[] };
};

let world: ProjectWorld;

const outcome = (value: number, indicator = 'Young people placed') => ({
  indicator,
  value,
  unit: 'people',
  policyArea: 'ECONOMY_JOBS',
});

async function record(projectId: string, value: number, indicator?: string): Promise<string> {
  const input = outcome(value, indicator);
  const data = ok(
    await world.gql<{ recordOutcome: Payload }>(RECORD, { projectId, input }, 'leadOwner'),
  );
  return data.recordOutcome.outcome.id;
}

/** parkStats' outcome totals over the days around now, for one indicator. */
async function totals(indicator: string) {
  const range = {
    from: new Date(Date.now() - DAY_MS).toISOString(),
    to: new Date(Date.now() + DAY_MS).toISOString(),
  };
  const { parkStats } = ok(
    await world.gql<{
      parkStats: { outcomesByPolicyArea: { indicator: string; total: number }[] };
    }>(STATS, range, 'parkAdmin'),
  );
  return parkStats.outcomesByPolicyArea.filter((row) => row.indicator === indicator);
}

beforeAll(async () => {
  world = await ProjectWorld.start();
}, SET_UP_MS);
afterAll(() => world.api.close());

describe('outcome values', () => {
  it('refuses a value above 10^9 (1.7e308 too) as BAD_USER_INPUT on value, changing nothing', async () => {
    const projectId = await world.inState('IN_PROGRESS');
    const before = await world.snapshot(projectId);
    for (const value of [1.7e308, 1_000_000_000.5]) {
      const error = refused(
        await world.gql(RECORD, { projectId, input: outcome(value) }, 'leadOwner'),
      );
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.fields).toEqual(['value']);
    }
    expect(await world.snapshot(projectId)).toEqual(before);
  });

  it('keeps the bound in the database too', async () => {
    const projectId = await world.inState('IN_PROGRESS');
    await expect(
      world.api.prisma.outcome.create({ data: { projectId, ...outcome(1.7e308) } as never }),
    ).rejects.toThrow(/outcomes_value_bounds/);
  });

  it('sums in parkStats exactly: 10^9 twice, and 0.1 + 0.2 is 0.3', async () => {
    const projectId = await world.inState('IN_PROGRESS');
    await record(projectId, 1_000_000_000, 'Trees planted');
    await record(projectId, 1_000_000_000, 'Trees planted');
    await record(projectId, 0.1, 'Tonnes diverted');
    await record(projectId, 0.2, 'Tonnes diverted');

    expect((await totals('Trees planted')).map((row) => row.total)).toEqual([2_000_000_000]);
    expect((await totals('Tonnes diverted')).map((row) => row.total)).toEqual([0.3]);
  });
});

describe('correcting and removing an outcome', () => {
  it('updateOutcome replaces its fields, answers it with its project, and is audited', async () => {
    const projectId = await world.inState('IN_PROGRESS');
    await world.addTeamMember(projectId);
    const id = await record(projectId, 42, 'Mentors matched');
    const input = { ...outcome(24, 'Mentors matched'), note: 'Counted twice before' };

    const { updateOutcome } = ok(
      await world.gql<{ updateOutcome: Payload }>(UPDATE, { id, input }, 'teamMember'),
    );

    expect(updateOutcome.outcome).toEqual({ id, ...input });
    expect(updateOutcome.project).toEqual({ id: projectId, outcomes: [{ id, value: 24 }] });
    expect((await totals('Mentors matched')).map((row) => row.total)).toEqual([24]);
    const audit = await world.api.prisma.auditLogEntry.findMany({
      where: { action: 'Project.updateOutcome', entityId: projectId },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: world.userIds.teamMember });
    expect(audit[0].details).toMatchObject({
      outcomeId: id,
      before: { value: 42, note: null },
      after: { value: 24, note: 'Counted twice before' },
    });
  });

  it('removeOutcome deletes it, answers it as it was with its project, and is audited', async () => {
    const projectId = await world.inState('COMPLETED');
    const kept = await record(projectId, 0, 'Workshops run');
    const id = await record(projectId, 7, 'Workshops run');
    // On a COMPLETED project the team still records, corrects and removes outcomes.
    const { removeOutcome } = ok(
      await world.gql<{ removeOutcome: Payload }>(REMOVE, { id }, 'leadOwner'),
    );

    expect(removeOutcome.outcome).toEqual({ id, value: 7 });
    expect(removeOutcome.project).toEqual({ id: projectId, outcomes: [{ id: kept }] });
    expect(await world.api.prisma.outcome.findUnique({ where: { id } })).toBeNull();
    expect((await totals('Workshops run')).map((row) => row.total)).toEqual([0]);
    const audit = await world.api.prisma.auditLogEntry.findMany({
      where: { action: 'Project.removeOutcome', entityId: projectId },
    });
    expect(audit.map((row) => row.details)).toEqual([
      expect.objectContaining({ outcomeId: id, removed: expect.objectContaining({ value: 7 }) }),
    ]);
    // Gone: a second removal finds nothing.
    expect(refused(await world.gql(REMOVE, { id }, 'leadOwner')).extensions.code).toBe('NOT_FOUND');
  });

  it('refuses a bad correction, a stranger, anonymous and an unknown outcome, changing nothing', async () => {
    const projectId = await world.inState('IN_PROGRESS');
    const id = await record(projectId, 5);
    const before = await world.snapshot(projectId);
    const row = await world.api.prisma.outcome.findUnique({ where: { id } });
    const code = async (query: string, variables: Record<string, unknown>, who?: Who) =>
      refused(
        who
          ? await world.gql(query, variables, who)
          : await world.api.graphql.execute(query, variables),
      ).extensions.code;

    expect(await code(UPDATE, { id, input: outcome(1.7e308) }, 'leadOwner')).toBe('BAD_USER_INPUT');
    expect(await code(UPDATE, { id, input: outcome(-1) }, 'leadOwner')).toBe('BAD_USER_INPUT');
    expect(await code(UPDATE, { id, input: outcome(6) }, 'stranger')).toBe('FORBIDDEN');
    expect(await code(REMOVE, { id }, 'otherHubStaff')).toBe('FORBIDDEN');
    expect(await code(REMOVE, { id })).toBe('UNAUTHENTICATED');
    const nobody = '00000000-0000-4000-8000-000000000000';
    expect(await code(REMOVE, { id: nobody }, 'leadOwner')).toBe('NOT_FOUND');
    expect(await code(UPDATE, { id: nobody, input: outcome(1) }, 'leadOwner')).toBe('NOT_FOUND');

    expect(await world.snapshot(projectId)).toEqual(before);
    expect(await world.api.prisma.outcome.findUnique({ where: { id } })).toEqual(row);
  });

  it('follows recordOutcome’s rule: offered RECORD_OUTCOME exactly when correcting succeeds', async () => {
    const roles: Who[] = [
      'leadOwner',
      'leadMember',
      'teamMember',
      'reviewer1',
      'hubCoordinator',
      'otherHubStaff',
      'parkAdmin',
      'stranger',
    ];
    // Outcomes are recorded while IN_PROGRESS; the project then stays, completes or is cancelled.
    for (const [state, then] of [
      ['IN_PROGRESS', null],
      ['COMPLETED', 'complete'],
      ['CANCELLED', 'cancel'],
    ] as const) {
      const projectId = await world.inState('IN_PROGRESS');
      await world.addTeamMember(projectId);
      const id = await record(projectId, 1);
      if (then) ok(await world.move('leadOwner', then, projectId));
      for (const who of roles) {
        const read = ok(
          await world.gql<{ project: { availableActions: string[] } | null }>(
            ACTIONS,
            { id: projectId },
            who,
          ),
        );
        const offered = read.project?.availableActions.includes('RECORD_OUTCOME') ?? false;
        const response = await world.gql(UPDATE, { id, input: outcome(2) }, who);
        expect([state, who, offered]).toEqual([state, who, !response.errors]);
        if (!response.errors) ok(await world.gql(UPDATE, { id, input: outcome(1) }, who));
      }
    }
  });
});
