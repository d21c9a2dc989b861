import { Injectable } from '@nestjs/common';
import { DirectoryAccess, DirectoryLoaders, HubService, ViewerRoles } from '@park/directory';
import { AuthUser } from '@park/platform/auth';
import { Partnership as PartnershipRow, TransactionRunner } from '@park/platform/database';
import {
  byTimeThenId,
  ConnectionShape,
  DomainError,
  keysetPage,
  RequestLoaders,
} from '@park/platform/graphql';
import { WorkflowRunner } from '@park/platform/workflow';
import { isParticipant, maySee, partnershipRoles, visibilityFor } from './partnership-access';
import { Audience, proposalNotices, stepNotices, Subject } from './partnership-notices';
import { parkToday, proposalProblems, toDateColumn } from './partnership-rules';
import { PartnershipAction, partnershipFlow } from './partnership.flow';
import { PartnershipsArgs, ProposePartnershipInput } from './partnership.input';
import { PartnershipRepository } from './partnership.repository';

const NEWEST = byTimeThenId<PartnershipRow>('partnerships:newest', (row) => row.createdAt);
const INBOX = byTimeThenId<PartnershipRow>('partnerships:inbox', (row) => row.createdAt);

type Parties = Pick<PartnershipRow, 'proposerId' | 'partnerId' | 'hubId'>;

/** Partnerships: proposals between stakeholders, the partner's answer and the hub's review. */
@Injectable()
export class PartnershipService {
  constructor(
    private readonly partnerships: PartnershipRepository,
    private readonly access: DirectoryAccess,
    private readonly directory: DirectoryLoaders,
    private readonly hubs: HubService,
    private readonly workflow: WorkflowRunner,
    private readonly transactions: TransactionRunner,
  ) {}

  /** An OWNER or ADMIN of the proposer invites another stakeholder; the hub's staff will review. */
  async propose(viewer: AuthUser, input: ProposePartnershipInput): Promise<PartnershipRow> {
    const problems = proposalProblems(input, parkToday());
    if (problems.length) throw DomainError.badInput(problems);
    const [hub, [proposer, partner], roles] = await Promise.all([
      this.hubs.find({ id: input.hubId }),
      this.directory.stakeholderById([input.proposerId, input.partnerId]),
      this.access.rolesFor(viewer),
    ]);
    if (!hub) throw DomainError.notFound('Hub');
    if (!proposer) throw DomainError.notFound('Proposing stakeholder');
    if (!partner) throw DomainError.notFound('Partner stakeholder');
    if (!partnershipRoles(roles, input).includes('PROPOSER')) {
      throw DomainError.forbidden(
        'Only the proposing stakeholder’s owners and admins may propose a partnership for it',
      );
    }
    const audience = await this.audience(input);
    const subject = { title: input.title, proposer: proposer.name, partner: partner.name };
    return this.transactions.run(async (tx) => {
      const partnership = await this.partnerships.create(tx, {
        proposerId: input.proposerId,
        partnerId: input.partnerId,
        hubId: input.hubId,
        kind: input.kind,
        title: input.title,
        summary: input.summary,
        policyAreas: input.policyAreas,
        startsOn: toDateColumn(input.startsOn),
        endsOn: input.endsOn ? toDateColumn(input.endsOn) : null,
        proposedById: viewer.id,
        dataSharing: input.dataSharing ? { ...input.dataSharing } : null,
      });
      await this.workflow.start(
        tx,
        partnershipFlow.entityType,
        partnership.id,
        partnership.status,
        viewer.id,
        proposalNotices({ ...subject, hub: hub.name }, input.kind, audience, viewer.id),
        [partnership.proposerId, partnership.partnerId],
      );
      return partnership;
    });
  }

