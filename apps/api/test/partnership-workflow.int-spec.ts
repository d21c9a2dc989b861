import { NotificationKind, PartnershipStatus } from '@park/platform/database';
import { Action, ok, PartnershipWorld, refused, Variables, Who } from './support/partnerships';
import { seoulDay } from './support/time';

/** What the caller's query finds: a refused mutation tells no more (see Cast.refusalFor). */
const SEEN = 'query ($id: ID!) { partnership(id: $id) { id } }';

// Partnerships through GraphQL: proposing (and every rule a proposal must keep), every action by
// every role, moves the flow does not allow, notifications, and concurrent decisions. Reading,
// comments and lists live in partnership-reading.int-spec.ts; the NGO's story in
// partnership-journey.int-spec.ts.

const ROLES: Who[] = [
  'proposerOwner',
  'proposerAdmin',
  'proposerMember',
  'partnerOwner',
  'partnerAdmin',
  'partnerMember',
  'hubManager',
  'otherHubStaff',
  'parkAdmin',
  'stranger',
  'anonymous',
];
const STAFF: Who[] = ['hubManager', 'hubCoordinator', 'parkAdmin'];
const PROPOSER_SIDE: Who[] = ['proposerOwner', 'proposerAdmin'];
const PARTNER_SIDE: Who[] = ['partnerOwner', 'partnerAdmin'];

/** The table of docs/api.md: where each action starts, where it leads, and who may take it. */
const MOVES: Record<Action, { from: string[]; to: string; by: Who[] }> = {
  accept: { from: ['PROPOSED'], to: 'AGREED', by: PARTNER_SIDE },
  decline: { from: ['PROPOSED'], to: 'DECLINED', by: PARTNER_SIDE },
  withdraw: { from: ['PROPOSED', 'AGREED'], to: 'WITHDRAWN', by: PROPOSER_SIDE },
  approve: { from: ['AGREED'], to: 'ACTIVE', by: STAFF },
  reject: { from: ['AGREED'], to: 'REJECTED', by: STAFF },
  complete: { from: ['ACTIVE'], to: 'COMPLETED', by: STAFF },
  terminate: {
    from: ['ACTIVE'],
    to: 'TERMINATED',
    by: [...PROPOSER_SIDE, ...PARTNER_SIDE, ...STAFF],
  },
};
const ACTIONS = Object.keys(MOVES) as Action[];
const STATES: string[] = Object.values(PartnershipStatus);

let world: PartnershipWorld;

beforeAll(async () => {
  world = await PartnershipWorld.start();
});
afterAll(() => world.close());

