import { Injectable } from '@nestjs/common';
import { DirectoryAccess, HubService } from '@park/directory';
import { AuthUser } from '@park/platform/auth';
import { isUniqueViolation, Space as SpaceRow, TransactionRunner } from '@park/platform/database';
import { DomainError } from '@park/platform/graphql';
import { WorkflowRunner } from '@park/platform/workflow';
import { BookingRepository } from './booking.repository';
import { openIntervals, parseClock, subtract, WeeklyHours } from './opening-hours';
import {
  CreateSpaceInput,
  OpeningHoursInput,
  SpacePolicyInput,
  UpdateSpaceArgs,
} from './space.input';
import { TimeSlot } from './space.model';
import { SpaceRepository } from './space.repository';

const MINUTE_MS = 60 * 1000;
const MAX_RANGE_DAYS = 62;

function weeklyHours(hours: OpeningHoursInput[]): WeeklyHours[] {
  return hours.map((h, index) => {
    const opensMinute = parseClock(h.opens) as number;
    const closesMinute = parseClock(h.closes) as number;
    if (closesMinute <= opensMinute) {
      throw DomainError.badInput([
        { field: `openingHours[${index}].closes`, message: 'must be after opens' },
      ]);
    }
    return { weekday: h.weekday, opensMinute, closesMinute };
  });
}

function policyColumns(policy: SpacePolicyInput | undefined) {
  const p = policy ?? new SpacePolicyInput();
  return { ...p, weeklyQuotaHours: p.weeklyQuotaHours ?? null };
}

/** Checks a [from, to) range a client asked for. */
export function assertRange(from: Date, to: Date, maxDays = MAX_RANGE_DAYS): void {
  if (to <= from) throw DomainError.badInput([{ field: 'to', message: 'must be after from' }]);
  if (to.getTime() - from.getTime() > maxDays * 24 * 60 * MINUTE_MS) {
    throw DomainError.badInput([
      { field: 'to', message: `must be at most ${maxDays} days after from` },
    ]);
  }
}

/** The hubs' spaces: managed by their staff, free time for everyone, calendars for staff. */
@Injectable()
export class SpaceService {
  constructor(
    private readonly spaces: SpaceRepository,
    private readonly bookings: BookingRepository,
    private readonly access: DirectoryAccess,
    private readonly hubs: HubService,
    private readonly workflow: WorkflowRunner,
    private readonly transactions: TransactionRunner,
  ) {}

  async create(viewer: AuthUser, input: CreateSpaceInput): Promise<SpaceRow> {
    if (!(await this.hubs.find({ id: input.hubId }))) throw DomainError.notFound('Hub');
    await this.assertStaff(viewer, input.hubId);
    const hours = weeklyHours(input.openingHours);
    const { openingHours: _hours, policy, ...space } = input;
    return this.transactions.run(async (tx) => {
      const created = await this.guardName(() =>
        this.spaces.create(tx, { ...space, ...policyColumns(policy) }, hours),
      );
      await this.workflow.record(tx, viewer.id, 'Space.create', {
        entityType: 'Space',
        entityId: created.id,
      });
      return created;
    });
  }

  async update(viewer: AuthUser, { id, input, version }: UpdateSpaceArgs): Promise<SpaceRow> {
    const current = await this.existing(id);
    await this.assertStaff(viewer, current.hubId);
    const hours = input.openingHours ? weeklyHours(input.openingHours) : undefined;
    const { openingHours: _hours, policy, ...fields } = input;
    const data = { ...fields, ...(policy ? policyColumns(policy) : {}) };
    await this.transactions.run(async (tx) => {
      const applied = await this.guardName(() =>
        this.spaces.updateAtVersion(tx, id, version, data, hours),
      );
      if (!applied) {
        throw DomainError.conflict('Someone else changed this space; reload and try again', {
          currentVersion: current.version,
        });
      }
      await this.workflow.record(tx, viewer.id, 'Space.update', {
        entityType: 'Space',
        entityId: id,
      });
    });
    return this.existing(id);
  }

  /** Archived spaces take no new bookings; existing ones stay for the record. */
  async archive(viewer: AuthUser, id: string): Promise<SpaceRow> {
    const current = await this.existing(id);
    await this.assertStaff(viewer, current.hubId);
    if (current.archivedAt) return current;
    await this.transactions.run(async (tx) => {
      await this.spaces.archive(tx, id);
      await this.workflow.record(tx, viewer.id, 'Space.archive', {
        entityType: 'Space',
        entityId: id,
      });
    });
    return this.existing(id);
  }

  /** Free intervals inside opening hours, buffers kept around every live booking. */
  async availability(spaceId: string, from: Date, to: Date): Promise<TimeSlot[]> {
    assertRange(from, to);
    const space = await this.spaces.findById(spaceId);
    if (!space) throw DomainError.notFound('Space');
    if (space.archivedAt) return [];
    const buffer = space.bufferMinutes * MINUTE_MS;
    const taken = await this.bookings.blocking(
      spaceId,
      new Date(from.getTime() - buffer),
      new Date(to.getTime() + buffer),
    );
    const open = openIntervals(space.openingHours, from.getTime(), to.getTime());
    const busy = taken.map((b) => ({
      start: b.startsAt.getTime() - buffer,
      end: b.blockedUntil.getTime(),
    }));
    return subtract(open, busy).map((slot) => ({
      startsAt: new Date(slot.start),
      endsAt: new Date(slot.end),
    }));
  }

  find(id: string): Promise<SpaceRow | null> {
    return this.spaces.findById(id);
  }

  /** availabilityChanged: the space whose time `bookingId` takes, when it is `spaceId`. */
  async spaceOfBooking(bookingId: string, spaceId: string): Promise<SpaceRow | null> {
    const booking = await this.bookings.findById(bookingId);
    return booking?.spaceId === spaceId ? this.spaces.findById(spaceId) : null;
  }

  private async assertStaff(viewer: AuthUser, hubId: string): Promise<void> {
    const roles = await this.access.rolesFor(viewer);
    if (!roles.isParkAdmin && !roles.staffHubIds.has(hubId)) {
      throw DomainError.forbidden('Only this hub’s staff may do this');
    }
  }

  private async existing(id: string): Promise<SpaceRow> {
    const space = await this.spaces.findById(id);
    if (!space) throw DomainError.notFound('Space');
    return space;
  }

  private async guardName<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw DomainError.conflict('The hub already has a space with this name', {
          fields: ['name'],
        });
      }
      throw error;
    }
  }
}
