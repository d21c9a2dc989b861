import { Injectable } from '@nestjs/common';
import { DirectoryAccess } from '@park/directory';
import { AuthUser } from '@park/platform/auth';
import {
  Booking as BookingRow,
  NotificationKind,
  TransactionRunner,
} from '@park/platform/database';
import { DomainError, ErrorCode } from '@park/platform/graphql';
import { Notice, Tx, WorkflowRunner } from '@park/platform/workflow';
import { randomUUID } from 'node:crypto';
import { BookingAction, bookingFlow, BookingRole } from './booking.flow';
import { BookSeriesInput, BookSpaceInput, SeriesMode } from './booking.input';
import { BookingRepository, OVERLAP_MESSAGE } from './booking.repository';
import { bookingRoles } from './booking-access';
import {
  CHECK_IN_OPENS_MINUTES,
  onTime,
  PolicyViolation,
  quotaViolation,
  shapeViolations,
} from './booking-policy';
import { BookingRules, Occurrence, weekOf } from './booking-rules';
import { EventLifecycle } from './event-lifecycle';
import { SkippedOccurrence } from './space.model';
import { SpaceRepository, SpaceWithHours } from './space.repository';

const MINUTE_MS = 60 * 1000;
const WEEK_MS = 7 * 24 * 60 * MINUTE_MS;

export interface SeriesResult {
  id: string;
  seriesId: string;
  booked: BookingRow[];
  skipped: SkippedOccurrence[];
}

/** Booking spaces: single bookings, weekly series, and what happens to a booking afterwards. */
@Injectable()
export class BookingService {
  constructor(
    private readonly bookings: BookingRepository,
    private readonly spaces: SpaceRepository,
    private readonly rules: BookingRules,
    private readonly access: DirectoryAccess,
    private readonly workflow: WorkflowRunner,
    private readonly transactions: TransactionRunner,
    private readonly eventLife: EventLifecycle,
  ) {}

  async book(viewer: AuthUser, input: BookSpaceInput, now = new Date()): Promise<BookingRow> {
    const space = await this.bookableSpace(input.spaceId);
    const booker = await this.rules.bookerOf(viewer, space, input.stakeholderId);
    const { stakeholderId } = booker;
    const violations = await this.rules.violations(space, input, booker, stakeholderId, now);
    if (violations.length) throw DomainError.badInput(violations);
    const staff = await this.staffToAsk(space, booker.isStaff);
    return this.transactions.run((tx) =>
      this.insert(tx, viewer, space, { ...input, stakeholderId }, booker.isStaff, staff),
    );
  }

