import { Injectable } from '@nestjs/common';
import { AuthUser } from '@park/platform/auth';
import { StakeholderRole, UserRole } from '@park/platform/database';
import { BatchLoad, DomainError } from '@park/platform/graphql';
import { HubRepository } from './hub.repository';
import { actsFor, mayGrant, mayManage } from './stakeholder-roles';

/** Who the viewer is in the park: admin, staff of which hubs, in which stakeholders and hubs. */
export interface ViewerRoles {
  isParkAdmin: boolean;
  staffHubIds: Set<string>;
  stakeholderRoles: Map<string, StakeholderRole>;
  /** Hubs where one of the viewer's stakeholders is an APPROVED member. */
  memberHubIds: Set<string>;
}

/** The directory's access rules, in one place. */
@Injectable()
export class DirectoryAccess {
  constructor(private readonly hubs: HubRepository) {}

  async rolesFor(viewer: AuthUser): Promise<ViewerRoles> {
    const rows = await this.hubs.viewerRoles(viewer.id);
    const ids = (kind: string) => rows.filter((row) => row.kind === kind);
    return {
      isParkAdmin: viewer.role === UserRole.PARK_ADMIN,
      staffHubIds: new Set(ids('staff').map((row) => row.id)),
      stakeholderRoles: new Map(
        ids('stakeholder').map((row) => [row.id, row.role as StakeholderRole]),
      ),
      memberHubIds: new Set(ids('hub').map((row) => row.id)),
    };
  }

  hubStaffIds(hubId: string): Promise<string[]> {
    return this.hubs.staffIds(hubId);
  }

  stakeholderManagerIds(stakeholderId: string): Promise<string[]> {
    return this.hubs.managerIds(stakeholderId);
  }

  /** For request loaders: one lookup per request, however many stakeholders a page shows. */
  readonly rolesOf: BatchLoad<AuthUser, ViewerRoles> = (viewers) =>
    Promise.all(viewers.map((viewer) => this.rolesFor(viewer)));

  isStaff(roles: ViewerRoles): boolean {
    return roles.isParkAdmin || roles.staffHubIds.size > 0;
  }

  /**
   * Park staff, the stakeholder's own people, and fellow members of a hub it belongs to see its
   * contact email. `memberOf` lists the hubs where the stakeholder's membership is APPROVED.
   */
  maySeeContact(roles: ViewerRoles, stakeholderId: string, memberOf: string[] = []): boolean {
    return (
      this.isStaff(roles) ||
      roles.stakeholderRoles.has(stakeholderId) ||
      memberOf.some((hubId) => roles.memberHubIds.has(hubId))
    );
  }

  assertMayManage(roles: ViewerRoles, stakeholderId: string): void {
    if (mayManage(roles, stakeholderId)) return;
    throw DomainError.forbidden('Only the stakeholder’s owners and admins may do this');
  }

  /** Applies, proposes partnerships and projects for it: its owners and admins only. */
  assertActsFor(roles: ViewerRoles, stakeholderId: string, message: string): void {
    if (!actsFor(roles.stakeholderRoles.get(stakeholderId))) throw DomainError.forbidden(message);
  }

  /** Only an owner (or a park admin) may make someone else an owner. */
  assertMayGrant(roles: ViewerRoles, stakeholderId: string, role: StakeholderRole): void {
    this.assertMayManage(roles, stakeholderId);
    if (!mayGrant(roles, stakeholderId, role)) {
      throw DomainError.forbidden('Only an owner may add another owner');
    }
  }

  assertParkAdmin(viewer: AuthUser): void {
    if (viewer.role !== UserRole.PARK_ADMIN) {
      throw DomainError.forbidden('Only a park admin may do this');
    }
  }
}