describe('proposing a partnership', () => {
  it('creates it PROPOSED, with its first history step, an audit row and the partner’s notices', async () => {
    const data = ok(await world.propose({ title: '  Repair cafés together  ' }));

    const created = data.proposePartnership;
    expect(created).toEqual({
      id: expect.any(String),
      status: 'PROPOSED',
      kind: 'PROGRAMME',
      title: 'Repair cafés together',
      startsOn: seoulDay(7),
      endsOn: seoulDay(372),
      policyAreas: ['ENVIRONMENT_CLIMATE'],
      proposer: { id: world.proposerId },
      partner: { id: world.partnerId },
      hub: { slug: 'social-economy-centre' },
      dataSharing: null,
    });
    const events = await world.api.prisma.workflowEvent.findMany({
      where: { entityId: created.id },
    });
    expect(events).toEqual([
      expect.objectContaining({
        entityType: 'Partnership',
        action: 'create',
        fromState: null,
        toState: 'PROPOSED',
        actorId: world.userIds.proposerOwner,
      }),
    ]);
    const audit = await world.api.prisma.auditLogEntry.findMany({
      where: { entityId: created.id },
    });
    expect(audit.map((row) => [row.action, row.actorId])).toEqual([
      ['Partnership.create', world.userIds.proposerOwner],
    ]);
  });

  it('accepts an open-ended partnership starting today in Seoul', async () => {
    const data = ok(await world.propose({ startsOn: seoulDay(0), endsOn: null }));

    expect(data.proposePartnership.status).toBe('PROPOSED');
  });

  it('lets the proposer’s ADMIN propose as well as its OWNER', async () => {
    ok(await world.propose({}, 'proposerAdmin'));
  });

  it.each<[string, Variables, string[]]>([
    ['a stakeholder partnering with itself', { partnerId: 'SELF' }, ['partnerId']],
    ['an end before the start', { startsOn: seoulDay(10), endsOn: seoulDay(9) }, ['endsOn']],
    ['a start in the past (Seoul time)', { startsOn: seoulDay(-1) }, ['startsOn']],
    ['a date that does not exist', { startsOn: '2031-02-30' }, ['startsOn']],
    ['a timestamp for a date', { startsOn: `${seoulDay(7)}T09:00:00+09:00` }, ['startsOn']],
    ['a DATA partnership without data-sharing terms', { kind: 'DATA' }, ['dataSharing']],
    [
      'data-sharing terms on a FUNDING partnership',
      {
        kind: 'FUNDING',
        dataSharing: { datasets: ['x'], purpose: '', retentionDays: 30, personalData: false },
      },
      ['dataSharing'],
    ],
    ['a two-letter title', { title: 'ab' }, ['title']],
    ['a summary of only spaces', { summary: '          ' }, ['summary']],
    ['a repeated policy area', { policyAreas: ['HEALTH', 'HEALTH'] }, ['policyAreas']],
    ['an unknown kind', { kind: 'FRIENDSHIP' }, ['kind']],
    ['a proposer id that is not an ID', { proposerId: 'ngo' }, ['proposerId']],
  ])('refuses %s as BAD_USER_INPUT naming the field, creating nothing', async (_s, bad, fields) => {
    const before = await world.snapshot();
    const input = { ...bad, ...(bad.partnerId === 'SELF' && { partnerId: world.proposerId }) };

    const error = refused(await world.propose(input));

    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual(fields);
    expect(await world.snapshot()).toEqual(before);
  });

  it.each<[string, () => Variables]>([
    ['proposing stakeholder', () => ({ proposerId: '00000000-0000-4000-8000-000000000001' })],
    ['partner stakeholder', () => ({ partnerId: '00000000-0000-4000-8000-000000000002' })],
    ['hub', () => ({ hubId: '00000000-0000-4000-8000-000000000003' })],
  ])('answers NOT_FOUND for an unknown %s, creating nothing', async (_what, unknown) => {
    const before = await world.snapshot();

    const error = refused(await world.propose(unknown(), 'parkAdmin'));

    expect(error.extensions.code).toBe('NOT_FOUND');
    expect(await world.snapshot()).toEqual(before);
  });

  it.each<[Who, string]>([
    ['proposerMember', 'FORBIDDEN'],
    ['partnerOwner', 'FORBIDDEN'],
    ['hubManager', 'FORBIDDEN'],
    ['parkAdmin', 'FORBIDDEN'],
    ['stranger', 'FORBIDDEN'],
    ['anonymous', 'UNAUTHENTICATED'],
  ])('refuses a proposal for s00003 by %s with %s, creating nothing', async (who, code) => {
    const before = await world.snapshot();

    const error = refused(await world.propose({}, who));

    expect(error.extensions.code).toBe(code);
    expect(await world.snapshot()).toEqual(before);
  });
});

describe('data-sharing terms of a DATA partnership', () => {
  const terms = (overrides: Variables = {}) => ({
    kind: 'DATA',
    dataSharing: {
      datasets: [' Air quality sensor readings ', 'Survey responses'],
      purpose: 'Map heat islands with residents',
      retentionDays: 1825,
      personalData: true,
      ...overrides,
    },
  });

  it('stores them as columns of their own and shows them to the parties', async () => {
    const data = ok(await world.propose(terms()));

    expect(data.proposePartnership.dataSharing).toEqual({
      datasets: ['Air quality sensor readings', 'Survey responses'],
      purpose: 'Map heat islands with residents',
      retentionDays: 1825,
      personalData: true,
    });
    const stored = await world.api.prisma.partnershipDataSharing.findUniqueOrThrow({
      where: { partnershipId: data.proposePartnership.id },
    });
    expect(stored).toMatchObject({ retentionDays: 1825, personalData: true });
  });

  it('lets data without personal data go without a purpose and be kept longer', async () => {
    ok(await world.propose(terms({ personalData: false, purpose: '', retentionDays: 3650 })));
  });

  it.each<[string, Variables, string[]]>([
    ['personal data without a purpose', { purpose: '   ' }, ['purpose']],
    ['personal data kept over five years', { retentionDays: 1826 }, ['retentionDays']],
    ['a retention of zero days', { retentionDays: 0, personalData: false }, ['retentionDays']],
    ['no datasets', { datasets: [] }, ['datasets']],
    ['an empty dataset name', { datasets: ['  '] }, ['datasets']],
    ['a repeated dataset', { datasets: ['a', 'a'] }, ['datasets']],
    ['a missing personalData flag', { personalData: null }, ['personalData']],
  ])('refuses %s, naming the field and creating nothing', async (_s, bad, fields) => {
    const before = await world.snapshot();

    const error = refused(await world.propose(terms(bad)));

    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual(fields);
    expect(await world.snapshot()).toEqual(before);
  });
});

