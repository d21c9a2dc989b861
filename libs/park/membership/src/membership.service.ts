import { Injectable } from '@nestjs/common';
import { DirectoryAccess, HubService, StakeholderService } from '@park/directory';
import { AuthUser } from '@park/platform/auth';
import {
  Membership as MembershipRow,
  MembershipStatus,
  NotificationKind,
  TransactionRunner,
} from '@park/platform/database';
import { byTimeThenId, ConnectionShape, DomainError, keysetPage } from '@park/platform/graphql';
import { Notice, WorkflowRunner } from '@park/platform/workflow';
import { APPLICATION_STATES, MembershipAction, membershipFlow } from './membership.flow';
import { ApplyForMembershipInput, MembershipApplicationsArgs } from './membership.input';
import { MembershipRepository } from './membership.repository';
import { membershipRoles } from './membership-roles';

const QUEUE = byTimeThenId<MembershipRow>('memberships:oldest', (row) => row.createdAt);
const INBOX = byTimeThenId<MembershipRow>('memberships:inbox', (row) => row.createdAt);

/** The notice each step sends (its words are in the notification lib's catalogue). */
const DECISION_KINDS: Record<MembershipAction, NotificationKind> = {
  startReview: 'MEMBERSHIP_START_REVIEW',
  approve: 'MEMBERSHIP_APPROVE',
  reject: 'MEMBERSHIP_REJECT',
  withdraw: 'MEMBERSHIP_WITHDRAW',
  suspend: 'MEMBERSHIP_SUSPEND',
  reinstate: 'MEMBERSHIP_REINSTATE',
  end: 'MEMBERSHIP_END',
};

/** Hub membership: applications, the staff's review, and the life of a membership after it. */
@Injectable()
export class MembershipService {
  constructor(
    private readonly memberships: MembershipRepository,
    private readonly access: DirectoryAccess,
    private readonly hubs: HubService,
    private readonly stakeholders: StakeholderService,
    private readonly workflow: WorkflowRunner,
    private readonly transactions: TransactionRunner,
  ) {}

  async apply(viewer: AuthUser, input: ApplyForMembershipInput): Promise<MembershipRow> {
    const [hub, stakeholder, roles] = await Promise.all([
      this.hubs.find({ id: input.hubId }),
      this.stakeholders.find(input.stakeholderId),
      this.access.rolesFor(viewer),
    ]);
    if (!hub) throw DomainError.notFound('Hub');
    if (!stakeholder) throw DomainError.notFound('Stakeholder');
    this.access.assertActsFor(
      roles,
      stakeholder.id,
      'Only the stakeholder’s owners and admins may apply for it',
    );
    const staff = await this.access.hubStaffIds(hub.id);
    return this.transactions.run(async (tx) => {
      const membership = await this.memberships.create(tx, { ...input, appliedById: viewer.id });
      // Staff who apply for their own stakeholder need no notice of it.
      const notices = staff
        .filter((recipientId) => recipientId !== viewer.id)
        .map((recipientId) => ({
          recipientId,
          kind: 'MEMBERSHIP_APPLICATION_RECEIVED' as const,
          params: { stakeholder: stakeholder.name, hub: hub.name, plan: input.plan },
        }));
      await this.workflow.start(
        tx,
        membershipFlow.entityType,
        membership.id,
        'SUBMITTED',
        viewer.id,
        notices,
        [membership.stakeholderId],
      );
      return membership;
    });
  }

  /** Every staff decision and the applicant's withdrawal go through here. */
  async act(
    viewer: AuthUser,
    id: string,
    action: MembershipAction,
    note?: string,
  ): Promise<MembershipRow> {
    const membership = await this.existing(id);
    // A withdrawal is news for the hub's staff; every other step for the stakeholder's managers.
    const [viewerRoles, recipients, hub, stakeholder] = await Promise.all([
      this.access.rolesFor(viewer),
      action === 'withdraw'
        ? this.access.hubStaffIds(membership.hubId)
        : this.access.stakeholderManagerIds(membership.stakeholderId),
      this.hubs.find({ id: membership.hubId }),
      this.stakeholders.find(membership.stakeholderId),
    ]);
    const roles = membershipRoles(viewerRoles, membership);
    const subject = { stakeholder: stakeholder?.name ?? null, hub: hub?.name ?? null };
    await this.transactions.run((tx) =>
      this.workflow.apply(tx, membershipFlow, {
        entityId: id,
        state: membership.status,
        action,
        actor: { id: viewer.id, roles },
        note,
        move: (client, from, to) => this.memberships.move(client, id, from, to),
        notify: () => decisionNotices(subject, action, recipients, viewer.id, note),
        stakeholderIds: [membership.stakeholderId],
      }),
    );
    return this.existing(id);
  }

