import { Injectable, OnModuleInit } from '@nestjs/common';
import { Tx } from '@park/platform/workflow';
import { Snapshot, WebhookSubject, WebhookSubjects } from '@park/webhooks';
import { bookingFlow } from './booking.flow';
import { BookingRepository } from './booking.repository';

/** `data.entity` of a booking's webhook events (docs/webhooks.md): not who booked, nor why. */
@Injectable()
export class BookingWebhookSubject implements WebhookSubject, OnModuleInit {
  constructor(
    private readonly subjects: WebhookSubjects,
    private readonly bookings: BookingRepository,
  ) {}

  onModuleInit(): void {
    this.subjects.register(bookingFlow.entityType, this);
  }

  async snapshot(tx: Tx, id: string): Promise<Snapshot | null> {
    const row = await this.bookings.snapshot(tx, id);
    return (
      row && {
        id: row.id,
        space: row.space,
        hub: row.hub,
        stakeholder: row.stakeholder,
        startsAt: row.startsAt.toISOString(),
        endsAt: row.endsAt.toISOString(),
        status: row.status,
        createdAt: row.createdAt.toISOString(),
      }
    );
  }
}
