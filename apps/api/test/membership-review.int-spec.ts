import { GraphqlError, GraphqlResponse } from '@park/platform/testing';
import { DEMO_PASSWORD, seedPark } from '@park/seed';
import { startTestApi, TestApi } from './support/test-api';

// Hub membership, the review side: applying, who may make which move, moves the state does not
// allow, reasons and notes, who hears of a decision, and races the database must settle.
// Queues, privacy, hub figures, notifications and the audit log: membership-records.int-spec.ts.

const ADMIN = 'admin@parkcommons.example';
const YOUTH_MANAGER = 'youth-manager@parkcommons.example';
const YOUTH_COORDINATOR = 'youth-coordinator@parkcommons.example';
const SOCIAL_MANAGER = 'social-economy-manager@parkcommons.example';
const LOCAL_MANAGER = 'local-community-manager@parkcommons.example';
const LOCAL_COORDINATOR = 'local-community-coordinator@parkcommons.example';
/** Owner of demo stakeholder s00001 and of nothing the stories create. */
const STRANGER = 'member-s00001-1@parkcommons.example';
/** Registered in beforeAll: the people of every stakeholder the stories create. */
const OWNER = 'owner@review-applicants.example';
const APPLICANT_ADMIN = 'admin@review-applicants.example';
const MEMBER = 'member@review-applicants.example';
const ANONYMOUS = 'anonymous';
const NOBODY = '00000000-0000-4000-8000-000000000000';

type Who = string;
type Variables = Record<string, unknown>;
type Status =
  'SUBMITTED' | 'UNDER_REVIEW' | 'APPROVED' | 'SUSPENDED' | 'REJECTED' | 'WITHDRAWN' | 'ENDED';
type Action = 'startReview' | 'approve' | 'reject' | 'withdraw' | 'suspend' | 'reinstate' | 'end';
interface Moved {
  id: string;
  status: Status;
}

const ACTIONS: Action[] = [
  'startReview',
  'approve',
  'reject',
  'withdraw',
  'suspend',
  'reinstate',
  'end',
];
/** The mutation of each action, and the text argument it takes. */
const MUTATIONS: Record<Action, { field: string; text?: 'note' | 'reason' }> = {
  startReview: { field: 'startMembershipReview' },
  approve: { field: 'approveMembership', text: 'note' },
  reject: { field: 'rejectMembership', text: 'reason' },
  withdraw: { field: 'withdrawMembershipApplication' },
  suspend: { field: 'suspendMembership', text: 'reason' },
  reinstate: { field: 'reinstateMembership' },
  end: { field: 'endMembership', text: 'note' },
};
/** A state from which each action is allowed, and where it leads. */
const FROM: Record<Action, Status> = {
  startReview: 'SUBMITTED',
  approve: 'UNDER_REVIEW',
  reject: 'UNDER_REVIEW',
  withdraw: 'SUBMITTED',
  suspend: 'APPROVED',
  reinstate: 'SUSPENDED',
  end: 'APPROVED',
};
const TO: Record<Action, Status> = {
  startReview: 'UNDER_REVIEW',
  approve: 'APPROVED',
  reject: 'REJECTED',
  withdraw: 'WITHDRAWN',
  suspend: 'SUSPENDED',
  reinstate: 'APPROVED',
  end: 'ENDED',
};
/** How a new application reaches each state. */
const PATHS: Record<Status, Action[]> = {
  SUBMITTED: [],
  UNDER_REVIEW: ['startReview'],
  APPROVED: ['startReview', 'approve'],
  SUSPENDED: ['startReview', 'approve', 'suspend'],
  ENDED: ['startReview', 'approve', 'end'],
  REJECTED: ['reject'],
  WITHDRAWN: ['withdraw'],
};
/** Notification kind of a decision: MEMBERSHIP_START_REVIEW, MEMBERSHIP_APPROVE, … */
const kindOf = (action: Action) =>
  `MEMBERSHIP_${action.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
const RECEIVED = 'MEMBERSHIP_APPLICATION_RECEIVED';

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`;
const REGISTER = `mutation Register($input: RegisterInput!) {
  register(input: $input) { accessToken } }`;
