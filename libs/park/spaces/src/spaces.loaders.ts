import { Injectable } from '@nestjs/common';
import {
  Booking as BookingRow,
  Event as EventRow,
  Rsvp as RsvpRow,
  Space as SpaceRow,
  SpaceOpeningHour as OpeningHourRow,
} from '@park/platform/database';
import { BatchLoad, groupBy } from '@park/platform/graphql';
import { WorkflowHistory } from '@park/platform/workflow';
import { bookingFlow } from './booking.flow';
import { BookingRepository, WeekOfStakeholder } from './booking.repository';
import { EventRepository } from './event.repository';
import { SpaceRepository } from './space.repository';

/** The most a viewer's own list (`me { rsvps }`) holds. */
export const VIEWER_LIST_LIMIT = 100;

export interface RsvpCounts {
  going: number;
  waitlisted: number;
}

/** Batch functions behind the spaces context's relations: one query per relation per request. */
@Injectable()
export class SpacesLoaders {
  constructor(
    private readonly spaces: SpaceRepository,
    private readonly events: EventRepository,
    private readonly bookings: BookingRepository,
    private readonly history: WorkflowHistory,
  ) {}

  /** Bookings and events by id (a notification's subject). */
  readonly bookingById: BatchLoad<string, BookingRow | null> = async (ids) => {
    const byId = new Map((await this.bookings.findByIds(ids)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  };

  readonly eventById: BatchLoad<string, EventRow | null> = async (ids) => {
    const byId = new Map((await this.events.findByIds(ids)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  };

  readonly spaceById: BatchLoad<string, SpaceRow | null> = async (ids) => {
    const byId = new Map((await this.spaces.findByIds(ids)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  };

  readonly spacesByHub: BatchLoad<string, SpaceRow[]> = async (hubIds) =>
    groupBy(hubIds, await this.spaces.ofHubs(hubIds), (space) => space.hubId);

  readonly openingHoursBySpace: BatchLoad<string, OpeningHourRow[]> = async (ids) =>
    groupBy(ids, await this.spaces.openingHoursOf(ids), (hours) => hours.spaceId);

  readonly rsvpCounts: BatchLoad<string, RsvpCounts> = async (eventIds) => {
    const rows = await this.events.counts(eventIds);
    return eventIds.map((eventId) => {
      const of = (status: string) =>
        rows.find((row) => row.eventId === eventId && row.status === status)?._count._all ?? 0;
      return { going: of('GOING'), waitlisted: of('WAITLISTED') };
    });
  };

  /** Keys are `${userId}:${eventId}`: one viewer per request, so one query. */
  readonly myRsvp: BatchLoad<string, RsvpRow | null> = async (keys) => {
    const userId = keys[0].split(':')[0];
    const rows = await this.events.rsvpsOf(
      userId,
      keys.map((key) => key.split(':')[1]),
    );
    return keys.map((key) => rows.find((row) => `${row.userId}:${row.eventId}` === key) ?? null);
  };

  /** Null for an RSVP that is not WAITLISTED. */
  readonly waitlistPlace: BatchLoad<string, number | null> = async (rsvpIds) => {
    const places = await this.events.waitlistPlaces(rsvpIds);
    return rsvpIds.map((id) => places.get(id) ?? null);
  };

  /** Only ever the viewer's own (one key per request): a statement per person is one. */
  readonly upcomingRsvpsByUser: BatchLoad<string, RsvpRow[]> = (userIds) => {
    const now = new Date();
    return Promise.all(
      userIds.map((id) => this.events.upcomingRsvpsOf(id, now, VIEWER_LIST_LIMIT)),
    );
  };

  readonly bookingHistory = this.history.loaderFor(bookingFlow.entityType);

  /** Keys are weekKey(…): the hours each stakeholder's week in a hub already holds. */
  readonly weeklyHours: BatchLoad<string, number> = (keys) =>
    this.bookings.weeklyHours(
      keys.map((key) => {
        const week = JSON.parse(key) as Omit<WeekOfStakeholder, 'weekStart'> & {
          weekStart: string;
        };
        return { ...week, weekStart: new Date(week.weekStart) };
      }),
    );

  /** The event each booking holds, if any. */
  readonly eventByBooking: BatchLoad<string, EventRow | null> = async (ids) => {
    const byBooking = new Map(
      (await this.events.ofBookings(ids)).map((row) => [row.bookingId, row]),
    );
    return ids.map((id) => byBooking.get(id) ?? null);
  };

  /** The seats and waitlist places of each event (GOING first, then the waitlist's order). */
  readonly placesByEvent: BatchLoad<string, RsvpRow[]> = async (ids) =>
    groupBy(ids, await this.events.placesOf(ids), (rsvp) => rsvp.eventId);

  /** Whether each booking holds an event's space. */
  readonly holdsEvent: BatchLoad<string, boolean> = async (ids) => {
    const ofEvents = await this.events.holdingEvents(ids);
    return ids.map((id) => ofEvents.has(id));
  };
}

export type { BookingRow };

/** A WeekOfStakeholder as a DataLoader key (strings cache by value; objects would not). */
export function weekKey(week: WeekOfStakeholder): string {
  return JSON.stringify({ ...week, weekStart: week.weekStart.toISOString() });
}
