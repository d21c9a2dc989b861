import { Injectable } from '@nestjs/common';
import { DirectoryAccess, StakeholderService, ViewerRoles } from '@park/directory';
import { AuthUser } from '@park/platform/auth';
import { AppConfig } from '@park/platform/config';
import { TransactionRunner } from '@park/platform/database';
import { byTimeThenId, ConnectionShape, DomainError, keysetPage } from '@park/platform/graphql';
import { eventCatalogue, WorkflowRunner } from '@park/platform/workflow';
import { urlProblem } from './webhook-address';
import { WebhookClock } from './webhook-clock';
import { WebhookFeed } from './webhook-feed';
import { WebhookSender } from './webhook-sender';
import { newSecret } from './webhook-signature';
import { CreateWebhookInput, UpdateWebhookInput, WebhookDeliveriesArgs } from './webhook.input';
import { DeliveryWithAttempts, WebhookRepository, WebhookRow } from './webhook.repository';

const DELIVERIES = byTimeThenId<{ id: string; createdAt: Date }>(
  'webhookDeliveries',
  (row) => row.createdAt,
);
/** How long the secret before a rotation keeps signing alongside the new one. */
const ROTATION_OVERLAP_MS = 24 * 3_600_000;

export interface WebhookWithSecret {
  webhook: WebhookRow;
  secret: string;
}

/**
 * Webhooks and who may keep them: a stakeholder's owners and admins (and park admins) keep its
 * webhooks; park admins keep the park-wide ones. One not yours is NOT_FOUND, as if it were not
 * there; a stakeholder you do not manage is FORBIDDEN (stakeholders are public).
 */
@Injectable()
export class WebhookService {
  private readonly rules: { httpsOnly: boolean; allowPrivate: boolean };

  constructor(
    private readonly webhooks: WebhookRepository,
    private readonly access: DirectoryAccess,
    private readonly stakeholders: StakeholderService,
    private readonly transactions: TransactionRunner,
    private readonly workflow: WorkflowRunner,
    private readonly feed: WebhookFeed,
    private readonly sender: WebhookSender,
    private readonly clock: WebhookClock,
    config: AppConfig,
  ) {
    this.rules = {
      httpsOnly: config.get('NODE_ENV') === 'production',
      allowPrivate: config.get('WEBHOOK_ALLOW_PRIVATE_NETWORKS'),
    };
  }

  eventTypes(): string[] {
    return eventCatalogue();
  }

  async create(viewer: AuthUser, input: CreateWebhookInput): Promise<WebhookWithSecret> {
    const stakeholderId = input.stakeholderId ?? null;
    await this.assertMayKeep(viewer, stakeholderId);
    await this.checkEvents(input.events);
    await this.checkUrl(input.url);
    const secret = newSecret();
    const webhook = await this.transactions.run(async (tx) => {
      const created = await this.webhooks.create(tx, {
        stakeholderId,
        createdById: viewer.id,
        url: input.url,
        events: input.events,
        description: input.description || null,
        secret,
      });
      await this.audit(tx, viewer, created, 'create', { url: created.url, events: created.events });
      return created;
    });
    return { webhook, secret };
  }

  async update(viewer: AuthUser, id: string, input: UpdateWebhookInput): Promise<WebhookRow> {
    const webhook = await this.kept(viewer, id);
    if (input.events) await this.checkEvents(input.events);
    if (input.url !== undefined) await this.checkUrl(input.url);
    const enabling = input.enabled === true && !webhook.enabled;
    return this.transactions.run(async (tx) => {
      const updated = await this.webhooks.update(
        id,
        {
          ...(input.url !== undefined && { url: input.url }),
          ...(input.events && { events: input.events }),
          ...(input.description !== undefined && { description: input.description || null }),
          ...(input.enabled !== undefined && {
            enabled: input.enabled,
            disabledAt: input.enabled ? null : this.clock.now(),
            // A fresh start: the failure window counts from the next failure.
            ...(input.enabled && { failingSince: null }),
          }),
        },
        tx,
      );
      await this.audit(tx, viewer, updated, 'update', { ...input });
      // What waited while it was disabled goes out now, in order.
      if (enabling) {
        for (const entityId of await this.webhooks.waitingEntities(id)) {
          await this.feed.sendOn(tx, updated, entityId);
        }
      }
      return updated;
    });
  }

  async delete(viewer: AuthUser, id: string): Promise<WebhookRow> {
    const webhook = await this.kept(viewer, id);
    await this.transactions.run(async (tx) => {
      await this.webhooks.delete(tx, id);
      await this.audit(tx, viewer, webhook, 'delete', { url: webhook.url });
    });
    return webhook;
  }