  /** Every answer, review and ending goes through here; the flow table says who may do what. */
  async act(
    viewer: AuthUser,
    id: string,
    action: PartnershipAction,
    note?: string,
  ): Promise<PartnershipRow> {
    const partnership = await this.existing(id);
    const viewerRoles = await this.access.rolesFor(viewer);
    // What `partnership(id)` would not show, a mutation does not confirm exists either.
    if (!maySee(viewerRoles, partnership)) throw DomainError.notFound('Partnership');
    const roles = partnershipRoles(viewerRoles, partnership);
    // Refuse before reading whom to tell; the runner checks again inside the transaction.
    partnershipFlow.resolve(partnership.status, action, roles);
    const [audience, subject] = await Promise.all([
      this.audience(partnership),
      this.subject(partnership),
    ]);
    await this.transactions.run((tx) =>
      this.workflow.apply(tx, partnershipFlow, {
        entityId: id,
        state: partnership.status,
        action,
        actor: { id: viewer.id, roles },
        note,
        move: (client, from, to) => this.partnerships.move(client, id, from, to),
        notify: () => stepNotices(action, subject, audience, viewer.id, note),
        stakeholderIds: [partnership.proposerId, partnership.partnerId],
      }),
    );
    return this.existing(id);
  }

  /**
   * NOT_FOUND as well when the viewer may not see it: a proposal's existence is private. Roles
   * come through the request's loaders, so the fields that check them again cost no query.
   */
  async find(
    viewer: AuthUser | null,
    id: string,
    loaders: RequestLoaders,
  ): Promise<PartnershipRow | null> {
    const roles = viewer ? await loaders.get(this.access.rolesOf).load(viewer) : null;
    const partnership = await this.partnerships.findById(id);
    return partnership && maySee(roles, partnership) ? partnership : null;
  }

  /** The partnership if the viewer takes part in it: only they read its history and thread. */
  async takenPartIn(
    viewer: AuthUser | undefined,
    id: string,
    loaders: RequestLoaders,
  ): Promise<PartnershipRow | null> {
    if (!viewer) return null;
    const [roles, partnership] = await Promise.all([
      loaders.get(this.access.rolesOf).load(viewer),
      this.partnerships.findById(id),
    ]);
    return partnership && isParticipant(roles, partnership) ? partnership : null;
  }

  /** Newest first; the public ones, plus the viewer's own (everything for park admins). */
  list(
    roles: ViewerRoles | null,
    args: PartnershipsArgs,
  ): Promise<ConnectionShape<PartnershipRow>> {
    const where = this.partnerships.listWhere(args.filter ?? {}, visibilityFor(roles));
    return keysetPage({
      order: NEWEST,
      first: args.first,
      after: args.after,
      fetch: (position, limit) => this.partnerships.page(where, position, limit),
      count: () => this.partnerships.count(where),
    });
  }

  /**
   * The staff inbox's partnerships: AGREED ones waiting for the park's review in these hubs
   * (null: every hub), oldest first. The caller has decided that the viewer is staff of these
   * hubs (who see them all: isParticipant).
   */
  inboxQueue(
    hubIds: readonly string[] | null,
    first: number,
    after?: string,
  ): Promise<ConnectionShape<PartnershipRow>> {
    return keysetPage({
      order: INBOX,
      first,
      after,
      fetch: (position, limit) => this.partnerships.agreedPageInHubs(hubIds, position, limit),
      count: () => this.inboxCount(hubIds),
    });
  }

  inboxCount(hubIds: readonly string[] | null): Promise<number> {
    return this.partnerships.agreedCountInHubs(hubIds);
  }

  private async existing(id: string): Promise<PartnershipRow> {
    const partnership = await this.partnerships.findById(id);
    if (!partnership) throw DomainError.notFound('Partnership');
    return partnership;
  }

  private async audience(parties: Parties): Promise<Audience> {
    const [proposerManagers, partnerManagers, hubStaff] = await Promise.all([
      this.access.stakeholderManagerIds(parties.proposerId),
      this.access.stakeholderManagerIds(parties.partnerId),
      this.access.hubStaffIds(parties.hubId),
    ]);
    return { proposerManagers, partnerManagers, hubStaff };
  }

  private async subject(partnership: PartnershipRow): Promise<Subject> {
    const [[proposer, partner], [hub]] = await Promise.all([
      this.directory.stakeholderById([partnership.proposerId, partnership.partnerId]),
      this.directory.hubById([partnership.hubId]),
    ]);
    return {
      title: partnership.title,
      proposer: proposer?.name ?? 'The proposer',
      partner: partner?.name ?? 'the partner',
      hub: hub?.name ?? 'the hub',
    };
  }

  /** parkStats' partnershipsByKind: ACTIVE ones, as Hub.stats counts them. */
  activeCountByKind() {
    return this.partnerships.activeCountByKind();
  }
}
