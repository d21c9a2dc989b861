import { Injectable } from '@nestjs/common';
import { DirectoryAccess, HubService } from '@park/directory';
import { MembershipService } from '@park/membership';
import { PartnershipService } from '@park/partnership';
import { AuthUser } from '@park/platform/auth';
import { Hub as HubRow } from '@park/platform/database';
import { DomainError, RequestLoaders } from '@park/platform/graphql';
import { BudgetingService, ProjectService } from '@park/project';
import { BookingListService } from '@park/spaces';
import { StaffInbox, StaffInboxCounts } from './staff-inbox.model';

/**
 * The staff inbox: each queue comes from the context that owns it, with that context's order
 * and states. Who may read which hubs is decided once, here; every queue then reads the same
 * hubs. A fixed number of SQL statements: one per queue asked for (and one per count), not
 * per item or hub.
 */
@Injectable()
export class StaffInboxService {
  constructor(
    private readonly access: DirectoryAccess,
    private readonly hubs: HubService,
    readonly memberships: MembershipService,
    readonly bookings: BookingListService,
    readonly partnerships: PartnershipService,
    readonly projects: ProjectService,
    readonly rounds: BudgetingService,
  ) {}

  /** Hub staff: their hubs (or one of them); park admins: every hub (or one); others: FORBIDDEN. */
  async open(viewer: AuthUser, hubId: string | undefined, loaders: RequestLoaders) {
    const roles = await loaders.get(this.access.rolesOf).load(viewer);
    if (!this.access.isStaff(roles)) {
      throw DomainError.forbidden('Only park and hub staff have an inbox');
    }
    if (!hubId) {
      return inbox(null, roles.isParkAdmin ? null : [...roles.staffHubIds].sort());
    }
    if (roles.staffHubIds.has(hubId)) return inbox(hubId, [hubId]);
    if (!roles.isParkAdmin) throw DomainError.forbidden('Only this hub’s staff may read its inbox');
    if (!(await this.hubs.find({ id: hubId }))) throw DomainError.notFound('Hub');
    return inbox(hubId, [hubId]);
  }

  /** The hubs an inbox reads, by name. */
  async hubsOf({ scope }: StaffInbox): Promise<HubRow[]> {
    const all = await this.hubs.all();
    return scope ? all.filter((hub) => scope.includes(hub.id)) : all;
  }

  async counts({ scope }: StaffInbox): Promise<StaffInboxCounts> {
    const [applications, bookings, partnerships, projects, budgetRounds] = await Promise.all([
      this.memberships.inboxCount(scope),
      this.bookings.inboxCount(scope),
      this.partnerships.inboxCount(scope),
      this.projects.inboxCount(scope),
      this.rounds.inboxCount(scope),
    ]);
    const total = applications + bookings + partnerships + projects + budgetRounds;
    return { applications, bookings, partnerships, projects, budgetRounds, total };
  }
}

function inbox(hubId: string | null, scope: string[] | null): StaffInbox {
  return { hubId, scope };
}
