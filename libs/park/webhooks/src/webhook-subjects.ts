import { Injectable } from '@nestjs/common';
import { Tx } from '@park/platform/database';
import { Subject } from '@park/platform/workflow';

/** A JSON object as it goes into a payload: strings, numbers, booleans, null, arrays, objects. */
export type Snapshot = { [field: string]: unknown };

/**
 * What a context hands the webhooks about one of its entities (`data.entity`, docs/webhooks.md):
 * the entity as every webhook that hears of its steps may see it. Read in the step's own
 * transaction, in one statement; null if there is no such entity.
 */
export interface WebhookSubject {
  snapshot(tx: Tx, entityId: string): Promise<Snapshot | null>;
}

/**
 * The snapshot readers, one per entityType. Each context registers its own (at module init),
 * so the webhooks lib reads no other context's tables and a new workflow brings its reader.
 */
@Injectable()
export class WebhookSubjects {
  private readonly readers = new Map<string, WebhookSubject>();

  register(entityType: string, reader: WebhookSubject): void {
    this.readers.set(entityType, reader);
  }

  /** Null for a type no context has registered (its payload says only ids and states). */
  async snapshot(tx: Tx, subject: Subject): Promise<Snapshot | null> {
    const reader = this.readers.get(subject.entityType);
    return reader ? reader.snapshot(tx, subject.entityId) : null;
  }
}