  /** Null when there is none or the viewer may not see it: hidden is not found, without an error. */
  async find(viewer: AuthUser, id: string): Promise<MembershipRow | null> {
    const membership = await this.memberships.findById(id);
    if (!membership) return null;
    const roles = await this.access.rolesFor(viewer);
    const related =
      roles.isParkAdmin ||
      roles.staffHubIds.has(membership.hubId) ||
      roles.stakeholderRoles.has(membership.stakeholderId);
    return related ? membership : null;
  }

  /** The staff work queue of one hub, oldest first. */
  async queue(
    viewer: AuthUser,
    args: MembershipApplicationsArgs,
  ): Promise<ConnectionShape<MembershipRow>> {
    const roles = await this.access.rolesFor(viewer);
    if (!roles.isParkAdmin && !roles.staffHubIds.has(args.hubId)) {
      throw DomainError.forbidden('Only this hub’s staff may read its applications');
    }
    const statuses = args.status ? [args.status] : APPLICATION_STATES;
    return this.page(args.hubId, statuses, args.first, args.after);
  }

  /**
   * The staff inbox's applications: the open ones (SUBMITTED, UNDER_REVIEW) of these hubs
   * (null: every hub), oldest first, as the hub queue orders them. The caller has decided that
   * the viewer is staff of these hubs.
   */
  inboxQueue(
    hubIds: readonly string[] | null,
    first: number,
    after?: string,
  ): Promise<ConnectionShape<MembershipRow>> {
    return keysetPage({
      order: INBOX,
      first,
      after,
      fetch: (position, limit) => this.memberships.pageInHubs(hubIds, position, limit),
      count: () => this.inboxCount(hubIds),
    });
  }

  inboxCount(hubIds: readonly string[] | null): Promise<number> {
    return this.memberships.countInHubs(hubIds);
  }

  /**
   * Active members (APPROVED) and open applications (SUBMITTED, UNDER_REVIEW) per hub: the one
   * definition behind Hub.stats and parkStats.
   */
  hubFigures(hubIds: readonly string[]) {
    return this.memberships.hubFigures(hubIds);
  }

  /** Whether the stakeholder is an APPROVED member of the hub: what bookings and proposals ask. */
  isApprovedMember(stakeholderId: string, hubId: string): Promise<boolean> {
    return this.memberships.isApproved(stakeholderId, hubId);
  }

  /** A hub's APPROVED members, longest-standing first. */
  members(hubId: string, first: number, after?: string): Promise<ConnectionShape<MembershipRow>> {
    return this.page(hubId, [MembershipStatus.APPROVED], first, after);
  }

  private page(
    hubId: string,
    statuses: MembershipStatus[],
    first: number,
    after?: string,
  ): Promise<ConnectionShape<MembershipRow>> {
    return keysetPage({
      order: QUEUE,
      first,
      after,
      fetch: (position, limit) =>
        this.memberships.page({ hubId, statuses, after: position, limit }),
      count: () => this.memberships.count(hubId, statuses),
    });
  }

  private async existing(id: string): Promise<MembershipRow> {
    const membership = await this.memberships.findById(id);
    if (!membership) throw DomainError.notFound('Membership');
    return membership;
  }
}

/** Everyone who must hear of a step on a membership, the actor excepted. */
function decisionNotices(
  subject: { stakeholder: string | null; hub: string | null },
  action: MembershipAction,
  recipients: string[],
  actorId: string,
  note?: string,
): Notice[] {
  const params = { ...subject, note: note || null };
  return recipients
    .filter((recipientId) => recipientId !== actorId)
    .map((recipientId) => ({
      recipientId,
      kind: DECISION_KINDS[action],
      params,
    }));
}