  /** Weekly occurrences from `startsAt`; all-or-nothing in one transaction, or those that fit. */
  async bookSeries(
    viewer: AuthUser,
    input: BookSeriesInput,
    now = new Date(),
  ): Promise<SeriesResult> {
    // Every week has the first one's shape: a series that ends before it starts is one mistake.
    const shape = shapeViolations(input);
    if (shape.length) throw DomainError.badInput(shape);
    const space = await this.bookableSpace(input.spaceId);
    const booker = await this.rules.bookerOf(viewer, space, input.stakeholderId);
    const seriesId = randomUUID();
    const occurrences = Array.from({ length: input.occurrences }, (_, week) => ({
      ...input,
      startsAt: new Date(input.startsAt.getTime() + week * WEEK_MS),
      endsAt: new Date(input.endsAt.getTime() + week * WEEK_MS),
    }));
    const { stakeholderId } = booker;
    const problems = await this.problems(space, occurrences, booker, stakeholderId, now);
    const staff = await this.staffToAsk(space, booker.isStaff);
    const book = (tx: Tx, occurrence: Occurrence) =>
      this.insert(
        tx,
        viewer,
        space,
        { ...input, ...occurrence, stakeholderId },
        booker.isStaff,
        staff,
        seriesId,
      );

    if (input.mode === SeriesMode.ALL_OR_NOTHING) {
      if (problems.size) {
        const skipped = [...problems.values()];
        const code = skipped.every((s) => s.code === ErrorCode.CONFLICT)
          ? ErrorCode.CONFLICT
          : ErrorCode.BAD_USER_INPUT;
        throw new DomainError(code, 'Not every week can be booked; nothing was booked', {
          fields: code === ErrorCode.BAD_USER_INPUT ? ['startsAt'] : undefined,
          occurrences: skipped.map(({ startsAt, endsAt, code, reason }) => ({
            startsAt: startsAt.toISOString(),
            endsAt: endsAt.toISOString(),
            code,
            reason,
          })),
        });
      }
      const booked = await this.transactions.run(async (tx) => {
        const made: BookingRow[] = [];
        for (const occurrence of occurrences) made.push(await book(tx, occurrence));
        return made;
      });
      return { id: seriesId, seriesId, booked, skipped: [] };
    }

    const booked: BookingRow[] = [];
    const skipped = [...problems.values()];
    for (const [index, occurrence] of occurrences.entries()) {
      if (problems.has(index)) continue;
      try {
        booked.push(await this.transactions.run((tx) => book(tx, occurrence)));
      } catch (error) {
        // Someone took the slot, or the week's quota, between our check and our write.
        if (!(error instanceof DomainError)) throw error;
        const quota = quotaMessage(error);
        if (error.code === ErrorCode.CONFLICT) {
          skipped.push({ ...occurrence, code: ErrorCode.CONFLICT, reason: error.message });
        } else if (quota) {
          const reason = `stakeholderId: ${quota}`;
          skipped.push({ ...occurrence, code: ErrorCode.BAD_USER_INPUT, reason });
        } else {
          throw error;
        }
      }
    }
    skipped.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    return { id: seriesId, seriesId, booked, skipped };
  }

  /** Every approval, rejection, cancellation and check-in goes through the booking flow. */
  async act(
    viewer: AuthUser,
    id: string,
    action: BookingAction,
    reason?: string,
    now = new Date(),
  ): Promise<BookingRow> {
    const booking = await this.existing(id);
    const space = await this.spaces.findById(booking.spaceId);
    const granted = bookingRoles(
      await this.access.rolesFor(viewer),
      viewer.id,
      booking,
      space?.hubId,
    );
    // Who may, and from which state, before when: a stranger is FORBIDDEN at any hour.
    bookingFlow.resolve(booking.status, action, granted);
    this.assertOnTime(booking, action, now);
    await this.transition(booking, action, { id: viewer.id, roles: granted }, reason, now);
    return this.existing(id);
  }

