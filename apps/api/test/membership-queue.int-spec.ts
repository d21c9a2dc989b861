import {
  Action,
  ADMIN,
  ANONYMOUS,
  api,
  APPLICANT_ADMIN,
  apply,
  as,
  everyPage,
  freshStakeholder,
  hubs,
  idsOf,
  MEMBER,
  moveOk,
  OPEN,
  OWNER,
  Page,
  refusal,
  SOCIAL_MANAGER,
  sqlMemberships,
  STRANGER,
  Variables,
  Who,
  withMembershipStories,
  YOUTH_COORDINATOR,
  YOUTH_MANAGER,
} from './support/memberships';

// Hub membership on the staff side: the queue of open applications, and who may read an
// application's motivation and history. A hub's members, figures and shared contacts:
// membership-roll.int-spec.ts; notifications and the audit log: membership-notices-audit.int-spec.ts.

const QUEUE = `query Queue($hubId: ID!, $status: MembershipStatus, $first: Int, $after: String) {
  membershipApplications(hubId: $hubId, status: $status, first: $first, after: $after) {
    totalCount edges { cursor node { id status } } pageInfo { hasNextPage endCursor } } }`;

describe('membership: the staff queue and who may read an application', () => {
  withMembershipStories();

  describe('the staff queue', () => {
    beforeAll(async () => {
      // Applications in open and closed states: six open ones, so paging has pages to turn.
      const paths: Action[][] = [
        [],
        ['startReview'],
        [],
        ['startReview'],
        [],
        ['startReview'],
        ['reject'],
        ['startReview', 'approve'],
        ['startReview', 'approve', 'end'],
      ];
      for (const path of paths) {
        const id = await apply(await freshStakeholder(), hubs['youth-hub']);
        for (const action of path) await moveOk(YOUTH_MANAGER, action, id);
      }
    });

    const queue = (who: Who, variables: Variables) => async (after: string | null) =>
      (
        await api.graphql.ok<{ membershipApplications: Page<{ id: string; status: string }> }>(
          QUEUE,
          { ...variables, after },
          as(who),
        )
      ).membershipApplications;

    it.each([
      ['the hub’s manager, page by page', YOUTH_MANAGER, 2],
      ['the hub’s coordinator, in one page', YOUTH_COORDINATOR, 100],
      ['a park admin, three at a time', ADMIN, 3],
    ])(
      'shows %s every open application of the hub once, oldest first',
      async (_story, who, first) => {
        const hubId = hubs['youth-hub'];
        const expected = await sqlMemberships(hubId, OPEN);
        expect(expected.length).toBeGreaterThan(5);

        const { nodes, totalCount } = await everyPage(queue(who, { hubId, first }), first);

        expect(idsOf(nodes)).toEqual(expected);
        expect(totalCount).toBe(expected.length);
        expect(new Set(nodes.map((node) => node.status))).toEqual(new Set(OPEN));
      },
    );

    it.each([['SUBMITTED'], ['UNDER_REVIEW'], ['APPROVED'], ['REJECTED'], ['ENDED']])(
      'filters by status: %s',
      async (status) => {
        const hubId = hubs['youth-hub'];
        const expected = await sqlMemberships(hubId, [status]);
        expect(expected.length).toBeGreaterThan(0);

        const { nodes, totalCount } = await everyPage(
          queue(YOUTH_MANAGER, { hubId, status, first: 4 }),
          4,
        );

        expect(idsOf(nodes)).toEqual(expected);
        expect(totalCount).toBe(expected.length);
        expect(nodes.every((node) => node.status === status)).toBe(true);
      },
    );

    it.each<[string, Variables, string]>([
      ['first over 100', { first: 101 }, 'first'],
      ['first of 0', { first: 0 }, 'first'],
      ['a cursor that is not one', { after: 'not-a-cursor' }, 'after'],
      ['a hubId that is not a UUID', { hubId: 'youth-hub' }, 'hubId'],
    ])('refuses %s as BAD_USER_INPUT naming the field', async (_story, bad, field) => {
      const error = await refusal(YOUTH_MANAGER, QUEUE, { hubId: hubs['youth-hub'], ...bad });

      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.fields).toEqual([field]);
    });

    it.each([
      ['another hub’s manager', SOCIAL_MANAGER, 'FORBIDDEN'],
      ['an applicant', OWNER, 'FORBIDDEN'],
      ['an unrelated member', STRANGER, 'FORBIDDEN'],
      ['an anonymous caller', ANONYMOUS, 'UNAUTHENTICATED'],
    ])('refuses %s: %s', async (_story, who, code) => {
      const error = await refusal(who, QUEUE, { hubId: hubs['youth-hub'] });

      expect(error.extensions.code).toBe(code);
    });
  });

  describe('who may read an application', () => {
    const MOTIVATION = 'We run a community fridge and need a cold room near the park.';
    let stakeholderId: string;
    let membershipId: string;

    beforeAll(async () => {
      stakeholderId = await freshStakeholder();
      membershipId = await apply(stakeholderId, hubs['youth-hub'], APPLICANT_ADMIN, MOTIVATION);
      await moveOk(YOUTH_MANAGER, 'startReview', membershipId);
      await moveOk(YOUTH_COORDINATOR, 'approve', membershipId, 'Welcome');
    });

    const HISTORY = [{ action: 'create' }, { action: 'startReview' }, { action: 'approve' }];

    it.each([
      ['its OWNER', OWNER, true],
      ['its ADMIN', APPLICANT_ADMIN, true],
      ['its MEMBER', MEMBER, true],
      ['the hub’s manager', YOUTH_MANAGER, true],
      ['the hub’s coordinator', YOUTH_COORDINATOR, true],
      ['a park admin', ADMIN, true],
      ['another hub’s manager', SOCIAL_MANAGER, false],
      ['a stranger', STRANGER, false],
      ['an anonymous caller', ANONYMOUS, false],
    ])('%s reading the stakeholder sees motivation and history: %s', async (_story, who, sees) => {
      const { stakeholder } = await api.graphql.ok<{
        stakeholder: { memberships: { edges: { node: { id: string } }[] } };
      }>(
        `query One($id: ID!) { stakeholder(id: $id) {
            memberships { edges { node { id status motivation history { action } } } } } }`,
        { id: stakeholderId },
        as(who),
      );

      expect(stakeholder.memberships.edges.map((edge) => edge.node)).toEqual([
        {
          id: membershipId,
          status: 'APPROVED',
          motivation: sees ? MOTIVATION : null,
          history: sees ? HISTORY : [],
        },
      ]);
    });

    it.each([
      ['its MEMBER', MEMBER, null],
      ['the hub’s coordinator', YOUTH_COORDINATOR, null],
      ['a park admin', ADMIN, null],
      ['a stranger', STRANGER, 'null'],
      ['another hub’s manager', SOCIAL_MANAGER, 'null'],
      ['an anonymous caller', ANONYMOUS, 'UNAUTHENTICATED'],
    ])('membership(id) for %s: %s', async (_story, who, code) => {
      const query = `query One($id: ID!) { membership(id: $id) { id motivation history { action } } }`;
      if (code === 'null') {
        // Hidden reads as missing: null, with no error.
        const response = await api.graphql.execute(query, { id: membershipId }, as(who));
        expect(response).toMatchObject({ data: { membership: null }, errors: undefined });
      } else if (code) {
        expect((await refusal(who, query, { id: membershipId })).extensions.code).toBe(code);
      } else {
        const { membership } = await api.graphql.ok<{ membership: Variables }>(
          query,
          { id: membershipId },
          as(who),
        );
        expect(membership).toEqual({ id: membershipId, motivation: MOTIVATION, history: HISTORY });
      }
    });
  });
});