const CREATE = `mutation Create($input: CreateStakeholderInput!) {
  createStakeholder(input: $input) { id } }`;
const ADD_MEMBER = `mutation Add($stakeholderId: ID!, $email: String!, $role: StakeholderRole!) {
  addStakeholderMember(stakeholderId: $stakeholderId, email: $email, role: $role) { id } }`;
const APPLY = `mutation Apply($input: ApplyForMembershipInput!) {
  applyForMembership(input: $input) { id status plan motivation hub { id } stakeholder { id } } }`;
const HISTORY = `query History($id: ID!) {
  membership(id: $id) { status history { action from to note actor { id } } } }`;
const NOTIFICATIONS = `query Notices {
  notifications(first: 100) { edges { node { kind entityId message } } } }`;

let api: TestApi;
const tokens: Record<Who, string | undefined> = { [ANONYMOUS]: undefined };
const ids: Record<Who, string> = {};
const hubs: Record<string, string> = {};
let sequence = 0;

const as = (who: Who) => ({ token: tokens[who] });

function refusal(who: Who, query: string, variables: Variables): Promise<GraphqlError> {
  return api.graphql.errorCode(query, variables, as(who));
}

function moveDocument(action: Action): string {
  const { field, text } = MUTATIONS[action];
  if (!text) return `mutation Move($id: ID!) { ${field}(id: $id) { id status } }`;
  const type = text === 'reason' ? 'String!' : 'String';
  return `mutation Move($id: ID!, $text: ${type}) {
    ${field}(id: $id, ${text}: $text) { id status } }`;
}

function moveVariables(action: Action, id: string, text?: string): Variables {
  if (!MUTATIONS[action].text) return { id };
  const fallback = MUTATIONS[action].text === 'reason' ? `Reason to ${action}` : undefined;
  return { id, text: text ?? fallback };
}

/** One move as someone; the raw response, errors and all. */
async function move(
  who: Who,
  action: Action,
  id: string,
  text?: string,
): Promise<GraphqlResponse<Record<string, Moved>>> {
  return api.graphql.execute<Record<string, Moved>>(
    moveDocument(action),
    moveVariables(action, id, text),
    as(who),
  );
}

async function moveOk(who: Who, action: Action, id: string, text?: string): Promise<Moved> {
  const data = await api.graphql.ok<Record<string, Moved>>(
    moveDocument(action),
    moveVariables(action, id, text),
    as(who),
  );
  return data[MUTATIONS[action].field];
}

/** A stakeholder no story has touched: `owner` is its OWNER, then (by default) an ADMIN and a MEMBER. */
async function freshStakeholder(owner: Who = OWNER, people = true): Promise<string> {
  sequence += 1;
  const { createStakeholder } = await api.graphql.ok<{ createStakeholder: { id: string } }>(
    CREATE,
    { input: { name: `Review Story Collective ${sequence}`, kind: 'NON_PROFIT' } },
    as(owner),
  );
  const stakeholderId = createStakeholder.id;
  if (people) {
    for (const [email, role] of [
      [APPLICANT_ADMIN, 'ADMIN'],
      [MEMBER, 'MEMBER'],
    ]) {
      await api.graphql.ok(ADD_MEMBER, { stakeholderId, email, role }, as(owner));
    }
  }
  return stakeholderId;
}

function applyVariables(stakeholderId: string, hubId: string, input: Variables = {}): Variables {
  return {
    input: {
      hubId,
      stakeholderId,
      plan: 'COWORKING',
      motivation: 'We organise repair cafés and want a desk at the hub.',
      ...input,
    },
  };
}

async function applyOk(who: Who, stakeholderId: string, hubId: string) {
  const data = await api.graphql.ok<{
    applyForMembership: Moved & { plan: string; motivation: string | null };
  }>(APPLY, applyVariables(stakeholderId, hubId), as(who));
  return data.applyForMembership;
}