  /** Marks one overdue booking NO_SHOW; false when it moved meanwhile (checked in, cancelled). */
  async markNoShow(booking: BookingRow, now: Date): Promise<boolean> {
    try {
      await this.transition(booking, 'markNoShow', { id: null, roles: ['SYSTEM'] }, null, now);
      return true;
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.CONFLICT) return false;
      throw error;
    }
  }

  /** Inserts a booking with its first history row; the caller owns the transaction. */
  async insert(
    tx: Tx,
    viewer: AuthUser,
    space: SpaceWithHours,
    input: BookSpaceInput,
    isStaff: boolean,
    staff: string[],
    seriesId?: string,
  ): Promise<BookingRow> {
    if (input.stakeholderId) await this.holdQuota(tx, space, input, input.stakeholderId);
    const status = space.requiresApproval && !isStaff ? 'PENDING' : 'CONFIRMED';
    const booking = await this.bookings.create(tx, {
      spaceId: space.id,
      bookerId: viewer.id,
      stakeholderId: input.stakeholderId ?? null,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      blockedUntil: new Date(input.endsAt.getTime() + space.bufferMinutes * MINUTE_MS),
      purpose: input.purpose,
      attendees: input.attendees,
      status,
      seriesId: seriesId ?? null,
    });
    const params = {
      space: space.name,
      purpose: input.purpose,
      startsAt: input.startsAt.toISOString(),
    };
    // Staff are asked to approve; a booking that needs no one's approval tells its booker it
    // stands (that notice's mail carries it as a calendar invitation).
    const notices: Notice[] =
      status === 'PENDING'
        ? staff.map((recipientId) => ({ recipientId, kind: 'BOOKING_TO_APPROVE' as const, params }))
        : [{ recipientId: viewer.id, kind: 'BOOKING_CONFIRMED' as const, params }];
    await this.workflow.start(tx, bookingFlow.entityType, booking.id, status, viewer.id, notices, [
      ...(booking.stakeholderId ? [booking.stakeholderId] : []),
    ]);
    return booking;
  }

  /**
   * The weekly quota again, inside the transaction and under the lock of the stakeholder's week:
   * concurrent bookings against one week queue here, each counting the ones committed before it.
   */
  private async holdQuota(
    tx: Tx,
    space: SpaceWithHours,
    occurrence: Occurrence,
    stakeholderId: string,
  ): Promise<void> {
    if (space.weeklyQuotaHours === null) return;
    const week = weekOf(stakeholderId, space.hubId, occurrence.startsAt);
    await this.bookings.lockQuotaWeek(tx, week);
    const [booked] = await this.bookings.weeklyHours([week], tx);
    const over = quotaViolation(space.weeklyQuotaHours, booked, occurrence);
    if (over) throw DomainError.badInput([over]);
  }

  async bookableSpace(id: string): Promise<SpaceWithHours> {
    const space = await this.spaces.findById(id);
    if (!space) throw DomainError.notFound('Space');
    if (space.archivedAt) {
      throw DomainError.badInput([{ field: 'spaceId', message: 'the space is archived' }]);
    }
    return space;
  }

  async staffToAsk(space: SpaceWithHours, isStaff: boolean): Promise<string[]> {
    return space.requiresApproval && !isStaff ? this.access.hubStaffIds(space.hubId) : [];
  }

  private async transition(
    booking: BookingRow,
    action: BookingAction,
    actor: { id: string | null; roles: readonly BookingRole[] },
    note: string | null | undefined,
    now: Date,
  ): Promise<void> {
    await this.transactions.run(async (tx) => {
      await this.workflow.apply(tx, bookingFlow, {
        entityId: booking.id,
        state: booking.status,
        action,
        actor,
        note,
        move: (client, from, to) =>
          this.bookings.move(
            client,
            booking.id,
            from,
            to,
            action === 'checkIn' ? { checkedInAt: now } : {},
          ),
        notify: () => bookerNotice(booking, action, actor.id, note),
        stakeholderIds: booking.stakeholderId ? [booking.stakeholderId] : [],
      });
      if (ENDS_ITS_EVENT.includes(action)) {
        await this.eventLife.endWithBooking(tx, booking.id, actor.id, now);
      }
    });
  }

  private assertOnTime(booking: BookingRow, action: BookingAction, now: Date): void {
    if (onTime(action, booking, now)) return;
    const message =
      action === 'checkIn'
        ? `check-in opens ${CHECK_IN_OPENS_MINUTES} minutes before the start and closes at the end`
        : 'a booking may be cancelled only until it ends';
    throw DomainError.badInput([{ field: 'id', message }]);
  }

  /** Policy breaches and overlaps of each occurrence, by index. */
  private async problems(
    space: SpaceWithHours,
    occurrences: Occurrence[],
    booker: { isStaff: boolean; isMember: boolean },
    stakeholderId: string | undefined,
    now: Date,
  ): Promise<Map<number, SkippedOccurrence>> {
    const buffer = space.bufferMinutes * MINUTE_MS;
    const first = occurrences[0].startsAt.getTime() - buffer;
    const last = (occurrences.at(-1) as Occurrence).endsAt.getTime() + buffer;
    const taken = await this.bookings.blocking(space.id, new Date(first), new Date(last));
    const problems = new Map<number, SkippedOccurrence>();
    for (const [index, occurrence] of occurrences.entries()) {
      const violations = await this.rules.violations(space, occurrence, booker, stakeholderId, now);
      const start = occurrence.startsAt.getTime();
      const end = occurrence.endsAt.getTime() + buffer;
      const overlaps = taken.some(
        (b) => b.startsAt.getTime() < end && start < b.blockedUntil.getTime(),
      );
      if (violations.length) {
        const reason = violations.map((v) => `${v.field}: ${v.message}`).join('; ');
        problems.set(index, { ...occurrence, code: ErrorCode.BAD_USER_INPUT, reason });
      } else if (overlaps) {
        problems.set(index, { ...occurrence, code: ErrorCode.CONFLICT, reason: OVERLAP_MESSAGE });
      }
    }
    return problems;
  }

  /** The booking for its booker, its stakeholder's people, the hub's staff and park admins. */
  async visible(viewer: AuthUser, id: string): Promise<BookingRow | null> {
    const booking = await this.bookings.findById(id);
    if (!booking) return null;
    const [shown] = await this.shownTo(viewer, [booking]);
    return shown ?? null;
  }

  /** A weekly series as `bookSpaceSeries` returned it, with the bookings the viewer may see. */
  async series(viewer: AuthUser, seriesId: string): Promise<SeriesResult | null> {
    const booked = await this.shownTo(viewer, await this.bookings.ofSeries(seriesId));
    return booked.length ? { id: seriesId, seriesId, booked, skipped: [] } : null;
  }

  private async shownTo(viewer: AuthUser, bookings: BookingRow[]): Promise<BookingRow[]> {
    if (!bookings.length) return [];
    const roles = await this.access.rolesFor(viewer);
    if (roles.isParkAdmin) return bookings;
    const hubOf = new Map<string, string>();
    for (const spaceId of new Set(bookings.map((booking) => booking.spaceId))) {
      const space = await this.spaces.findById(spaceId);
      if (space) hubOf.set(spaceId, space.hubId);
    }
    return bookings.filter(
      (booking) =>
        booking.bookerId === viewer.id ||
        (booking.stakeholderId !== null && roles.stakeholderRoles.has(booking.stakeholderId)) ||
        roles.staffHubIds.has(hubOf.get(booking.spaceId) ?? ''),
    );
  }

  async existing(id: string): Promise<BookingRow> {
    const booking = await this.bookings.findById(id);
    if (!booking) throw DomainError.notFound('Booking');
    return booking;
  }
}

