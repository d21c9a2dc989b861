import {
  ADMIN,
  ANONYMOUS,
  api,
  apply,
  as,
  cast,
  everyPage,
  freshStakeholder,
  hubs,
  ids,
  idsOf,
  moveOk,
  OWNER,
  Page,
  park,
  refusal,
  STRANGER,
  Variables,
  Who,
  withMembershipStories,
  YOUTH_COORDINATOR,
  YOUTH_MANAGER,
} from './support/memberships';

// Hub membership, what it leaves behind: the notifications of each step, read and marked page by
// page, and the audit log of every step with its actor. The staff queue: membership-queue.int-spec.ts.

const NOTIFICATIONS = `query Notices($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    totalCount edges { cursor node { id kind entityId readAt } }
    pageInfo { hasNextPage endCursor } } }`;
const MARK_READ = `mutation Read($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id readAt } }`;
const AUDIT = `query Audit($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { id action actor { id } entityType entityId details at } }
    pageInfo { hasNextPage endCursor } } }`;

describe('membership: notifications and the audit log', () => {
  withMembershipStories();

  describe('notifications', () => {
    const reader = 'reader';
    let membershipId: string;

    beforeAll(async () => {
      cast(reader, await park.newUser({ label: reader }));
      membershipId = await apply(await freshStakeholder(reader, []), hubs['youth-hub'], reader);
      await moveOk(YOUTH_MANAGER, 'startReview', membershipId);
      await moveOk(YOUTH_MANAGER, 'approve', membershipId, 'Welcome');
      await moveOk(YOUTH_COORDINATOR, 'suspend', membershipId, 'Noise complaints');
      await moveOk(YOUTH_MANAGER, 'reinstate', membershipId);
      await moveOk(ADMIN, 'end', membershipId, 'Moved away');
    });

    const inbox =
      (variables: Variables, who = reader) =>
      async (after: string | null) =>
        (
          await api.graphql.ok<{
            notifications: Page<{ id: string; kind: string; readAt: string | null }>;
          }>(NOTIFICATIONS, { ...variables, after }, as(who))
        ).notifications;

    async function sqlInbox(who: Who, unreadOnly = false): Promise<string[]> {
      const rows = await api.prisma.notification.findMany({
        where: { recipientId: ids[who], ...(unreadOnly && { readAt: null }) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      });
      return rows.map((row) => row.id);
    }

    /** How many it changed (it answers the changed ones, each now read). */
    const markRead = async (who: Who, list: string[]) => {
      const { markNotificationsRead: changed } = await api.graphql.ok<{
        markNotificationsRead: { id: string; readAt: string | null }[];
      }>(MARK_READ, { ids: list }, as(who));
      expect(changed.every((notice) => list.includes(notice.id) && notice.readAt)).toBe(true);
      return changed.length;
    };

    it('lists one’s notifications newest first, page by page, each once', async () => {
      const { nodes, totalCount } = await everyPage(inbox({ first: 2 }), 2);

      expect(nodes.map((node) => node.kind)).toEqual([
        'MEMBERSHIP_END',
        'MEMBERSHIP_REINSTATE',
        'MEMBERSHIP_SUSPEND',
        'MEMBERSHIP_APPROVE',
        'MEMBERSHIP_START_REVIEW',
      ]);
      expect(idsOf(nodes)).toEqual(await sqlInbox(reader));
      expect(totalCount).toBe(5);
    });

    it('marks only the caller’s unread ones and says how many; unreadOnly leaves them out', async () => {
      const all = await sqlInbox(reader);
      const theirs = (await sqlInbox(YOUTH_MANAGER, true))[0];
      expect(theirs).toEqual(expect.any(String));

      expect(await markRead(reader, all.slice(0, 2))).toBe(2);
      expect(await markRead(reader, all.slice(0, 2))).toBe(0);
      expect(await markRead(reader, [theirs])).toBe(0);
      expect(await markRead(reader, [theirs, all[2]])).toBe(1);
      expect(await markRead(reader, [])).toBe(0);

      const unread = await everyPage(inbox({ unreadOnly: true, first: 1 }), 1);
      expect(idsOf(unread.nodes)).toEqual(all.slice(3));
      expect(unread.totalCount).toBe(2);
      const everything = await everyPage(inbox({ unreadOnly: false, first: 100 }), 100);
      expect(everything.nodes.map((node) => node.readAt !== null)).toEqual([
        true,
        true,
        true,
        false,
        false,
      ]);
      const stillTheirs = await api.prisma.notification.findUniqueOrThrow({
        where: { id: theirs },
      });
      expect(stillTheirs.readAt).toBeNull();
      expect(await sqlInbox(YOUTH_MANAGER, true)).toContain(theirs);
    });

    it.each<[string, Who, string, Variables, string, string[] | undefined]>([
      ['ids that are not UUIDs', reader, MARK_READ, { ids: ['42'] }, 'BAD_USER_INPUT', ['ids']],
      ['an anonymous reader', ANONYMOUS, NOTIFICATIONS, {}, 'UNAUTHENTICATED', undefined],
      ['an anonymous marker', ANONYMOUS, MARK_READ, { ids: [] }, 'UNAUTHENTICATED', undefined],
      ['first over 100', reader, NOTIFICATIONS, { first: 101 }, 'BAD_USER_INPUT', ['first']],
    ])('refuses %s', async (_story, who, query, variables, code, fields) => {
      const before = await sqlInbox(reader, true);

      const error = await refusal(who, query, variables);

      expect(error.extensions.code).toBe(code);
      expect(error.extensions.fields).toEqual(fields);
      expect(await sqlInbox(reader, true)).toEqual(before);
    });
  });

  describe('the audit log', () => {
    let membershipId: string;

    beforeAll(async () => {
      membershipId = await apply(await freshStakeholder(), hubs['youth-hub']);
      await moveOk(YOUTH_COORDINATOR, 'startReview', membershipId);
      await moveOk(YOUTH_MANAGER, 'approve', membershipId, 'Approved at the March meeting');
      await moveOk(YOUTH_MANAGER, 'suspend', membershipId, 'Room left in a mess twice');
      await moveOk(ADMIN, 'reinstate', membershipId);
      await moveOk(YOUTH_COORDINATOR, 'end', membershipId, 'Contract not renewed');
    });

    interface Entry {
      id: string;
      action: string;
      actor: { id: string } | null;
      entityType: string;
      entityId: string;
      details: string;
      at: string;
    }
    const audit =
      (filter: Variables, first = 100, who = ADMIN) =>
      async (after: string | null) =>
        (await api.graphql.ok<{ auditLog: Page<Entry> }>(AUDIT, { filter, first, after }, as(who)))
          .auditLog;

    it('records every step of a membership with its actor, entity and details, newest first', async () => {
      const { nodes, totalCount } = await everyPage(audit({ entityId: membershipId }, 2), 2);

      const steps = [...nodes].reverse().map((entry) => ({
        action: entry.action,
        actor: entry.actor?.id,
        entity: [entry.entityType, entry.entityId],
        details: JSON.parse(entry.details),
      }));
      const entity = ['Membership', membershipId];
      expect(steps).toEqual([
        { action: 'Membership.create', actor: ids[OWNER], entity, details: { to: 'SUBMITTED' } },
        {
          action: 'Membership.startReview',
          actor: ids[YOUTH_COORDINATOR],
          entity,
          details: { from: 'SUBMITTED', to: 'UNDER_REVIEW' },
        },
        {
          action: 'Membership.approve',
          actor: ids[YOUTH_MANAGER],
          entity,
          details: { from: 'UNDER_REVIEW', to: 'APPROVED', note: 'Approved at the March meeting' },
        },
        {
          action: 'Membership.suspend',
          actor: ids[YOUTH_MANAGER],
          entity,
          details: { from: 'APPROVED', to: 'SUSPENDED', note: 'Room left in a mess twice' },
        },
        {
          action: 'Membership.reinstate',
          actor: ids[ADMIN],
          entity,
          details: { from: 'SUSPENDED', to: 'APPROVED' },
        },
        {
          action: 'Membership.end',
          actor: ids[YOUTH_COORDINATOR],
          entity,
          details: { from: 'APPROVED', to: 'ENDED', note: 'Contract not renewed' },
        },
      ]);
      expect(totalCount).toBe(6);
      const times = nodes.map((entry) => Date.parse(entry.at));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it('records appointing hub staff as HubStaff.assign', async () => {
      const appointee = 'appointee';
      cast(appointee, await park.newUser({ label: appointee }));
      const { assignHubStaff } = await api.graphql.ok<{ assignHubStaff: { id: string } }>(
        `mutation Assign($hubId: ID!, $userId: ID!) {
          assignHubStaff(hubId: $hubId, userId: $userId, role: COORDINATOR) { id } }`,
        { hubId: hubs['social-economy-centre'], userId: ids[appointee] },
        as(ADMIN),
      );

      const { nodes } = await everyPage(
        audit({ entityType: 'HubStaff', entityId: assignHubStaff.id }),
        100,
      );

      expect(nodes).toHaveLength(1);
      expect({ ...nodes[0], details: JSON.parse(nodes[0].details) }).toMatchObject({
        action: 'HubStaff.assign',
        actor: { id: ids[ADMIN] },
        entityType: 'HubStaff',
        entityId: assignHubStaff.id,
        details: {
          hubId: hubs['social-economy-centre'],
          userId: ids[appointee],
          role: 'COORDINATOR',
        },
      });
    });

    it('filters by actor, entity type, entity and time', async () => {
      const all = await api.prisma.auditLogEntry.findMany({
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
      });
      const matches = async (filter: Variables, keep: (row: (typeof all)[number]) => boolean) => {
        const { nodes, totalCount } = await everyPage(audit(filter, 100), 100);
        const expected = all.filter(keep).map((row) => row.id);
        expect(expected.length).toBeGreaterThan(0);
        expect(idsOf(nodes)).toEqual(expected);
        expect(totalCount).toBe(expected.length);
      };
      const ofMembership = all
        .filter((row) => row.entityId === membershipId)
        .sort((a, b) => a.at.getTime() - b.at.getTime());
      const from = ofMembership[1].at;
      const to = ofMembership[4].at;

      await matches(
        { actorId: ids[YOUTH_COORDINATOR] },
        (row) => row.actorId === ids[YOUTH_COORDINATOR],
      );
      await matches({ entityType: 'HubStaff' }, (row) => row.entityType === 'HubStaff');
      await matches({ entityType: 'Membership' }, (row) => row.entityType === 'Membership');
      await matches({ entityId: membershipId }, (row) => row.entityId === membershipId);
      await matches(
        { entityId: membershipId, from: from.toISOString(), to: to.toISOString() },
        (row) => row.entityId === membershipId && row.at >= from && row.at < to,
      );
      await matches(
        { actorId: ids[YOUTH_COORDINATOR], entityId: membershipId },
        (row) => row.actorId === ids[YOUTH_COORDINATOR] && row.entityId === membershipId,
      );
      const { nodes } = await everyPage(audit({ entityType: 'Partnership' }, 100), 100);
      expect(nodes).toEqual([]);
    });

    // Hub staff read their own hub's entries: staff-tools.int-spec.ts.
    it.each([
      ['an applicant', OWNER, 'FORBIDDEN'],
      ['an unrelated member', STRANGER, 'FORBIDDEN'],
      ['an anonymous caller', ANONYMOUS, 'UNAUTHENTICATED'],
    ])('refuses %s: %s', async (_story, who, code) => {
      const error = await refusal(who, AUDIT, { filter: { entityId: membershipId } });

      expect(error.extensions.code).toBe(code);
    });
  });
});
