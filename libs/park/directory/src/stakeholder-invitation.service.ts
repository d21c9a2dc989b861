import { Injectable } from '@nestjs/common';
import { IdentityService } from '@park/identity';
import { AuthUser } from '@park/platform/auth';
import {
  Stakeholder as StakeholderRow,
  StakeholderInvitation as InvitationRow,
  StakeholderInvitationStatus,
  TransactionRunner,
  Tx,
} from '@park/platform/database';
import { DomainError, ErrorCode } from '@park/platform/graphql';
import { WorkflowRunner } from '@park/platform/workflow';
import { DirectoryAccess } from './directory-access';
import { StakeholderInvitationRepository } from './stakeholder-invitation.repository';
import { MemberChange } from './stakeholder-people.service';
import { mayManage } from './stakeholder-roles';
import { AddStakeholderMemberArgs } from './stakeholder.input';
import { StakeholderRepository } from './stakeholder.repository';

/** How long an invitation stays open. */
export const INVITATION_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface InvitationChange {
  stakeholder: StakeholderRow;
  invitation: InvitationRow;
}

/**
 * Adding a person to a stakeholder is an invitation they accept (issue 21 item 17). Inviting
 * answers the same whether or not the e-mail has an account, so it tells nothing about the
 * park's accounts; the person, now or once they sign up with it, accepts or declines. Each
 * decision locks the invitation's row: of two at once, one wins and the other is CONFLICT.
 */
@Injectable()
export class StakeholderInvitationService {
  constructor(
    private readonly invitations: StakeholderInvitationRepository,
    private readonly stakeholders: StakeholderRepository,
    private readonly access: DirectoryAccess,
    private readonly identity: IdentityService,
    private readonly transactions: TransactionRunner,
    private readonly workflow: WorkflowRunner,
  ) {}