/** The moves after which the booking's event, if it has one, is off. */
const ENDS_ITS_EVENT: readonly BookingAction[] = ['reject', 'cancel'];

/** The booker's notice of each step others take (words in the notification lib's catalogue). */
const KINDS: Partial<Record<BookingAction, NotificationKind>> = {
  approve: 'BOOKING_APPROVE',
  reject: 'BOOKING_REJECT',
  cancel: 'BOOKING_CANCEL',
  markNoShow: 'BOOKING_NO_SHOW',
};

/** The booker hears of decisions others make about their booking. */
function bookerNotice(
  booking: BookingRow,
  action: BookingAction,
  actorId: string | null,
  note: string | null | undefined,
): Notice[] {
  const kind = KINDS[action];
  if (!kind || actorId === booking.bookerId) return [];
  return [
    {
      recipientId: booking.bookerId,
      kind,
      params: { startsAt: booking.startsAt.toISOString(), note: note || null },
    },
  ];
}

/** The words of holdQuota's refusal (WEEKLY_QUOTA on stakeholderId); null for other errors. */
function quotaMessage(error: DomainError): string | null {
  const violations = (error.details as { violations?: PolicyViolation[] } | undefined)?.violations;
  return violations?.find((v) => v.rule === 'WEEKLY_QUOTA')?.message ?? null;
}
