import { Injectable } from '@nestjs/common';
import {
  Hub as HubRow,
  HubStaff as HubStaffRow,
  Stakeholder as StakeholderRow,
  StakeholderInvitation as InvitationRow,
  StakeholderMember as StakeholderMemberRow,
} from '@park/platform/database';
import { BatchLoad, groupBy } from '@park/platform/graphql';
import { HubRepository } from './hub.repository';
import { StakeholderInvitationRepository } from './stakeholder-invitation.repository';
import { StakeholderRepository } from './stakeholder.repository';

/** Batch functions behind the directory's relations: one query per relation per request. */
@Injectable()
export class DirectoryLoaders {
  constructor(
    private readonly stakeholders: StakeholderRepository,
    private readonly hubs: HubRepository,
    private readonly invitations: StakeholderInvitationRepository,
  ) {}

  readonly stakeholderById: BatchLoad<string, StakeholderRow | null> = async (ids) => {
    const byId = new Map((await this.stakeholders.findByIds(ids)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  };

  readonly membersByStakeholder: BatchLoad<string, StakeholderMemberRow[]> = async (ids) =>
    groupBy(ids, await this.stakeholders.membersOf(ids), (member) => member.stakeholderId);

  /** The stakeholders each person belongs to, with their role: the viewer's own page. */
  readonly seatsByUser: BatchLoad<string, StakeholderMemberRow[]> = async (ids) =>
    groupBy(ids, await this.stakeholders.seatsOf(ids), (seat) => seat.userId);

  /** Each stakeholder's open invitations, for its owners and admins. */
  readonly openInvitationsByStakeholder: BatchLoad<string, InvitationRow[]> = async (ids) =>
    groupBy(ids, await this.invitations.openOf(ids), (row) => row.stakeholderId);

  /** The open invitations to each person's e-mail: the viewer's own. */
  readonly openInvitationsByUser: BatchLoad<string, InvitationRow[]> = async (ids) =>
    groupBy(ids, await this.invitations.openFor(ids), (row) => row.userId);

  readonly invitationById: BatchLoad<string, InvitationRow | null> = async (ids) => {
    const byId = new Map((await this.invitations.findByIds(ids)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  };

  readonly staffPostsByUser: BatchLoad<string, HubStaffRow[]> = async (ids) =>
    groupBy(ids, await this.hubs.postsOf(ids), (post) => post.userId);

  /** Three hubs: loading them all is one tiny query. */
  readonly hubById: BatchLoad<string, HubRow | null> = async (ids) => {
    const byId = new Map((await this.hubs.all()).map((hub) => [hub.id, hub]));
    return ids.map((id) => byId.get(id) ?? null);
  };

  readonly staffByHub: BatchLoad<string, HubStaffRow[]> = async (ids) =>
    groupBy(ids, await this.hubs.staffOf(ids), (post) => post.hubId);
}
