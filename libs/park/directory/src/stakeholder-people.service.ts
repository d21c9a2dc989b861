import { Injectable } from '@nestjs/common';
import { AuthUser } from '@park/platform/auth';
import {
  NotificationKind,
  Stakeholder as StakeholderRow,
  StakeholderMember as StakeholderMemberRow,
  StakeholderRole,
  TransactionRunner,
  Tx,
} from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { WorkflowRunner } from '@park/platform/workflow';
import { DirectoryAccess } from './directory-access';
import {
  ChangeStakeholderMemberRoleArgs,
  StakeholderIdArgs,
  StakeholderPersonArgs,
} from './stakeholder-people.input';
import { assertKeepsAnOwner, assertMayChange, PeopleActor } from './stakeholder-people-rules';
import { StakeholderRepository } from './stakeholder.repository';

export interface MemberChange {
  stakeholder: StakeholderRow;
  member: StakeholderMemberRow;
}

/**
 * A stakeholder's people: removing, changing roles, leaving, handing over ownership (adding is
 * an invitation: stakeholder-invitation.service.ts).
 * Each change is one transaction with its audit row and notice; a stakeholder always keeps an
 * OWNER (checked here for a clear error, guarded by the database against races).
 */
@Injectable()
export class StakeholderPeopleService {
  constructor(
    private readonly stakeholders: StakeholderRepository,
    private readonly access: DirectoryAccess,
    private readonly transactions: TransactionRunner,
    private readonly workflow: WorkflowRunner,
  ) {}

  async remove(viewer: AuthUser, { stakeholderId, userId }: StakeholderPersonArgs) {
    if (userId === viewer.id) return this.leave(viewer, { stakeholderId });
    const [stakeholder, actor] = await this.prepare(viewer, stakeholderId);
    return this.change(stakeholder, userId, 'userId', async (tx, target, owners) => {
      assertMayChange(actor, target.role);
      assertKeepsAnOwner(owners, target.role, null, 'userId');
      const removed = await this.stakeholders.removeMember(tx, stakeholder.id, userId);
      await this.record(tx, viewer, stakeholder, 'StakeholderMember.remove', removed, {
        role: removed.role,
      });
      await this.tell(tx, stakeholder, userId, 'STAKEHOLDER_MEMBER_REMOVED');
      return removed;
    });
  }

  async changeRole(viewer: AuthUser, args: ChangeStakeholderMemberRoleArgs) {
    const { stakeholderId, userId, role } = args;
    const [stakeholder, actor] = await this.prepare(viewer, stakeholderId);
    return this.change(stakeholder, userId, 'userId', async (tx, target, owners) => {
      assertMayChange(actor, target.role, role);
      if (target.role === role) return target;
      assertKeepsAnOwner(owners, target.role, role, 'role');
      const changed = await this.stakeholders.setMemberRole(tx, stakeholder.id, userId, role);
      await this.record(tx, viewer, stakeholder, 'StakeholderMember.changeRole', changed, {
        from: target.role,
        to: role,
      });
      if (userId !== viewer.id) {
        await this.tell(tx, stakeholder, userId, 'STAKEHOLDER_ROLE_CHANGED', { role });
      }
      return changed;
    });
  }

  /** Anyone may leave a stakeholder, except its last owner (who hands over first). */
  async leave(viewer: AuthUser, { stakeholderId }: StakeholderIdArgs) {
    const stakeholder = await this.existing(stakeholderId);
    return this.change(stakeholder, viewer.id, 'stakeholderId', async (tx, target, owners) => {
      assertKeepsAnOwner(owners, target.role, null, 'stakeholderId');
      const left = await this.stakeholders.removeMember(tx, stakeholder.id, viewer.id);
      await this.record(tx, viewer, stakeholder, 'StakeholderMember.leave', left, {
        role: left.role,
      });
      return left;
    });
  }

  /** An owner makes another of its people an owner and becomes an admin, in one step. */
  async transferOwnership(viewer: AuthUser, { stakeholderId, userId }: StakeholderPersonArgs) {
    const [stakeholder, actor] = await this.prepare(viewer, stakeholderId);
    if (actor.role !== StakeholderRole.OWNER) {
      throw DomainError.forbidden('Only an owner may hand over ownership');
    }
    if (userId === viewer.id) {
      throw DomainError.badInput([{ field: 'userId', message: 'must be someone else' }]);
    }
    return this.change(stakeholder, userId, 'userId', async (tx) => {
      // The new owner first: the database then never sees the stakeholder without one.
      const owner = await this.stakeholders.setMemberRole(
        tx,
        stakeholder.id,
        userId,
        StakeholderRole.OWNER,
      );
      await this.stakeholders.setMemberRole(tx, stakeholder.id, viewer.id, StakeholderRole.ADMIN);
      await this.record(tx, viewer, stakeholder, 'Stakeholder.transferOwnership', owner, {});
      await this.tell(tx, stakeholder, userId, 'STAKEHOLDER_ROLE_CHANGED', {
        role: StakeholderRole.OWNER,
      });
      return owner;
    });
  }

  private async prepare(
    viewer: AuthUser,
    stakeholderId: string,
  ): Promise<[StakeholderRow, PeopleActor]> {
    const [stakeholder, roles] = await Promise.all([
      this.existing(stakeholderId),
      this.access.rolesFor(viewer),
    ]);
    return [
      stakeholder,
      { isParkAdmin: roles.isParkAdmin, role: roles.stakeholderRoles.get(stakeholderId) },
    ];
  }

  /** Reads the people inside the transaction, finds the target, applies `work`. */
  private async change(
    stakeholder: StakeholderRow,
    userId: string,
    field: string,
    work: (tx: Tx, target: StakeholderMemberRow, owners: number) => Promise<StakeholderMemberRow>,
  ): Promise<MemberChange> {
    const member = await this.transactions.run(async (tx) => {
      const people = await this.stakeholders.membersIn(tx, stakeholder.id);
      const target = people.find((person) => person.userId === userId);
      if (!target) {
        throw field === 'stakeholderId'
          ? DomainError.notFound('Your place among the stakeholder’s people')
          : DomainError.notFound('Member');
      }
      const owners = people.filter((person) => person.role === StakeholderRole.OWNER).length;
      return work(tx, target, owners);
    });
    return { stakeholder: await this.existing(stakeholder.id), member };
  }

  private record(
    tx: Tx,
    viewer: AuthUser,
    stakeholder: StakeholderRow,
    action: string,
    member: StakeholderMemberRow,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.workflow.record(
      tx,
      viewer.id,
      action,
      { entityType: 'Stakeholder', entityId: stakeholder.id },
      { userId: member.userId, ...details },
    );
  }

  private tell(
    tx: Tx,
    stakeholder: StakeholderRow,
    recipientId: string,
    kind: NotificationKind,
    params: Record<string, string> = {},
  ): Promise<void> {
    return this.workflow.announce(tx, { entityType: 'Stakeholder', entityId: stakeholder.id }, [
      { recipientId, kind, params: { stakeholder: stakeholder.name, ...params } },
    ]);
  }

  private async existing(id: string): Promise<StakeholderRow> {
    const stakeholder = await this.stakeholders.findById(id);
    if (!stakeholder) throw DomainError.notFound('Stakeholder');
    return stakeholder;
  }
}