  /** A new secret; the old one signs alongside it for 24 hours, so receivers can switch over. */
  async rotateSecret(viewer: AuthUser, id: string): Promise<WebhookWithSecret> {
    const webhook = await this.kept(viewer, id);
    const secret = newSecret();
    const updated = await this.transactions.run(async (tx) => {
      const rotated = await this.webhooks.update(
        id,
        {
          secret,
          previousSecret: webhook.secret,
          previousSecretUntil: new Date(Date.now() + ROTATION_OVERLAP_MS),
        },
        tx,
      );
      await this.audit(tx, viewer, rotated, 'rotateSecret');
      return rotated;
    });
    return { webhook: updated, secret };
  }

  async list(viewer: AuthUser, stakeholderId: string | null): Promise<WebhookRow[]> {
    await this.assertMayKeep(viewer, stakeholderId);
    return this.webhooks.list(stakeholderId);
  }

  async deliveries(
    viewer: AuthUser,
    { webhookId, first, after }: WebhookDeliveriesArgs,
  ): Promise<ConnectionShape<DeliveryWithAttempts>> {
    await this.kept(viewer, webhookId);
    return keysetPage({
      order: DELIVERIES,
      first,
      after,
      fetch: (position, limit) => this.webhooks.deliveries(webhookId, position, limit),
      count: () => this.webhooks.countDeliveries(webhookId),
    });
  }

  /** One delivery of a webhook the viewer keeps (node(id)); null otherwise. */
  async delivery(viewer: AuthUser | undefined, id: string): Promise<DeliveryWithAttempts | null> {
    if (!viewer) return null;
    const delivery = await this.webhooks.delivery(id);
    if (!delivery) return null;
    const webhook = await this.webhooks.find(delivery.webhookId);
    return webhook && (await this.mayKeep(viewer, webhook.stakeholderId)) ? delivery : null;
  }

  /** The same event (same `webhook-id`) sent again, as a new delivery after what waits. */
  async redeliver(viewer: AuthUser, deliveryId: string): Promise<DeliveryWithAttempts> {
    const original = await this.delivery(viewer, deliveryId);
    if (!original) throw DomainError.notFound('WebhookDelivery');
    const webhook = (await this.webhooks.find(original.webhookId))!;
    if (!webhook.enabled) {
      throw DomainError.conflict('This webhook is disabled; enable it with updateWebhook first');
    }
    const copy = await this.transactions.run(async (tx) => {
      const created = await this.webhooks.createDelivery(tx, {
        webhookId: original.webhookId,
        eventId: original.eventId,
        eventType: original.eventType,
        entityType: original.entityType,
        entityId: original.entityId,
        body: original.body,
      });
      await this.audit(tx, viewer, webhook, 'redeliver', { deliveryId });
      await this.feed.sendOn(tx, webhook, original.entityId);
      return created;
    });
    return { ...copy, attempts: [] };
  }

  /** The viewer's webhook, or NOT_FOUND (also when it is someone else's). */
  private async kept(viewer: AuthUser, id: string): Promise<WebhookRow> {
    const webhook = await this.webhooks.find(id);
    if (!webhook || !(await this.mayKeep(viewer, webhook.stakeholderId))) {
      throw DomainError.notFound('Webhook');
    }
    return webhook;
  }

  private async mayKeep(viewer: AuthUser, stakeholderId: string | null): Promise<boolean> {
    const roles: ViewerRoles = await this.access.rolesFor(viewer);
    if (roles.isParkAdmin) return true;
    const role = stakeholderId ? roles.stakeholderRoles.get(stakeholderId) : undefined;
    return role === 'OWNER' || role === 'ADMIN';
  }

  private async assertMayKeep(viewer: AuthUser, stakeholderId: string | null): Promise<void> {
    if (stakeholderId && !(await this.stakeholders.find(stakeholderId))) {
      throw DomainError.notFound('Stakeholder');
    }
    if (await this.mayKeep(viewer, stakeholderId)) return;
    throw DomainError.forbidden(
      stakeholderId
        ? 'Only the stakeholder’s owners and admins keep its webhooks'
        : 'Only park admins keep park-wide webhooks',
    );
  }

  private async checkEvents(events: string[]): Promise<void> {
    const known = new Set(this.eventTypes());
    const unknown = events.filter((type) => !known.has(type));
    if (unknown.length) {
      throw DomainError.badInput([
        { field: 'events', message: `unknown event type(s): ${unknown.slice(0, 5).join(', ')}` },
      ]);
    }
  }

  private async checkUrl(url: string): Promise<void> {
    const problem = await urlProblem(url, { ...this.rules, resolve: this.sender.resolve });
    if (problem) throw DomainError.badInput([{ field: 'url', message: problem }]);
  }

  private audit(
    tx: Parameters<WorkflowRunner['record']>[0],
    viewer: AuthUser,
    webhook: WebhookRow,
    action: string,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    return this.workflow.record(
      tx,
      viewer.id,
      `Webhook.${action}`,
      { entityType: 'Webhook', entityId: webhook.id },
      { ...(webhook.stakeholderId && { stakeholderId: webhook.stakeholderId }), ...details },
    );
  }
}
