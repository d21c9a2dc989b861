import { Injectable } from '@nestjs/common';
import { AuthUser } from '@park/platform/auth';
import { StakeholderRole, UserRole } from '@park/platform/database';
import { BatchLoad, DomainError } from '@park/platform/graphql';
import { HubRepository } from './hub.repository';

/** Who the viewer is in the directory: park admin, staff of which hubs, member of which stakeholders. */
export interface ViewerRoles {
  isParkAdmin: boolean;
  staffHubIds: Set<string>;
  stakeholderRoles: Map<string, StakeholderRole>;
}

const MANAGING_ROLES = new Set<StakeholderRole>([StakeholderRole.OWNER, StakeholderRole.ADMIN]);

/** The directory's access rules, in one place. */
@Injectable()
export class DirectoryAccess {
  constructor(private readonly hubs: HubRepository) {}

  async rolesFor(viewer: AuthUser): Promise<ViewerRoles> {
    const { staff, stakeholders } = await this.hubs.viewerRoles(viewer.id);
    return {
      isParkAdmin: viewer.role === UserRole.PARK_ADMIN,
      staffHubIds: new Set(staff.map((post) => post.hubId)),
      stakeholderRoles: new Map(stakeholders.map((member) => [member.stakeholderId, member.role])),
    };
  }

  /** For request loaders: one lookup per request, however many stakeholders a page shows. */
  readonly rolesOf: BatchLoad<AuthUser, ViewerRoles> = (viewers) =>
    Promise.all(viewers.map((viewer) => this.rolesFor(viewer)));

  isStaff(roles: ViewerRoles): boolean {
    return roles.isParkAdmin || roles.staffHubIds.size > 0;
  }

  /** Park staff and the stakeholder's own people see its contact email. */
  maySeeContact(roles: ViewerRoles, stakeholderId: string): boolean {
    return this.isStaff(roles) || roles.stakeholderRoles.has(stakeholderId);
  }

  assertMayManage(roles: ViewerRoles, stakeholderId: string): void {
    const role = roles.stakeholderRoles.get(stakeholderId);
    if (roles.isParkAdmin || (role && MANAGING_ROLES.has(role))) return;
    throw DomainError.forbidden('Only the stakeholder’s owners and admins may do this');
  }

  /** Only an owner (or a park admin) may make someone else an owner. */
  assertMayGrant(roles: ViewerRoles, stakeholderId: string, role: StakeholderRole): void {
    this.assertMayManage(roles, stakeholderId);
    const own = roles.stakeholderRoles.get(stakeholderId);
    if (role === StakeholderRole.OWNER && !roles.isParkAdmin && own !== StakeholderRole.OWNER) {
      throw DomainError.forbidden('Only an owner may add another owner');
    }
  }

  assertParkAdmin(viewer: AuthUser): void {
    if (viewer.role !== UserRole.PARK_ADMIN) {
      throw DomainError.forbidden('Only a park admin may do this');
    }
  }
}
