import {
  ADMIN,
  ANONYMOUS,
  api,
  APPLICANT_ADMIN,
  application,
  APPLY,
  applyOk,
  applyVariables,
  as,
  freshStakeholder,
  hubs,
  ids,
  MEMBER,
  NOBODY,
  OWNER,
  RECEIVED,
  refusal,
  SOCIAL_MANAGER,
  sorted,
  staffIds,
  Status,
  statusOf,
  STRANGER,
  totals,
  Variables,
  Who,
  withMembershipStories,
  YOUTH_COORDINATOR,
  YOUTH_MANAGER,
} from './support/memberships';

// Hub membership, applying: who may apply, what is refused, one open application per hub, and
// what an application records and whom it tells. The review moves: membership-review-by-staff;
// races: membership-review-races; the queue and who reads an application: membership-queue;
// members and figures: membership-roll; notifications and the audit log: membership-notices-audit.
const NOTIFICATIONS = `query Notices {
  notifications(first: 100) { edges { node { kind entityId message } } } }`;

describe('membership: applying', () => {
  withMembershipStories();

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
        expect(notice.params).toMatchObject({ stakeholder: stakeholder.name });
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
});