describe('every action by every role', () => {
  const cases = ACTIONS.flatMap((action) => ROLES.map((who) => [action, who] as const));

  it.each(cases)('%s by %s', async (action, who) => {
    const { from, to, by } = MOVES[action];
    const id = await world.inState(from[0]);
    const before = await world.snapshot(id);
    const refusal = await world.refusalFor(who, SEEN, id);

    const response = await world.act(who, action, id, `${action} by ${who}`);

    if (by.includes(who)) {
      expect(Object.values(ok(response))[0]).toEqual({ id, status: to });
      const last = await world.api.prisma.workflowEvent.findFirstOrThrow({
        where: { entityId: id },
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
      });
      expect(last).toMatchObject({
        action,
        fromState: from[0],
        toState: to,
        actorId: world.userIds[who],
      });
      const audit = await world.api.prisma.auditLogEntry.findFirstOrThrow({
        where: { entityId: id, action: `Partnership.${action}` },
      });
      expect(audit.actorId).toBe(world.userIds[who]);
    } else {
      expect(refused(response).extensions.code).toBe(refusal);
      expect(await world.snapshot(id)).toEqual(before);
    }
  });

  it('lets the proposer withdraw an AGREED partnership too', async () => {
    const id = await world.inState('AGREED');

    const data = ok(await world.act('proposerAdmin', 'withdraw', id));

    expect(data.withdrawPartnership.status).toBe('WITHDRAWN');
  });
});

describe('moves the flow does not allow', () => {
  const fixtures: Record<string, string> = {};

  beforeAll(async () => {
    for (const state of STATES) fixtures[state] = await world.inState(state);
  });

  const cases = ACTIONS.flatMap((action) =>
    STATES.filter((state) => !MOVES[action].from.includes(state)).map(
      (state) => [action, state, MOVES[action].by[0]] as const,
    ),
  );

  it.each(cases)(
    'refuses to %s a %s partnership (by %s), changing nothing',
    async (action, state, who) => {
      const id = fixtures[state];
      const before = await world.snapshot(id);

      const error = refused(await world.act(who, action, id));

      expect(error.extensions).toMatchObject({ code: 'INVALID_TRANSITION', state, action });
      expect(await world.snapshot(id)).toEqual(before);
    },
  );

  it('answers NOT_FOUND for an unknown partnership and BAD_USER_INPUT for a malformed id', async () => {
    const missing = refused(
      await world.act('hubManager', 'approve', '00000000-0000-4000-8000-000000000009'),
    );
    const malformed = refused(await world.act('hubManager', 'approve', 'p-1'));

    expect(missing.extensions.code).toBe('NOT_FOUND');
    expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['id'] });
  });

  it.each<[Action, string]>([
    ['decline', ''],
    ['reject', '   '],
    ['terminate', 'x'.repeat(1001)],
  ])('refuses to %s without a proper reason, naming it', async (action, reason) => {
    const id = fixtures[MOVES[action].from[0]];
    const before = await world.snapshot(id);

    const error = refused(await world.act(MOVES[action].by[0], action, id, reason));

    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['reason'] });
    expect(await world.snapshot(id)).toEqual(before);
  });
});

