import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthUser, CurrentUser, Public } from '@park/platform/auth';
import { ConnectionShape, IdArg } from '@park/platform/graphql';
import {
  CreateWebhookInput,
  UpdateWebhookInput,
  WebhookDeliveriesArgs,
  WebhooksArgs,
} from './webhook.input';
import {
  Webhook,
  WebhookDelivery,
  WebhookDeliveryConnection,
  WebhookSecretPayload,
} from './webhook.model';
import { DeliveryWithAttempts, WebhookRow } from './webhook.repository';
import { WebhookService, WebhookWithSecret } from './webhook.service';

@Resolver(() => Webhook)
export class WebhookResolver {
  constructor(private readonly service: WebhookService) {}

  @Public()
  @Query(() => [String], {
    description: 'Every event type a webhook may hear of, sorted (docs/webhooks.md).',
  })
  webhookEventTypes(): string[] {
    return this.service.eventTypes();
  }

  @Query(() => [Webhook], {
    description:
      'A stakeholder’s webhooks (its owners and admins), or with no stakeholderId the park-wide ones (park admins). Oldest first.',
  })
  webhooks(
    @CurrentUser() viewer: AuthUser,
    @Args() { stakeholderId }: WebhooksArgs,
  ): Promise<WebhookRow[]> {
    return this.service.list(viewer, stakeholderId ?? null);
  }

  @Query(() => WebhookDeliveryConnection, {
    description:
      'One webhook’s deliveries, newest first, each with its attempts. NOT_FOUND unless you keep the webhook.',
  })
  webhookDeliveries(
    @CurrentUser() viewer: AuthUser,
    @Args() args: WebhookDeliveriesArgs,
  ): Promise<ConnectionShape<DeliveryWithAttempts>> {
    return this.service.deliveries(viewer, args);
  }

  @Mutation(() => WebhookSecretPayload, {
    description:
      'A new webhook, with its signing secret (shown this once). The URL is checked: https in production, public addresses only.',
  })
  createWebhook(
    @CurrentUser() viewer: AuthUser,
    @Args('input') input: CreateWebhookInput,
  ): Promise<WebhookWithSecret> {
    return this.service.create(viewer, input);
  }

  @Mutation(() => Webhook, {
    description: 'Changes a webhook; `enabled: true` re-enables a disabled one.',
  })
  updateWebhook(
    @CurrentUser() viewer: AuthUser,
    @IdArg() id: string,
    @Args('input') input: UpdateWebhookInput,
  ): Promise<WebhookRow> {
    return this.service.update(viewer, id, input);
  }

  @Mutation(() => Webhook, { description: 'Deletes a webhook and its deliveries; returns it.' })
  deleteWebhook(@CurrentUser() viewer: AuthUser, @IdArg() id: string): Promise<WebhookRow> {
    return this.service.delete(viewer, id);
  }

  @Mutation(() => WebhookSecretPayload, {
    description:
      'A new signing secret (shown this once); the old one keeps signing alongside it for 24 hours.',
  })
  rotateWebhookSecret(
    @CurrentUser() viewer: AuthUser,
    @IdArg() id: string,
  ): Promise<WebhookWithSecret> {
    return this.service.rotateSecret(viewer, id);
  }

  @Mutation(() => WebhookDelivery, {
    description:
      'Sends a delivery’s event again (same `webhook-id`) as a new delivery. CONFLICT while the webhook is disabled.',
  })
  redeliverWebhook(
    @CurrentUser() viewer: AuthUser,
    @IdArg('deliveryId') deliveryId: string,
  ): Promise<DeliveryWithAttempts> {
    return this.service.redeliver(viewer, deliveryId);
  }
}