  /** Owners and admins (an OWNER only by an owner) or park admins invite by e-mail. */
  async invite(viewer: AuthUser, args: AddStakeholderMemberArgs): Promise<InvitationChange> {
    const stakeholder = await this.existing(args.stakeholderId);
    this.access.assertMayGrant(await this.access.rolesFor(viewer), stakeholder.id, args.role);
    const account = await this.identity.findUserByEmail(args.email);
    const invitation = await this.transactions.run(async (tx) => {
      if (await this.invitations.isMember(tx, stakeholder.id, args.email)) {
        throw DomainError.conflict('This person is already one of the stakeholder’s people', {
          fields: ['email'],
        });
      }
      const sent = await this.invitations.create(tx, {
        stakeholderId: stakeholder.id,
        email: args.email,
        role: args.role,
        invitedById: viewer.id,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * DAY_MS),
      });
      await this.record(tx, viewer, sent, 'invite', { email: sent.email });
      if (account && account.id !== viewer.id) {
        await this.workflow.announce(tx, subjectOf(sent), [
          {
            recipientId: account.id,
            kind: 'STAKEHOLDER_INVITATION',
            params: { stakeholder: stakeholder.name, role: sent.role },
          },
        ]);
      }
      return sent;
    });
    return { stakeholder, invitation };
  }

  /** The invitee joins with the invited role, in the same transaction as the decision. */
  async accept(viewer: AuthUser, id: string): Promise<MemberChange> {
    const member = await this.transactions.run(async (tx) => {
      const invitation = await this.lockOpen(tx, id, (row) => this.isInvitee(viewer, row));
      assertVerifiedInvitee(viewer);
      const joined = await this.invitations.join(tx, invitation, viewer.id);
      await this.invitations.decide(tx, id, StakeholderInvitationStatus.ACCEPTED);
      await this.record(tx, viewer, invitation, 'accept', {});
      return joined;
    });
    return { stakeholder: await this.existing(member.stakeholderId), member };
  }

  async decline(viewer: AuthUser, id: string): Promise<InvitationChange> {
    return this.decideAs(
      viewer,
      id,
      StakeholderInvitationStatus.DECLINED,
      'decline',
      (row) => this.isInvitee(viewer, row),
      () => assertVerifiedInvitee(viewer),
    );
  }

  /**
   * Its owners and admins (not an OWNER's invitation, as for sending one) and park admins.
   * Anyone else is NOT_FOUND, the invitee included: they decline it.
   */
  async cancel(viewer: AuthUser, id: string): Promise<InvitationChange> {
    const roles = await this.access.rolesFor(viewer);
    return this.decideAs(
      viewer,
      id,
      StakeholderInvitationStatus.CANCELLED,
      'cancel',
      async (row) => {
        if (!mayManage(roles, row.stakeholderId)) return false;
        this.access.assertMayGrant(roles, row.stakeholderId, row.role);
        return true;
      },
    );
  }

  /** Whether the invitation was sent to the viewer's e-mail. */
  async isInvitee(viewer: AuthUser, invitation: InvitationRow): Promise<boolean> {
    const user = await this.identity.findUser(viewer.id);
    return !!user && user.email.toLowerCase() === invitation.email.toLowerCase();
  }

  private async decideAs(
    viewer: AuthUser,
    id: string,
    status: StakeholderInvitationStatus,
    step: string,
    mayDecide: (row: InvitationRow) => Promise<boolean>,
    assertMayDecideNow: () => void = () => undefined,
  ): Promise<InvitationChange> {
    const invitation = await this.transactions.run(async (tx) => {
      const open = await this.lockOpen(tx, id, mayDecide);
      assertMayDecideNow();
      const decided = await this.invitations.decide(tx, id, status);
      await this.record(tx, viewer, open, step, {});
      return decided;
    });
    return { stakeholder: await this.existing(invitation.stakeholderId), invitation };
  }

  /** Locks the invitation; NOT_FOUND for whoever may not decide it, CONFLICT once it is closed. */
  private async lockOpen(
    tx: Tx,
    id: string,
    mayDecide: (row: InvitationRow) => Promise<boolean>,
  ): Promise<InvitationRow> {
    const invitation = await this.invitations.lock(tx, id);
    if (!invitation || !(await mayDecide(invitation))) {
      throw DomainError.notFound('Invitation');
    }
    if (invitation.status !== StakeholderInvitationStatus.PENDING) {
      throw DomainError.conflict(`This invitation was already ${invitation.status.toLowerCase()}`, {
        status: invitation.status,
      });
    }
    if (invitation.expiresAt.getTime() <= Date.now()) {
      throw DomainError.conflict('This invitation has expired; ask for a new one', {
        status: StakeholderInvitationStatus.EXPIRED,
      });
    }
    return invitation;
  }

  /** Audited on the stakeholder, like the other changes to its people. */
  private record(
    tx: Tx,
    viewer: AuthUser,
    invitation: InvitationRow,
    step: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.workflow.record(
      tx,
      viewer.id,
      `StakeholderInvitation.${step}`,
      { entityType: 'Stakeholder', entityId: invitation.stakeholderId },
      { invitationId: invitation.id, role: invitation.role, ...details },
    );
  }

  private async existing(id: string): Promise<StakeholderRow> {
    const stakeholder = await this.stakeholders.findById(id);
    if (!stakeholder) throw DomainError.notFound('Stakeholder');
    return stakeholder;
  }
}

/**
 * An invitation goes to an e-mail address, so only someone who proved they read it answers it:
 * else anyone could sign up with a colleague's address and join (or refuse) in their name.
 */
function assertVerifiedInvitee(viewer: AuthUser): void {
  if (!viewer.emailVerified) {
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      'Verify your e-mail address first (requestEmailVerification sends a new link), then answer the invitation',
      { reason: 'EMAIL_NOT_VERIFIED' },
    );
  }
}

function subjectOf(invitation: InvitationRow) {
  return { entityType: 'StakeholderInvitation', entityId: invitation.id };
}