describe('who hears about each step', () => {
  it('tells the partner’s owners and admins and the hub’s staff of a proposal', async () => {
    const id = ok(await world.propose({ title: 'Heat map of Bulgwang' })).proposePartnership.id;

    expect(await world.notified(id, 'PARTNERSHIP_PROPOSAL_RECEIVED')).toEqual([
      'hubCoordinator',
      'hubManager',
      'partnerAdmin',
      'partnerOwner',
    ]);
    const { notifications } = await world.api.graphql.ok<{
      notifications: { edges: { node: { kind: string; entityType: string; message: string } }[] };
    }>(
      '{ notifications(unreadOnly: true, first: 100) { edges { node { kind entityType entityId message } } } }',
      {},
      world.as('partnerOwner'),
    );
    expect(notifications.edges.map((edge) => edge.node)).toContainEqual({
      kind: 'PARTNERSHIP_PROPOSAL_RECEIVED',
      entityType: 'Partnership',
      entityId: id,
      message: expect.stringContaining('“Heat map of Bulgwang”'),
    });
  });

  it.each<[string, Action, Who, string[]]>([
    [
      'AGREED',
      'withdraw',
      'proposerOwner',
      ['hubCoordinator', 'hubManager', 'partnerAdmin', 'partnerOwner'],
    ],
    [
      'PROPOSED',
      'accept',
      'partnerOwner',
      ['hubCoordinator', 'hubManager', 'proposerAdmin', 'proposerOwner'],
    ],
    [
      'PROPOSED',
      'decline',
      'partnerAdmin',
      ['hubCoordinator', 'hubManager', 'proposerAdmin', 'proposerOwner'],
    ],
    [
      'AGREED',
      'approve',
      'hubManager',
      ['partnerAdmin', 'partnerOwner', 'proposerAdmin', 'proposerOwner'],
    ],
    [
      'AGREED',
      'reject',
      'parkAdmin',
      ['partnerAdmin', 'partnerOwner', 'proposerAdmin', 'proposerOwner'],
    ],
    [
      'ACTIVE',
      'complete',
      'hubCoordinator',
      ['partnerAdmin', 'partnerOwner', 'proposerAdmin', 'proposerOwner'],
    ],
    [
      'ACTIVE',
      'terminate',
      'proposerAdmin',
      ['hubCoordinator', 'hubManager', 'partnerAdmin', 'partnerOwner', 'proposerOwner'],
    ],
  ])(
    'from %s, %s by %s tells %j (with its note, if the step takes one)',
    async (state, action, who, recipients) => {
      const id = await world.inState(state);

      ok(await world.act(who, action, id, 'Because of the spring schedule.'));

      const kind = `PARTNERSHIP_${action.toUpperCase()}`;
      expect(await world.notified(id, kind)).toEqual(recipients);
      const notice = await world.api.prisma.notification.findFirstOrThrow({
        where: { entityId: id, kind: kind as NotificationKind },
      });
      // accept and withdraw take no note; the others pass theirs on.
      const noted = !['accept', 'withdraw'].includes(action);
      expect(notice.params).toMatchObject({
        note: noted ? 'Because of the spring schedule.' : null,
      });
    },
  );
});

describe('concurrent decisions', () => {
  it('lets exactly one of two simultaneous approvals win, with one history step', async () => {
    const id = await world.inState('AGREED');

    const results = await Promise.all([
      world.act('hubManager', 'approve', id),
      world.act('hubCoordinator', 'approve', id),
    ]);

    const winners = results.filter((result) => !result.errors);
    const losers = results.filter((result) => result.errors);
    expect(winners).toHaveLength(1);
    expect(['CONFLICT', 'INVALID_TRANSITION']).toContain(losers[0]?.errors?.[0]?.extensions.code);
    expect(
      await world.api.prisma.workflowEvent.count({ where: { entityId: id, action: 'approve' } }),
    ).toBe(1);
  });

  it('lets an approval and a withdrawal race end in exactly one of them', async () => {
    const id = await world.inState('AGREED');

    await Promise.all([
      world.act('hubManager', 'approve', id),
      world.act('proposerOwner', 'withdraw', id),
    ]);

    const stored = await world.api.prisma.partnership.findUniqueOrThrow({ where: { id } });
    expect(['ACTIVE', 'WITHDRAWN']).toContain(stored.status);
    expect(await world.api.prisma.workflowEvent.count({ where: { entityId: id } })).toBe(3);
  });
});
