import { Injectable } from '@nestjs/common';
import { Tx } from '@park/platform/database';
import { JobQueue } from '@park/platform/jobs';
import { ChangeFeed, WorkflowChange } from '@park/platform/workflow';
import { randomUUID } from 'node:crypto';
import { Snapshot, WebhookSubjects } from './webhook-subjects';
import { WebhookRepository, WebhookRow } from './webhook.repository';

export const DELIVER_TASK = 'webhook.deliver';

/** The payload of `webhook.deliver`: send what waits for one entity at one webhook, in order. */
export interface DeliverPayload {
  webhookId: string;
  entityId: string;
}

/**
 * The body a receiver gets (docs/webhooks.md): the step, the entity's ids and states, and the
 * entity as it stood after the step (`entity`, its context's snapshot), which every webhook that
 * hears of it may see (a stakeholder's hears only of steps about it). One body per event: nothing
 * private rides along (no notes, comments, data-sharing terms or contact addresses); a receiver
 * reads more through the API with its owner's own access.
 */
export function eventBody(
  eventId: string,
  change: WorkflowChange,
  entity: Snapshot | null,
): string {
  return JSON.stringify({
    id: eventId,
    type: change.type,
    time: change.at.toISOString(),
    data: {
      entityType: change.subject.entityType,
      id: change.subject.entityId,
      state: change.toState,
      previousState: change.fromState,
      stakeholderIds: [...new Set(change.stakeholderIds)],
      entity,
    },
  });
}

/**
 * The workflow kit's ChangeFeed: each step becomes a delivery for every webhook that hears of it,
 * and a job to send it, in the step's own transaction (a step that rolls back sends nothing).
 */
@Injectable()
export class WebhookFeed extends ChangeFeed {
  constructor(
    private readonly webhooks: WebhookRepository,
    private readonly queue: JobQueue,
    private readonly subjects: WebhookSubjects,
  ) {
    super();
  }

  async publish(tx: Tx, change: WorkflowChange): Promise<void> {
    const listening = await this.webhooks.listening(tx, change.type, change.stakeholderIds);
    if (!listening.length) return;
    const eventId = randomUUID();
    // Read once per event, whatever the number of webhooks, in the step's transaction.
    const body = eventBody(eventId, change, await this.subjects.snapshot(tx, change.subject));
    await this.webhooks.createDeliveries(
      tx,
      listening.map((webhook) => ({
        webhookId: webhook.id,
        eventId,
        eventType: change.type,
        entityType: change.subject.entityType,
        entityId: change.subject.entityId,
        body,
      })),
    );
    for (const webhook of listening) await this.sendOn(tx, webhook, change.subject.entityId);
  }

  /**
   * Queues the sender of one entity's deliveries to one webhook. One job per webhook and entity
   * (its key), in a queue of its own, so their deliveries go one at a time and in order; a job
   * waiting out a retry keeps its time when another event joins it.
   */
  async sendOn(
    tx: Tx,
    webhook: Pick<WebhookRow, 'id'>,
    entityId: string,
    runAt?: Date,
  ): Promise<void> {
    const key = `webhook:${webhook.id}:${entityId}`;
    const payload: DeliverPayload = { webhookId: webhook.id, entityId };
    await this.queue.enqueue(tx, DELIVER_TASK, payload, {
      jobKey: key,
      queueName: key,
      runAt,
      jobKeyMode: runAt ? 'replace' : 'preserve_run_at',
    });
  }
}
