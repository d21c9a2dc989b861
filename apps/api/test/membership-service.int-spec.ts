import { AuthUser } from '@park/platform/auth';
import { DomainError } from '@park/platform/graphql';
import { MembershipService } from '@park/membership';
import { Park, Person, startPark, Stakeholder } from './support/park';
import { SET_UP_MS, TestApi } from './support/test-api';

// MembershipService on a real database, without HTTP: the rule that concurrent decisions end
// with exactly one winner is easiest to pin where the decisions are made, with many at once
// and no GraphQL in between. Beside the other stories (not in the lib) because it needs the
// whole app's wiring, which only apps/api composes.

let api: TestApi;
let park: Park;
let memberships: MembershipService;
let manager: Person;
let coordinator: Person;
let hubId: string;

const viewer = (who: Person, role: AuthUser['role'] = 'MEMBER'): AuthUser => ({
  id: who.id,
  role,
  sessionId: 'membership-service-test',
  emailVerified: true,
});

/** A fresh stakeholder's application to the Youth Hub, under review. */
async function underReview(): Promise<{ id: string; stakeholder: Stakeholder }> {
  const hub = await park.hub('youth-hub');
  const stakeholder = await park.newStakeholder();
  const id = await park.apply(hub, stakeholder);
  await memberships.act(viewer(manager), id, 'startReview');
  return { id, stakeholder };
}

beforeAll(async () => {
  ({ api, park } = await startPark());
  memberships = api.app.get(MembershipService);
  const hub = await park.hub('youth-hub');
  hubId = hub.id;
  manager = await park.manager(hub);
  coordinator = await park.hubStaff(hub, 'COORDINATOR');
}, SET_UP_MS);
afterAll(() => api.close());

describe('MembershipService (no HTTP)', () => {
  it('lets exactly one of ten simultaneous approvals and rejections win; the losers change nothing', async () => {
    const { id } = await underReview();
    const decisions = Array.from({ length: 10 }, (_, n) =>
      n % 2 === 0
        ? memberships.act(viewer(manager), id, 'approve', `Approved by call ${n}`)
        : memberships.act(viewer(coordinator), id, 'reject', `Rejected by call ${n}`),
    );

    const settled = await Promise.allSettled(decisions);

    const won = settled.filter((result) => result.status === 'fulfilled');
    const lost = settled.filter((result) => result.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(9);
    for (const loss of lost) {
      const reason = (loss as PromiseRejectedResult).reason;
      expect(reason).toBeInstanceOf(DomainError);
      expect(['INVALID_TRANSITION', 'CONFLICT']).toContain((reason as DomainError).code);
    }
    const row = await api.prisma.membership.findUniqueOrThrow({ where: { id } });
    const decided = await api.prisma.workflowEvent.findMany({
      where: { entityId: id, action: { in: ['approve', 'reject'] } },
    });
    expect(decided.map((event) => event.toState)).toEqual([row.status]);
    expect(['APPROVED', 'REJECTED']).toContain(row.status);
    expect(
      await api.prisma.auditLogEntry.count({
        where: { entityId: id, action: { in: ['Membership.approve', 'Membership.reject'] } },
      }),
    ).toBe(1);
  });

  it('keeps one open application per hub and stakeholder when ten are made at once', async () => {
    const stakeholder = await park.newStakeholder();
    const owner = viewer(stakeholder.owner);
    const input = {
      hubId,
      stakeholderId: stakeholder.id,
      plan: 'RESIDENT' as never,
      motivation: 'Ten tabs, one application.',
    };

    const settled = await Promise.allSettled(
      Array.from({ length: 10 }, () => memberships.apply(owner, input)),
    );

    expect(settled.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const codes = settled
      .filter((result): result is PromiseRejectedResult => result.status === 'rejected')
      .map((result) => (result.reason as DomainError).code);
    expect(codes).toEqual(Array(9).fill('CONFLICT'));
    expect(await api.prisma.membership.count({ where: { stakeholderId: stakeholder.id } })).toBe(1);
  });

  it('refuses a decision by staff of another hub as FORBIDDEN, and the application stays under review', async () => {
    const { id } = await underReview();
    const elsewhere = await park.manager(await park.hub('social-economy-centre'));

    await expect(memberships.act(viewer(elsewhere), id, 'approve')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });

    expect((await api.prisma.membership.findUniqueOrThrow({ where: { id } })).status).toBe(
      'UNDER_REVIEW',
    );
  });
});
