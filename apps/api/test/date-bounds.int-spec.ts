import { ProjectWorld } from './support/projects';
import { SET_UP_MS } from './support/test-api';

// Every date and instant lies in years 0001–9999 (issue 21 item 11): what falls outside is
// BAD_USER_INPUT naming the field, never a 500, and changes nothing; what lies inside, the
// extreme years included, gets its ordinary answer.

const FREE = `query Free($spaceId: ID!, $from: DateTime!, $to: DateTime!) {
  availability(spaceId: $spaceId, from: $from, to: $to) { startsAt } }`;
const STATS = `query Stats($from: DateTime!, $to: DateTime!) {
  parkStats(from: $from, to: $to) { hubs { activeMembers } } }`;
const MILESTONE = `mutation Add($projectId: ID!, $dueOn: Date) {
  addMilestone(projectId: $projectId, title: "Launch", dueOn: $dueOn) { milestone { dueOn } } }`;
const NOTIFICATIONS = `query Notices($after: String) {
  notifications(first: 5, after: $after) { edges { cursor } } }`;

let world: ProjectWorld;
let space: string;
let project: string;

/** A notifications cursor at `at`, as the API writes them (base64url of [list, time, id]). */
const cursorAt = (at: string) =>
  Buffer.from(
    JSON.stringify(['notifications', at, '00000000-0000-4000-8000-000000000000']),
  ).toString('base64url');
const milestones = () => world.api.prisma.milestone.count({ where: { projectId: project } });

beforeAll(async () => {
  world = await ProjectWorld.start();
  space = (await world.park.newSpace(await world.park.hub('youth-hub'))).id;
  project = await world.inState('APPROVED');
}, SET_UP_MS);
afterAll(() => world.close());

describe('out-of-range dates are the caller’s error', () => {
  it.each([
    ['availability in year 1 before UTC (Seoul midnight)', '0001-01-01T00:00:00+09:00', 'from'],
    ['availability in year 0', '0000-06-01T00:00:00Z', 'from'],
    ['availability in year +275760', '+275760-09-13T00:00:00Z', 'to'],
    ['availability running into year 10000', '9999-12-31T23:00:00-05:00', 'to'],
  ])('%s', async (_story, value, field) => {
    const variables = { spaceId: space, from: '2026-12-07T00:00:00Z', to: '2026-12-08T00:00:00Z' };
    const error = await world.api.graphql.errorCode(
      FREE,
      { ...variables, [field]: value },
      world.as('stranger'),
    );
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain(`$${field}`);
    expect(error.message).toMatch(/years 0001–9999/);
  });

  it('refuses parkStats from year −1', async () => {
    const error = await world.api.graphql.errorCode(
      STATS,
      { from: '-000001-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
      world.as('parkAdmin'),
    );
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('$from');
  });

  it('refuses a milestone due on 0000-01-01 and adds none', async () => {
    const before = await milestones();
    const error = await world.api.graphql.errorCode(
      MILESTONE,
      { projectId: project, dueOn: '0000-01-01' },
      world.as('leadOwner'),
    );
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('$dueOn');
    expect(await milestones()).toBe(before);
  });

  it('refuses the same day written in the document, naming the argument', async () => {
    const { errors } = await world.api.graphql.execute(
      `mutation { addMilestone(projectId: "${project}", title: "Launch", dueOn: "0000-01-01") {
        milestone { id } } }`,
      {},
      world.as('leadOwner'),
    );
    expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].extensions.fields).toEqual(['dueOn']);
  });

  it.each([
    ['year 10000', '+010000-01-01T00:00:00.000Z'],
    ['year 0', '0000-01-01T00:00:00.000Z'],
    ['year −1', '-000001-01-01T00:00:00.000Z'],
  ])('refuses a cursor in %s as not a cursor of the list', async (_story, at) => {
    const after = cursorAt(at);
    const error = await world.api.graphql.errorCode(NOTIFICATIONS, { after }, world.as('stranger'));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual(['after']);
  });
});

describe('the extreme years themselves are answered', () => {
  it.each([
    ['the first day of year 1', '0001-01-01T00:00:00Z', '0001-01-03T00:00:00Z'],
    ['the last days of year 9999', '9999-12-29T00:00:00Z', '9999-12-31T23:59:59.999Z'],
  ])('availability on %s', async (_story, from, to) => {
    const data = await world.api.graphql.ok<{ availability: { startsAt: string }[] }>(
      FREE,
      { spaceId: space, from, to },
      world.as('stranger'),
    );
    expect(Array.isArray(data.availability)).toBe(true);
  });

  it.each([
    ['in year 1', '0001-01-01T00:00:00Z', '0001-12-31T00:00:00Z'],
    ['in year 9999', '9999-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z'],
  ])('parkStats %s', async (_story, from, to) => {
    const data = await world.api.graphql.ok<{ parkStats: { hubs: unknown[] } }>(
      STATS,
      { from, to },
      world.as('parkAdmin'),
    );
    expect(Array.isArray(data.parkStats.hubs)).toBe(true);
  });

  it.each(['0001-01-01', '9999-12-31'])('a milestone due on %s', async (dueOn) => {
    const data = await world.api.graphql.ok<{ addMilestone: { milestone: { dueOn: string } } }>(
      MILESTONE,
      { projectId: project, dueOn },
      world.as('leadOwner'),
    );
    expect(data.addMilestone.milestone.dueOn).toBe(dueOn);
  });

  it.each([
    ['year 9999', '9999-12-31T23:59:59.999Z'],
    ['year 1', '0001-01-01T00:00:00.000Z'],
  ])('a cursor in %s', async (_story, at) => {
    const after = cursorAt(at);
    const data = await world.api.graphql.ok<{ notifications: { edges: unknown[] } }>(
      NOTIFICATIONS,
      { after },
      world.as('stranger'),
    );
    expect(Array.isArray(data.notifications.edges)).toBe(true);
  });
});
