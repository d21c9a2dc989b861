import { Injectable } from '@nestjs/common';
import { DirectoryAccess, ViewerRoles } from '@park/directory';
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
  ) {}

  async bookerOf(viewer: AuthUser, space: SpaceWithHours, stakeholderId?: string) {
    const roles = await this.access.rolesFor(viewer);
    const isStaff = roles.isParkAdmin || roles.staffHubIds.has(space.hubId);
    let isMember = roles.memberHubIds.has(space.hubId);
    if (stakeholderId) {
      if (!roles.stakeholderRoles.has(stakeholderId)) {
        throw DomainError.forbidden('You may book only for stakeholders you belong to');
      }
      isMember = await this.memberships.isApprovedMember(stakeholderId, space.hubId);
    }
    return { roles, isStaff, isMember };
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
