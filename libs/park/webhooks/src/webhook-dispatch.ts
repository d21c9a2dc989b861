import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DirectoryAccess } from '@park/directory';
import { AppConfig } from '@park/platform/config';
import { TransactionRunner } from '@park/platform/database';
import { JobTasks } from '@park/platform/jobs';
import { WorkflowRunner } from '@park/platform/workflow';
import { WebhookClock } from './webhook-clock';
import { DELIVER_TASK, WebhookFeed } from './webhook-feed';
import { signedHeaders } from './webhook-signature';
import { WebhookSender } from './webhook-sender';
import { DeliveryWithAttempts, WebhookRepository, WebhookRow } from './webhook.repository';

const HOUR_MS = 3_600_000;
/** Consecutive failures for this long disable a webhook. */
export const FAILURE_WINDOW_MS = 24 * HOUR_MS;
/** A delivery is retried for about this long, then given up (FAILED). */
export const GIVE_UP_AFTER_MS = 72 * HOUR_MS;
const LONGEST_WAIT_MS = 12 * HOUR_MS;

/** The wait before retry `n` (1 = the first): `first`, then four times longer each time, ≤ 12 h. */
export function retryDelay(first: number, n: number): number {
  return Math.min(first * 4 ** (n - 1), LONGEST_WAIT_MS);
}

/**
 * `webhook.deliver`: sends one entity's waiting deliveries to one webhook, oldest first, and stops
 * at the first failure, which it retries later with backoff (its own run_at, so later events of
 * the entity wait behind it: in order). 24 hours of nothing but failures disable the webhook and
 * tell its owners; a delivery still failing after about three days is given up.
 */
@Injectable()
export class WebhookDispatch implements OnModuleInit {
  private readonly logger = new Logger('Webhooks');
  private readonly firstRetryMs: number;

  constructor(
    private readonly tasks: JobTasks,
    private readonly webhooks: WebhookRepository,
    private readonly feed: WebhookFeed,
    private readonly sender: WebhookSender,
    private readonly clock: WebhookClock,
    private readonly transactions: TransactionRunner,
    private readonly workflow: WorkflowRunner,
    private readonly access: DirectoryAccess,
    config: AppConfig,
  ) {
    this.firstRetryMs = config.get('WEBHOOK_RETRY_FIRST_MS');
  }

  onModuleInit(): void {
    this.tasks.define(DELIVER_TASK, async (payload) => {
      await this.sendWaiting(String(payload['webhookId']), String(payload['entityId']));
    });
  }

  async sendWaiting(webhookId: string, entityId: string): Promise<void> {
    for (;;) {
      const webhook = await this.webhooks.find(webhookId);
      // Gone, or disabled: what waits is sent when it is re-enabled.
      if (!webhook?.enabled) return;
      const delivery = await this.webhooks.nextPending(webhookId, entityId);
      if (!delivery) return;
      const now = this.clock.now();
      if (now.getTime() - delivery.createdAt.getTime() >= GIVE_UP_AFTER_MS) {
        await this.webhooks.giveUp(delivery.id);
        continue;
      }
      if (!(await this.attempt(webhook, delivery))) return;
    }
  }

  /** One send; true if delivered. On failure, the retry is queued (or the webhook disabled). */
  private async attempt(webhook: WebhookRow, delivery: DeliveryWithAttempts): Promise<boolean> {
    const realNow = new Date();
    const secrets = [
      webhook.secret,
      ...(webhook.previousSecret &&
      webhook.previousSecretUntil &&
      webhook.previousSecretUntil > realNow
        ? [webhook.previousSecret]
        : []),
    ];
    const headers = signedHeaders(delivery.eventId, realNow, delivery.body, secrets);
    const result = await this.sender.send(webhook.url, headers, delivery.body);
    const at = this.clock.now();
    await this.webhooks.recordAttempt(
      delivery.id,
      {
        attemptedAt: at,
        statusCode: result.statusCode,
        durationMs: result.durationMs,
        error: result.error,
        responseExcerpt: result.responseExcerpt,
      },
      result.ok ? { status: 'DELIVERED', deliveredAt: at } : {},
    );
    if (result.ok) {
      await this.webhooks.succeeded(webhook.id);
      return true;
    }
    const failingSince = await this.webhooks.failed(webhook.id, at);
    if (at.getTime() - failingSince.getTime() >= FAILURE_WINDOW_MS) {
      await this.disable(webhook, at);
      return false;
    }
    const wait = retryDelay(this.firstRetryMs, delivery.attempts.length + 1);
    await this.transactions.run((tx) =>
      this.feed.sendOn(tx, webhook, delivery.entityId, new Date(Date.now() + wait)),
    );
    return false;
  }

  /** Disabled once, and its owners told (in the inbox and, as they chose, by mail). */
  private async disable(webhook: WebhookRow, at: Date): Promise<void> {
    const owners = webhook.stakeholderId
      ? await this.access.stakeholderManagerIds(webhook.stakeholderId)
      : webhook.createdById
        ? [webhook.createdById]
        : [];
    await this.transactions.run(async (tx) => {
      if (!(await this.webhooks.disable(tx, webhook.id, at))) return;
      const subject = webhook.stakeholderId
        ? { entityType: 'Stakeholder', entityId: webhook.stakeholderId }
        : { entityType: 'Webhook', entityId: webhook.id };
      await this.workflow.record(tx, null, 'Webhook.disable', subject, {
        webhookId: webhook.id,
        failingSince: webhook.failingSince?.toISOString() ?? at.toISOString(),
      });
      await this.workflow.announce(
        tx,
        subject,
        owners.map((recipientId) => ({
          recipientId,
          kind: 'WEBHOOK_DISABLED' as const,
          params: { url: webhook.url },
        })),
      );
    });
    this.logger.warn({ webhookId: webhook.id }, 'webhook disabled after 24 hours of failures');
  }
}
