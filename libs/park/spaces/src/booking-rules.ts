import { Injectable } from '@nestjs/common';
import { DirectoryAccess, DirectoryLoaders, ViewerRoles } from '@park/directory';
import { MembershipService } from '@park/membership';
import { AuthUser } from '@park/platform/auth';
import { DomainError } from '@park/platform/graphql';
import { BookingContext, policyViolations, PolicyViolation } from './booking-policy';
import { BookingRepository, WeekOfStakeholder } from './booking.repository';
import { seoulWeekStart } from './opening-hours';
import { SpaceWithHours } from './space.repository';

export interface Occurrence {
  startsAt: Date;
  endsAt: Date;
  attendees: number;
}

/** Who is booking, in the eyes of the space's policy: staff, member, a stakeholder's quota. */
@Injectable()
export class BookingRules {
  constructor(
    private readonly access: DirectoryAccess,
    private readonly memberships: MembershipService,
    private readonly bookings: BookingRepository,
    private readonly directory: DirectoryLoaders,
  ) {}

  /**
   * Who books, and which stakeholder's weekly quota the booking counts against: the one booked
   * for, or, when the caller's own membership is what opens a member-only space with a quota,
   * the caller's member stakeholder of the hub (they must name it if they have several).
   * The hub's staff may name any stakeholder.
   */
  async bookerOf(viewer: AuthUser, space: SpaceWithHours, stakeholderId?: string) {
    const roles = await this.access.rolesFor(viewer);
    const isStaff = roles.isParkAdmin || roles.staffHubIds.has(space.hubId);
    if (stakeholderId) {
      // The hub's staff book for any stakeholder (at the front desk, on the phone); others
      // only for the stakeholders they belong to.
      if (!roles.stakeholderRoles.has(stakeholderId)) {
        if (!isStaff) {
          throw DomainError.forbidden('You may book only for stakeholders you belong to');
        }
        const [found] = await this.directory.stakeholderById([stakeholderId]);
        if (!found) {
          throw DomainError.badInput([{ field: 'stakeholderId', message: 'no such stakeholder' }]);
        }
      }
      const isMember = await this.memberships.isApprovedMember(stakeholderId, space.hubId);
      return { roles, isStaff, isMember, stakeholderId };
    }
    const isMember = roles.memberHubIds.has(space.hubId);
    const membershipOpensIt = space.memberOnly && isMember && !isStaff;
    if (!membershipOpensIt || space.weeklyQuotaHours === null) {
      return { roles, isStaff, isMember, stakeholderId: undefined };
    }
    return { roles, isStaff, isMember, stakeholderId: await this.memberOf(roles, space.hubId) };
  }

  /** The caller's one stakeholder with an APPROVED membership of the hub. */
  private async memberOf(roles: ViewerRoles, hubId: string): Promise<string> {
    const members: string[] = [];
    for (const id of roles.stakeholderRoles.keys()) {
      if (await this.memberships.isApprovedMember(id, hubId)) members.push(id);
    }
    if (members.length !== 1) {
      throw DomainError.badInput([
        {
          field: 'stakeholderId',
          message:
            'is required: you belong to several member stakeholders of this hub, and the weekly quota counts against the one you book for',
        },
      ]);
    }
    return members[0];
  }

  /** Every policy breach of one occurrence, the stakeholder's weekly quota included. */
  async violations(
    space: SpaceWithHours,
    occurrence: Occurrence,
    booker: { isStaff: boolean; isMember: boolean },
    stakeholderId: string | undefined,
    now: Date,
  ): Promise<PolicyViolation[]> {
    const context: BookingContext = { now, isStaff: booker.isStaff, isMember: booker.isMember };
    if (stakeholderId && space.weeklyQuotaHours !== null) {
      const [hours] = await this.bookings.weeklyHours([
        weekOf(stakeholderId, space.hubId, occurrence.startsAt),
      ]);
      context.bookedHoursThisWeek = hours;
    }
    return policyViolations(space, occurrence, context);
  }
}

/** The quota week a booking starting at `startsAt` counts in. */
export function weekOf(stakeholderId: string, hubId: string, startsAt: Date): WeekOfStakeholder {
  return { stakeholderId, hubId, weekStart: new Date(seoulWeekStart(startsAt.getTime())) };
}

export type { ViewerRoles };
