import { GraphqlResponse } from '@park/platform/testing';
import {
  api,
  application,
  APPLY,
  applyVariables,
  as,
  freshStakeholder,
  hubs,
  move,
  Moved,
  OWNER,
  staffIds,
  statusOf,
  totals,
  withMembershipStories,
  YOUTH_COORDINATOR,
  YOUTH_MANAGER,
} from './support/memberships';

// Races the database must settle: simultaneous decisions on one application, and simultaneous
// identical applications.

describe('membership: racing decisions and applications', () => {
  withMembershipStories();

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