/** A fresh stakeholder's application to `hubId`, brought to `state` (by a park admin). */
async function application(state: Status, hubId = hubs['youth-hub']) {
  const stakeholderId = await freshStakeholder();
  const { id } = await applyOk(OWNER, stakeholderId, hubId);
  for (const action of PATHS[state])
    await moveOk(action === 'withdraw' ? OWNER : ADMIN, action, id);
  expect(await statusOf(id)).toBe(state);
  return { stakeholderId, id };
}

async function statusOf(id: string): Promise<Status> {
  return (await api.prisma.membership.findUniqueOrThrow({ where: { id } })).status;
}

/** What a refused move must leave alone. */
async function snapshot(id: string) {
  const where = { entityId: id };
  const [membership, history, audit, notices] = await Promise.all([
    api.prisma.membership.findUniqueOrThrow({ where: { id } }),
    api.prisma.workflowEvent.count({ where }),
    api.prisma.auditLogEntry.count({ where }),
    api.prisma.notification.count({ where }),
  ]);
  return { membership, history, audit, notices };
}

/** Everything applying could write, park-wide. */
async function totals(stakeholderId: string) {
  const [memberships, history, audit, notices] = await Promise.all([
    api.prisma.membership.count({ where: { stakeholderId } }),
    api.prisma.workflowEvent.count(),
    api.prisma.auditLogEntry.count(),
    api.prisma.notification.count(),
  ]);
  return { memberships, history, audit, notices };
}

/** Who was notified of `kind` about `entityId`, sorted. */
async function recipients(entityId: string, kind: string): Promise<string[]> {
  const rows = await api.prisma.notification.findMany({ where: { entityId, kind } });
  return rows.map((row) => row.recipientId).sort();
}

const sorted = (values: string[]) => [...values].sort();

async function staffIds(hubId: string): Promise<string[]> {
  const rows = await api.prisma.hubStaff.findMany({ where: { hubId } });
  return sorted(rows.map((row) => row.userId));
}

