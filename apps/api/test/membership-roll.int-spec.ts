import { SET_UP_MS } from './support/test-api';
import { Hub } from './support/park';
import {
  api,
  apply,
  as,
  cast,
  everyPage,
  freshStakeholder,
  hubs,
  idsOf,
  LOCAL_MANAGER,
  moveOk,
  OPEN,
  Page,
  park,
  sqlMemberships,
  startMembershipStories,
  Who,
} from './support/memberships';

// Hub membership, the roll: a hub's members page by page, its figures as SQL counts them, and
// the contacts fellow members share. The staff queue: membership-queue.int-spec.ts.

const MEMBERS = `query Members($slug: String!, $first: Int, $after: String) {
  hub(slug: $slug) { members(first: $first, after: $after) {
    totalCount edges { cursor node { id status } } pageInfo { hasNextPage endCursor } } } }`;
const STATS = `query Stats($slug: String!) {
  hub(slug: $slug) { stats { activeMembers openApplications } } }`;
const CONTACT = `query Contact($id: ID!) { stakeholder(id: $id) { contactEmail } }`;

let youth: Hub;
let local: Hub;

describe('membership: a hub’s members, its figures and fellow members’ contacts', () => {
  beforeAll(async () => {
    await startMembershipStories();
    youth = await park.hub('youth-hub');
    local = await park.hub('local-community-centre');
    // Every hub: six members, and beside them an open, a rejected and a suspended application.
    for (const slug of ['youth-hub', 'social-economy-centre', 'local-community-centre'] as const) {
      const hub = await park.hub(slug);
      for (let n = 0; n < 6; n += 1) await park.newMember(hub);
      await park.apply(hub, await park.newStakeholder());
      const admin = (await park.admin()).as;
      const rejected = await park.apply(hub, await park.newStakeholder());
      await api.graphql.ok(
        `mutation Reject($id: ID!) { rejectMembership(id: $id, reason: "Not this year") { id } }`,
        { id: rejected },
        admin,
      );
      const suspended = await park.newMember(hub);
      await api.graphql.ok(
        `mutation Suspend($id: ID!) { suspendMembership(id: $id, reason: "Unpaid fees") { id } }`,
        { id: suspended.membershipId },
        admin,
      );
    }
  }, SET_UP_MS);
  afterAll(() => api.close());

  describe('a hub’s members and figures', () => {
    it.each([['youth-hub'], ['social-economy-centre'], ['local-community-centre']])(
      '%s lists its APPROVED memberships only, every one once across pages, oldest first',
      async (slug) => {
        const expected = await sqlMemberships(hubs[slug], ['APPROVED']);
        expect(expected.length).toBeGreaterThan(5);

        const { nodes, totalCount } = await everyPage(
          async (after) =>
            (
              await api.graphql.ok<{ hub: { members: Page<{ id: string; status: string }> } }>(
                MEMBERS,
                { slug, first: 5, after },
              )
            ).hub.members,
          5,
        );

        // Longest-standing first: the order of application, as the queue's.
        expect(idsOf(nodes)).toEqual(expected);
        expect(nodes.every((node) => node.status === 'APPROVED')).toBe(true);
        expect(totalCount).toBe(expected.length);
      },
    );

    async function figures(slug: string) {
      const { hub } = await api.graphql.ok<{
        hub: { stats: { activeMembers: number; openApplications: number } };
      }>(STATS, { slug });
      const sql = {
        activeMembers: (await sqlMemberships(hubs[slug], ['APPROVED'])).length,
        openApplications: (await sqlMemberships(hubs[slug], OPEN)).length,
      };
      expect(hub.stats).toEqual(sql);
      return hub.stats;
    }

    it('counts active members and open applications as SQL does, and moves with each step', async () => {
      const slug = 'local-community-centre';
      const start = await figures(slug);
      const approved = await apply(await freshStakeholder(), hubs[slug]);
      const rejected = await apply(await freshStakeholder(), hubs[slug]);
      expect(await figures(slug)).toEqual({
        ...start,
        openApplications: start.openApplications + 2,
      });

      await moveOk(LOCAL_MANAGER, 'startReview', approved);
      expect(await figures(slug)).toEqual({
        ...start,
        openApplications: start.openApplications + 2,
      });

      await moveOk(LOCAL_MANAGER, 'approve', approved);
      await moveOk(LOCAL_MANAGER, 'reject', rejected);
      expect(await figures(slug)).toEqual({
        activeMembers: start.activeMembers + 1,
        openApplications: start.openApplications,
      });

      await moveOk(LOCAL_MANAGER, 'suspend', approved);
      expect(await figures(slug)).toEqual(start);
      for (const other of ['youth-hub', 'social-economy-centre']) await figures(other);
    });
  });

  describe('contacts of fellow members', () => {
    it('after approval, the new member’s people see another member’s contact email, and still not another hub’s', async () => {
      const hubId = hubs['local-community-centre'];
      const founder = 'founder';
      const colleague = 'colleague';
      cast(founder, await park.newUser({ label: founder }));
      cast(colleague, await park.newUser({ label: colleague }));
      const mine = await freshStakeholder(
        founder,
        [[colleague, 'MEMBER']],
        'hello@fellows.example',
      );
      // A fellow: APPROVED in this hub. An outsider: a member elsewhere, never of this hub.
      const fellowMember = await park.newMember(
        local,
        await park.newStakeholder({ contactEmail: 'hello@fellow-collective.example' }),
      );
      const outsiderMember = await park.newMember(
        youth,
        await park.newStakeholder({ contactEmail: 'hello@outsider-collective.example' }),
      );
      const fellow = await api.prisma.stakeholder.findUniqueOrThrow({
        where: { id: fellowMember.id },
      });
      const outsider = { id: outsiderMember.id };
      expect(fellow.contactEmail).toEqual(expect.stringContaining('@'));
      const fellowOwner = 'fellow owner';
      cast(fellowOwner, fellowMember.owner);
      const contact = async (who: Who, id: string) =>
        (
          await api.graphql.ok<{ stakeholder: { contactEmail: string | null } }>(
            CONTACT,
            { id },
            as(who),
          )
        ).stakeholder.contactEmail;
      const seen = async () => ({
        founderSeesFellow: await contact(founder, fellow.id),
        colleagueSeesFellow: await contact(colleague, fellow.id),
        founderSeesOutsider: await contact(founder, outsider.id),
        colleagueSeesOutsider: await contact(colleague, outsider.id),
        fellowSeesNewcomer: await contact(fellowOwner, mine),
      });
      const hidden = {
        founderSeesFellow: null,
        colleagueSeesFellow: null,
        founderSeesOutsider: null,
        colleagueSeesOutsider: null,
        fellowSeesNewcomer: null,
      };

      const membership = await apply(mine, hubId, founder);
      await moveOk(LOCAL_MANAGER, 'startReview', membership);
      expect(await seen()).toEqual(hidden);

      await moveOk(LOCAL_MANAGER, 'approve', membership);
      expect(await seen()).toEqual({
        ...hidden,
        founderSeesFellow: fellow.contactEmail,
        colleagueSeesFellow: fellow.contactEmail,
        fellowSeesNewcomer: 'hello@fellows.example',
      });

      await moveOk(LOCAL_MANAGER, 'suspend', membership, 'Pending an inquiry');
      expect(await seen()).toEqual(hidden);
    });
  });
});
