import { NotificationKind } from '@park/platform/database';
import {
  Action,
  ACTIONS,
  addPerson,
  ADMIN,
  ANONYMOUS,
  api,
  APPLICANT_ADMIN,
  application,
  applyOk,
  as,
  freshStakeholder,
  FROM,
  hubs,
  ids,
  kindOf,
  LOCAL_COORDINATOR,
  LOCAL_MANAGER,
  MEMBER,
  move,
  moveDocument,
  moveOk,
  moveVariables,
  MUTATIONS,
  NOBODY,
  OWNER,
  RECEIVED,
  recipients,
  refusal,
  snapshot,
  SOCIAL_MANAGER,
  sorted,
  staffIds,
  Status,
  STRANGER,
  TO,
  Variables,
  Who,
  withMembershipStories,
  YOUTH_COORDINATOR,
  YOUTH_MANAGER,
} from './support/memberships';

// Hub membership, the review side: who may make which move, moves the state does not allow,
// reasons and notes, and who hears of a decision. Applying: membership-applying.int-spec.ts.
const NOTIFICATIONS = `query Notices {
  notifications(first: 100) { edges { node { kind entityId message } } } }`;
const HISTORY = `query History($id: ID!) {
  membership(id: $id) { status history { action from to note actor { id } } } }`;

describe('membership: review by staff', () => {
  withMembershipStories();

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
          where: { entityId: id, kind: kindOf(action) as NotificationKind },
        });
        for (const notice of notices) {
          expect(notice.params).toMatchObject({ stakeholder: name, hub: 'Youth Hub' });
          expect(notice.params).toMatchObject({ note: text });
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

    it('never notifies the actor of their own step, even staff who also run the stakeholder (who may not decide on it)', async () => {
      const hubId = hubs['local-community-centre'];
      const stakeholderId = await freshStakeholder(LOCAL_COORDINATOR, []);
      await addPerson(stakeholderId, APPLICANT_ADMIN, 'ADMIN', LOCAL_COORDINATOR);

      const { id } = await applyOk(LOCAL_COORDINATOR, stakeholderId, hubId);
      const colleagues = (await staffIds(hubId)).filter((user) => user !== ids[LOCAL_COORDINATOR]);
      expect(colleagues).toContain(ids[LOCAL_MANAGER]);
      expect(await recipients(id, RECEIVED)).toEqual(colleagues);

      await moveOk(LOCAL_MANAGER, 'startReview', id);
      expect(await recipients(id, kindOf('startReview'))).toEqual(
        sorted([ids[LOCAL_COORDINATOR], ids[APPLICANT_ADMIN]]),
      );

      // Separation of duties: they may not approve it, but may withdraw it as its owner.
      const approval = await move(LOCAL_COORDINATOR, 'approve', id, 'Approved by one of our own');
      expect(approval.errors?.[0].extensions.code).toBe('FORBIDDEN');
      expect(approval.errors?.[0].message).toMatch(/separation of duties/);

      await moveOk(LOCAL_COORDINATOR, 'withdraw', id);
      expect(await recipients(id, kindOf('withdraw'))).toEqual(colleagues);
    });
  });

  it('tells the hub’s staff, not the applicant, when an application is withdrawn', async () => {
    const hubId = hubs['youth-hub'];
    const { id } = await applyOk(OWNER, await freshStakeholder(), hubId);

    await moveOk(OWNER, 'withdraw', id);

    expect(await recipients(id, kindOf('withdraw'))).toEqual(sorted(await staffIds(hubId)));
  });
});