describe('membership: applying and review', () => {
  beforeAll(async () => {
    api = await startTestApi();
    await seedPark(api.prisma, {
      admin: { email: ADMIN, password: DEMO_PASSWORD },
      demo: true,
      stakeholders: 40,
      log: () => undefined,
    });
    for (const email of [OWNER, APPLICANT_ADMIN, MEMBER]) {
      const { register } = await api.graphql.ok<{ register: { accessToken: string } }>(REGISTER, {
        input: { email, password: DEMO_PASSWORD, displayName: email.split('@')[0] },
      });
      tokens[email] = register.accessToken;
    }
    for (const email of [
      ADMIN,
      YOUTH_MANAGER,
      YOUTH_COORDINATOR,
      SOCIAL_MANAGER,
      LOCAL_MANAGER,
      LOCAL_COORDINATOR,
      STRANGER,
    ]) {
      const { login } = await api.graphql.ok<{ login: { accessToken: string } }>(LOGIN, {
        input: { email, password: DEMO_PASSWORD },
      });
      tokens[email] = login.accessToken;
    }
    for (const user of await api.prisma.user.findMany({
      where: { email: { in: Object.keys(tokens) } },
    })) {
      ids[user.email] = user.id;
    }
    for (const hub of await api.prisma.hub.findMany()) hubs[hub.slug] = hub.id;
  });
  afterAll(() => api.close());

  describe('applying', () => {
    it.each([
      ['its OWNER', OWNER],
      ['its ADMIN', APPLICANT_ADMIN],
    ])('%s applies for the stakeholder: SUBMITTED', async (_story, who) => {
      const stakeholderId = await freshStakeholder();

      const application = await applyOk(who, stakeholderId, hubs['youth-hub']);

      expect(application).toEqual({
        id: expect.any(String),
        status: 'SUBMITTED',
        plan: 'COWORKING',
        motivation: 'We organise repair cafés and want a desk at the hub.',
        hub: { id: hubs['youth-hub'] },
        stakeholder: { id: stakeholderId },
      });
      expect(
        await api.prisma.membership.findUniqueOrThrow({ where: { id: application.id } }),
      ).toMatchObject({ status: 'SUBMITTED', appliedById: ids[who], stakeholderId });
    });

    it.each([
      ['its MEMBER', MEMBER, 'FORBIDDEN'],
      ['a stranger', STRANGER, 'FORBIDDEN'],
      ['staff of the hub', YOUTH_MANAGER, 'FORBIDDEN'],
      ['an anonymous caller', ANONYMOUS, 'UNAUTHENTICATED'],
    ])('%s may not apply: %s, and nothing is created', async (_story, who, code) => {
      const stakeholderId = await freshStakeholder();
      const before = await totals(stakeholderId);

      const error = await refusal(who, APPLY, applyVariables(stakeholderId, hubs['youth-hub']));

      expect(error.extensions.code).toBe(code);
      expect(await totals(stakeholderId)).toEqual(before);
    });

    it.each([
      ['hub', { hubId: NOBODY }],
      ['stakeholder', { stakeholderId: NOBODY }],
    ])('an unknown %s is NOT_FOUND', async (_story, unknown) => {
      const stakeholderId = await freshStakeholder();
      const before = await totals(stakeholderId);

      const error = await refusal(
        OWNER,
        APPLY,
        applyVariables(stakeholderId, hubs['youth-hub'], unknown),
      );

      expect(error.extensions.code).toBe('NOT_FOUND');
      expect(await totals(stakeholderId)).toEqual(before);
    });

    it.each<[string, Variables, string]>([
      ['a motivation of nine characters (motivation)', { motivation: 'Too short' }, 'motivation'],
      ['a motivation of only spaces (motivation)', { motivation: ' '.repeat(30) }, 'motivation'],
      ['an unknown plan (plan)', { plan: 'PENTHOUSE' }, 'plan'],
      ['a hubId that is not a UUID (hubId)', { hubId: 'youth-hub' }, 'hubId'],
      [
        'a stakeholderId that is not a UUID (stakeholderId)',
        { stakeholderId: '42' },
        'stakeholderId',
      ],
    ])('refuses %s as BAD_USER_INPUT naming the field', async (_story, bad, field) => {
      const stakeholderId = await freshStakeholder();
      const before = await totals(stakeholderId);

      const error = await refusal(
        OWNER,
        APPLY,
        applyVariables(stakeholderId, hubs['youth-hub'], bad),
      );

      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.fields).toEqual([field]);
      expect(await totals(stakeholderId)).toEqual(before);
    });

    it.each<[Status]>([['SUBMITTED'], ['UNDER_REVIEW'], ['APPROVED'], ['SUSPENDED']])(
      'a second application while one is %s is a CONFLICT, and nothing is created',
      async (state) => {
        const { stakeholderId, id } = await application(state);
        const before = await totals(stakeholderId);

        const error = await refusal(
          APPLICANT_ADMIN,
          APPLY,
          applyVariables(stakeholderId, hubs['youth-hub'], { plan: 'RESIDENT' }),
        );

        expect(error.extensions.code).toBe('CONFLICT');
        expect(await totals(stakeholderId)).toEqual(before);
        expect(await statusOf(id)).toBe(state);
      },
    );

    it('an open application to one hub does not stand in the way of another hub', async () => {
      const { stakeholderId } = await application('SUBMITTED');

      const other = await applyOk(OWNER, stakeholderId, hubs['social-economy-centre']);

      expect(other.status).toBe('SUBMITTED');
      expect(await api.prisma.membership.count({ where: { stakeholderId } })).toBe(2);
    });

    it.each<[Status]>([['REJECTED'], ['WITHDRAWN'], ['ENDED']])(
      'after the last application was %s, a new one is allowed',
      async (state) => {
        const { stakeholderId, id } = await application(state);

        const again = await applyOk(OWNER, stakeholderId, hubs['youth-hub']);

        expect(again.id).not.toBe(id);
        expect(again.status).toBe('SUBMITTED');
        expect(await statusOf(id)).toBe(state);
        expect(await api.prisma.membership.count({ where: { stakeholderId } })).toBe(2);
      },
    );

    it('records a create step, a Membership.create audit row and one notice per staff member of that hub only', async () => {
      const hubId = hubs['youth-hub'];
      const stakeholderId = await freshStakeholder();
      const stakeholder = await api.prisma.stakeholder.findUniqueOrThrow({
        where: { id: stakeholderId },
      });

      const { id } = await applyOk(OWNER, stakeholderId, hubId);

      expect(await api.prisma.workflowEvent.findMany({ where: { entityId: id } })).toEqual([
        expect.objectContaining({
          entityType: 'Membership',
          action: 'create',
          fromState: null,
          toState: 'SUBMITTED',
          actorId: ids[OWNER],
          note: null,
        }),
      ]);
      expect(await api.prisma.auditLogEntry.findMany({ where: { entityId: id } })).toEqual([
        expect.objectContaining({
          actorId: ids[OWNER],
          action: 'Membership.create',
          entityType: 'Membership',
          details: { to: 'SUBMITTED' },
        }),
      ]);
      const notices = await api.prisma.notification.findMany({ where: { entityId: id } });
      const staff = await staffIds(hubId);
      expect(staff.length).toBeGreaterThanOrEqual(2);
      expect(sorted(notices.map((notice) => notice.recipientId))).toEqual(staff);
      for (const notice of notices) {
        expect(notice).toMatchObject({ kind: RECEIVED, entityType: 'Membership', readAt: null });
        expect(notice.message).toContain(stakeholder.name);
      }

      // As each of them reads it: this hub's staff have it; another hub's staff do not.
      const inbox = async (who: Who) =>
        (
          await api.graphql.ok<{ notifications: { edges: { node: { entityId: string } }[] } }>(
            NOTIFICATIONS,
            {},
            as(who),
          )
        ).notifications.edges.map((edge) => edge.node.entityId);
      expect(await inbox(YOUTH_COORDINATOR)).toContain(id);
      expect(await inbox(SOCIAL_MANAGER)).not.toContain(id);
      expect(await inbox(ADMIN)).not.toContain(id);
    });
  });

  describe('who may make each move', () => {
    type Outcome = 'succeeds' | 'FORBIDDEN' | 'UNAUTHENTICATED';
    // [story, who, the staff moves, withdrawing]
    const PEOPLE: [string, Who, Outcome, Outcome][] = [
      ['its OWNER', OWNER, 'FORBIDDEN', 'succeeds'],
      ['its ADMIN', APPLICANT_ADMIN, 'FORBIDDEN', 'succeeds'],
      ['its MEMBER', MEMBER, 'FORBIDDEN', 'FORBIDDEN'],
      ['the hub’s manager', YOUTH_MANAGER, 'succeeds', 'FORBIDDEN'],
      ['the hub’s coordinator', YOUTH_COORDINATOR, 'succeeds', 'FORBIDDEN'],
      ['another hub’s manager', SOCIAL_MANAGER, 'FORBIDDEN', 'FORBIDDEN'],
      ['a park admin', ADMIN, 'succeeds', 'FORBIDDEN'],
      ['an unrelated member', STRANGER, 'FORBIDDEN', 'FORBIDDEN'],
      ['an anonymous caller', ANONYMOUS, 'UNAUTHENTICATED', 'UNAUTHENTICATED'],
    ];
    const cases = ACTIONS.flatMap((action) =>
      PEOPLE.map(([story, who, staffMove, withdrawal]) => {
        const outcome = action === 'withdraw' ? withdrawal : staffMove;
        return [action, story, outcome, who] as const;
      }),
    );

    it.each(cases)('%s by %s: %s', async (action, _story, outcome, who) => {
      const { id } = await application(FROM[action]);
      const before = await snapshot(id);

      const response = await move(who, action, id);

      if (outcome === 'succeeds') {
        expect(response.errors).toBeUndefined();
        expect(response.data?.[MUTATIONS[action].field]).toEqual({ id, status: TO[action] });
        const after = await snapshot(id);
        expect(after.membership.status).toBe(TO[action]);
        expect(after.history).toBe(before.history + 1);
        expect(after.audit).toBe(before.audit + 1);
        expect(
          await api.prisma.workflowEvent.findFirst({ where: { entityId: id, action } }),
        ).toMatchObject({ fromState: FROM[action], toState: TO[action], actorId: ids[who] });
      } else {
        expect(response.errors?.[0]?.extensions.code).toBe(outcome);
        expect(response.data).toBeNull();
        expect(await snapshot(id)).toEqual(before);
      }
    });

    it('answers NOT_FOUND for a membership that does not exist', async () => {
      const error = await refusal(YOUTH_MANAGER, moveDocument('startReview'), { id: NOBODY });

      expect(error.extensions.code).toBe('NOT_FOUND');
    });
  });

  describe('moves the state does not allow', () => {
    const TERMINAL: Status[] = ['ENDED', 'REJECTED', 'WITHDRAWN'];
    const cases: [Action, Status][] = [
      ['approve', 'SUBMITTED'],
      ['reinstate', 'APPROVED'],
      ['withdraw', 'APPROVED'],
      ['suspend', 'UNDER_REVIEW'],
      ...TERMINAL.flatMap((state) => ACTIONS.map((action): [Action, Status] => [action, state])),
    ];

    it.each(cases)(
      '%s from %s is INVALID_TRANSITION naming the state and action; nothing changes',
      async (action, state) => {
        const { id } = await application(state);
        const before = await snapshot(id);

        const error = await refusal(
          action === 'withdraw' ? OWNER : YOUTH_MANAGER,
          moveDocument(action),
          moveVariables(action, id, 'Some words'),
        );

        expect(error.extensions).toMatchObject({ code: 'INVALID_TRANSITION', state, action });
        expect(await snapshot(id)).toEqual(before);
      },
    );
  });

  describe('reasons, notes and who hears of a decision', () => {
    it.each<[Action, string]>([
      ['reject', ''],
      ['reject', '   '],
      ['suspend', ''],
      ['suspend', '   '],
    ])(
      '%s with the reason %j is BAD_USER_INPUT naming reason; nothing changes',
      async (action, reason) => {
        const { id } = await application(FROM[action]);
        const before = await snapshot(id);

        const error = await refusal(YOUTH_MANAGER, moveDocument(action), { id, text: reason });

        expect(error.extensions.code).toBe('BAD_USER_INPUT');
        expect(error.extensions.fields).toEqual(['reason']);
        expect(await snapshot(id)).toEqual(before);
      },
    );

    it('writes notes and reasons into the history and into the message to the OWNER and ADMIN, not the MEMBER', async () => {
      const stakeholderId = await freshStakeholder();
      const { name } = await api.prisma.stakeholder.findUniqueOrThrow({
        where: { id: stakeholderId },
      });
      const { id } = await applyOk(OWNER, stakeholderId, hubs['youth-hub']);
      const steps: [Action, Who, string | null][] = [
        ['startReview', YOUTH_MANAGER, null],
        ['approve', YOUTH_COORDINATOR, 'Welcome to the Youth Hub, desk 12 is yours'],
        ['suspend', YOUTH_MANAGER, 'Membership fee unpaid for three months'],
        ['reinstate', YOUTH_MANAGER, null],
        ['end', ADMIN, 'The collective moved to Busan'],
      ];

      for (const [action, who, text] of steps) await moveOk(who, action, id, text ?? undefined);

      const { membership } = await api.graphql.ok<{
        membership: { status: string; history: Variables[] };
      }>(HISTORY, { id }, as(MEMBER));
      expect(membership.status).toBe('ENDED');
      expect(membership.history).toEqual([
        { action: 'create', from: null, to: 'SUBMITTED', note: null, actor: { id: ids[OWNER] } },
        ...steps.map(([action, who, text]) => ({
          action,
          from: FROM[action],
          to: TO[action],
          note: text,
          actor: { id: ids[who] },
        })),
      ]);
      const managers = sorted([ids[OWNER], ids[APPLICANT_ADMIN]]);
      for (const [action, , text] of steps) {
        expect(await recipients(id, kindOf(action))).toEqual(managers);
        const notices = await api.prisma.notification.findMany({
          where: { entityId: id, kind: kindOf(action) },
        });
        for (const notice of notices) {
          expect(notice.message).toContain(`${name}’s membership of Youth Hub`);
          if (text) expect(notice.message).toContain(text);
        }
      }
      expect(
        await api.prisma.notification.count({ where: { entityId: id, recipientId: ids[MEMBER] } }),
      ).toBe(0);
      const { notifications } = await api.graphql.ok<{
        notifications: { edges: { node: { entityId: string } }[] };
      }>(NOTIFICATIONS, {}, as(MEMBER));
      expect(notifications.edges.map((edge) => edge.node.entityId)).not.toContain(id);
    });

    it('never notifies the actor of their own step, even staff who also run the stakeholder', async () => {
      const hubId = hubs['local-community-centre'];
      const stakeholderId = await freshStakeholder(LOCAL_COORDINATOR, false);
      await api.graphql.ok(
        ADD_MEMBER,
        { stakeholderId, email: APPLICANT_ADMIN, role: 'ADMIN' },
        as(LOCAL_COORDINATOR),
      );

      const { id } = await applyOk(LOCAL_COORDINATOR, stakeholderId, hubId);
      const colleagues = (await staffIds(hubId)).filter((user) => user !== ids[LOCAL_COORDINATOR]);
      expect(colleagues).toContain(ids[LOCAL_MANAGER]);
      expect(await recipients(id, RECEIVED)).toEqual(colleagues);

      await moveOk(LOCAL_MANAGER, 'startReview', id);
      expect(await recipients(id, kindOf('startReview'))).toEqual(
        sorted([ids[LOCAL_COORDINATOR], ids[APPLICANT_ADMIN]]),
      );

      await moveOk(LOCAL_COORDINATOR, 'approve', id, 'Approved by one of our own');
      expect(await recipients(id, kindOf('approve'))).toEqual([ids[APPLICANT_ADMIN]]);
    });
  });

  it('tells the hub’s staff, not the applicant, when an application is withdrawn', async () => {
    const hubId = hubs['youth-hub'];
    const { id } = await applyOk(OWNER, await freshStakeholder(), hubId);

    await moveOk(OWNER, 'withdraw', id);

    expect(await recipients(id, kindOf('withdraw'))).toEqual(sorted(await staffIds(hubId)));
  });

  describe('racing decisions and applications', () => {
    const DECISIONS = ['approve', 'reject'];

    async function decisionRows(id: string) {
      const [events, audit] = await Promise.all([
        api.prisma.workflowEvent.findMany({ where: { entityId: id, action: { in: DECISIONS } } }),
        api.prisma.auditLogEntry.findMany({
          where: { entityId: id, action: { in: DECISIONS.map((a) => `Membership.${a}`) } },
        }),
      ]);
      return { events, audit };
    }

    it('lets exactly one of a simultaneous approval and rejection win, five times over', async () => {
      for (let round = 1; round <= 5; round += 1) {
        const { id } = await application('UNDER_REVIEW');

        const [approval, rejection] = await Promise.all([
          move(YOUTH_MANAGER, 'approve', id, `Approved in round ${round}`),
          move(YOUTH_COORDINATOR, 'reject', id, `Rejected in round ${round}`),
        ]);

        const outcomes = [
          { status: 'APPROVED', action: 'approve', response: approval },
          { status: 'REJECTED', action: 'reject', response: rejection },
        ];
        const winners = outcomes.filter((outcome) => !outcome.response.errors);
        const losers = outcomes.filter((outcome) => outcome.response.errors);
        expect(winners).toHaveLength(1);
        expect(losers).toHaveLength(1);
        expect(['INVALID_TRANSITION', 'CONFLICT']).toContain(
          losers[0].response.errors?.[0]?.extensions.code,
        );
        expect(await statusOf(id)).toBe(winners[0].status);
        const { events, audit } = await decisionRows(id);
        expect(events.map((event) => [event.action, event.toState])).toEqual([
          [winners[0].action, winners[0].status],
        ]);
        expect(audit.map((row) => row.action)).toEqual([`Membership.${winners[0].action}`]);
        expect(await api.prisma.notification.count({ where: { entityId: id } })).toBe(
          (await staffIds(hubs['youth-hub'])).length + 2 /* start review */ + 2 /* decision */,
        );
      }
    });

    it('refuses the later of two decisions that both read UNDER_REVIEW with CONFLICT', async () => {
      const { id } = await application('UNDER_REVIEW');
      let racing: Promise<GraphqlResponse<Record<string, Moved>>[]> | undefined;

      // Hold the row so both requests read UNDER_REVIEW and then queue on their UPDATE.
      await api.prisma.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT id FROM memberships WHERE id = ${id}::uuid FOR UPDATE`;
          racing = Promise.all([
            move(YOUTH_MANAGER, 'approve', id),
            move(YOUTH_COORDINATOR, 'reject', id),
          ]);
          for (let tries = 0; ; tries += 1) {
            const [{ waiting }] = await api.prisma.$queryRaw<{ waiting: number }[]>`
              SELECT count(*)::int AS waiting FROM pg_stat_activity
              WHERE datname = current_database() AND wait_event_type = 'Lock'`;
            if (waiting >= 2) break;
            if (tries > 200) throw new Error('the two decisions never queued on the row lock');
            await new Promise((resolve) => setTimeout(resolve, 25));
          }
        },
        { timeout: 20_000 },
      );
      const results = await racing!;

      const winners = results.filter((result) => !result.errors);
      const losers = results.filter((result) => result.errors);
      expect(winners).toHaveLength(1);
      expect(losers.map((result) => result.errors?.[0]?.extensions)).toEqual([
        expect.objectContaining({ code: 'CONFLICT', state: 'UNDER_REVIEW' }),
      ]);
      const { events, audit } = await decisionRows(id);
      expect(events).toHaveLength(1);
      expect(audit).toHaveLength(1);
      expect(await statusOf(id)).toBe(events[0].toState);
    });

    it('makes exactly one membership of twenty simultaneous identical applications; the rest are CONFLICT', async () => {
      const hubId = hubs['youth-hub'];
      const stakeholderId = await freshStakeholder();
      const before = await totals(stakeholderId);
      const staff = await staffIds(hubId);

      const results = await Promise.all(
        Array.from({ length: 20 }, () =>
          api.graphql.execute<{ applyForMembership: Moved }>(
            APPLY,
            applyVariables(stakeholderId, hubId),
            as(OWNER),
          ),
        ),
      );

      expect(results.map((result) => result.status)).toEqual(Array(20).fill(200));
      const created = results.filter((result) => result.data?.applyForMembership);
      expect(created).toHaveLength(1);
      expect(
        results
          .filter((result) => result.errors)
          .map((result) => result.errors?.[0]?.extensions.code),
      ).toEqual(Array(19).fill('CONFLICT'));
      const [membership] = await api.prisma.membership.findMany({ where: { stakeholderId } });
      expect(membership.id).toBe(created[0].data?.applyForMembership.id);
      expect(await totals(stakeholderId)).toEqual({
        memberships: before.memberships + 1,
        history: before.history + 1,
        audit: before.audit + 1,
        notices: before.notices + staff.length,
      });
    });
  });
});
